// The last resort in index.html: a WebAssembly trap is not a Rust panic, so the panic hook never
// runs. A page whose module traps must say so, with a way to reload, instead of showing
// "Loading Neuron Lab…" for good.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage } from './browser.mjs';
import { eventually, explorer, useSite } from './helpers.mjs';

const site = useSite();

// (module (func (export "__wbindgen_start") unreachable)): the start function traps at once,
// as an out-of-bounds access or a stack overflow of the debug build did.
const TRAPPING_MODULE = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // types: () -> ()
  0x03, 0x02, 0x01, 0x00, // one function of type 0
  0x07, 0x14, 0x01, 0x10, ...Buffer.from('__wbindgen_start'), 0x00, 0x00, // its export
  0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b, // body: unreachable, end
]);

test('a module that traps while starting shows a message and a reload link, not "Loading…"', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: TRAPPING_MODULE }));
  await page.goto(site.site.url + '#v=1&w=0.4,-0.2,0.9');
  const dialog = page.getByRole('alertdialog', { name: 'Neuron Lab could not start' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /unreachable/, 'the trap is named for developers');
  // The dialog and the loading line are written in turn: wait for the line's new state.
  await eventually(async () => assert.doesNotMatch(await page.locator('#loading').innerText(), /Loading/, 'no longer says it is loading'));
  const reload = dialog.getByRole('link', { name: 'Reload the page' });
  assert.ok(await reload.evaluate((a) => a === document.activeElement), 'focus is on the reload link');
  // Reloading with the real module (the route removed) brings the page back with its state.
  await page.unroute('**/*_bg.wasm');
  await reload.click();
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  assert.equal(await explorer(page).getByRole('textbox', { name: 'Weight w2 value', exact: true }).inputValue(), '−0.20');
  assert.ok(page.problems.some((p) => /unreachable/.test(p)), 'the trap itself was reported in the console');
  await page.context().close();
});

test('a trap after the start says the page stopped working', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(site.site.url);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  // An ordinary script error after the start is not fatal: nothing is laid over the page.
  await page.evaluate(() => setTimeout(() => { throw new Error('not fatal'); }));
  // A trap is: raise one in a module of our own, as the page's would.
  await page.evaluate(() => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 116, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const trap = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.t;
    setTimeout(trap);
  });
  const dialog = page.getByRole('alertdialog', { name: 'Neuron Lab stopped working' });
  await dialog.waitFor();
  assert.equal(await page.getByRole('alertdialog').count(), 1, 'one message');
  await page.context().close();
});
