// Delivery without a build: what a teacher takes away from scripts/single-file.mjs. The one-file
// page is opened as a double-clicked file is, from file:// with the network cut, and used as a
// person would (a widget, a challenge, another language) without asking for any other file; the
// site zip holds the whole build, the same bytes each time; and the build's own index.html,
// double-clicked, says what to open instead of failing.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import AdmZip from 'adm-zip';
import { launch, openPage } from './browser.mjs';
import { DIST, assertNoProblems, eventually, explorer, plotPixels, shownOutput, sigmoid } from './helpers.mjs';
import { serve } from './server.mjs';

const SCRIPT = new URL('../../scripts/single-file.mjs', import.meta.url).pathname;
const ROOT = mkdtempSync(join(tmpdir(), 'neuron-lab-share-'));
const OUT = join(ROOT, 'first');

let browser;
before(async () => {
  execFileSync('node', [SCRIPT, DIST, OUT]);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(ROOT, { recursive: true, force: true });
});

/**
 * A page for the file at `file`, as a browser opens a double-clicked file: the network is cut and
 * any request that is not for a file is refused (and is a problem). Every request the page makes
 * is kept in `page.requests`; its console errors and warnings and page errors are its problems.
 */
async function openFile(file) {
  const url = pathToFileURL(file).href;
  const page = await openPage(browser, url);
  const context = page.context();
  await context.setOffline(true);
  await context.route('**', (route) => {
    const asked = route.request().url();
    if (asked.startsWith('file:')) return route.continue();
    page.problems.push(`request refused: ${asked}`);
    return route.abort();
  });
  page.requests = [];
  page.on('request', (request) => page.requests.push(request.url()));
  await page.goto(url);
  return { page, url };
}

test('neuron-lab.html runs from file:// with the network cut: a widget, a challenge, another language', async () => {
  const { page, url } = await openFile(join(OUT, 'neuron-lab.html'));
  await page.getByRole('heading', { name: 'Neuron Lab', level: 1 }).waitFor();
  const ex = explorer(page);
  await ex.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));

  // A challenge: the bias that brings the output to 0.25.
  await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('-1.96');
  await ex.getByRole('article', { name: 'Hit 0.25 (solved)', exact: true }).waitFor();
  await eventually(async () => assert.equal(await shownOutput(page), sigmoid(-1.1).toFixed(4)));

  // The widget: a weight's slider moves the equation, the output and the plot.
  const before = await plotPixels(page);
  await ex.getByRole('slider', { name: 'Weight w1', exact: true }).fill('1.5');
  // The equation as a screen reader reads it: the new product, and the new sum.
  await page.getByText(/^z = 0\.5×1\.5 \+ .+ = −0\.55$/).waitFor({ state: 'attached' });
  await eventually(async () => assert.equal(await shownOutput(page), sigmoid(-0.55).toFixed(4)));
  await eventually(async () => assert.notEqual(await plotPixels(page), before, 'the plot changed'));

  // Another language: the menu reloads this file with ?lang=de, which answers from the page too.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.waitForURL(/[?&]lang=de\b/);
  await page.getByRole('heading', { name: 'Baue ein künstliches Neuron' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  // The settings came along in the address, and the solved challenge in the browser's storage.
  await eventually(async () => assert.equal((await page.getByLabel('Ausgabe y des Neurons').textContent()).trim(), sigmoid(-0.55).toFixed(4).replace('.', ',')));
  await page.getByRole('article', { name: 'Triff 0,25 (gelöst)', exact: true }).waitFor();

  assertNoProblems(page);
  const file = url.split(/[?#]/)[0];
  assert.deepEqual(page.requests.filter((r) => r.split(/[?#]/)[0] !== file), [], 'no request but the file itself');
  assert.ok(page.requests.some((r) => /[?&]lang=de\b/.test(r)), 'the language menu reloaded the file');
  await page.context().close();
});

test('neuron-lab.html put alone on a static host asks it for nothing else either', async () => {
  const host = await serve(OUT);
  try {
    const page = await openPage(browser, host.origin);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${host.url}neuron-lab.html`);
    await explorer(page).getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
    await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
    // The app has started, and with it what it asks for once running (a service worker, which
    // has no sw.js here): by the time the plot is drawn.
    await plotPixels(page);
    assertNoProblems(page);
    assert.deepEqual(requests, [`${host.url}neuron-lab.html`], 'one request, for the page');
    await page.context().close();
  } finally {
    await host.close();
  }
});

test('the site zip holds the whole build, and both files are the same bytes from the same build', async () => {
  const built = [];
  const walk = (dir, prefix = '') => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue; // a build in progress (Trunk's .stage/)
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else built.push(`${prefix}${entry.name}`);
    }
  };
  walk(DIST);
  const zip = new AdmZip(join(OUT, 'neuron-lab-site.zip'));
  const names = zip.getEntries().map((e) => e.entryName);
  assert.deepEqual(names, [...built].sort(), 'every file of the build, sorted, and nothing else');
  assert.ok(names.includes('index.html'));
  assert.ok(names.some((n) => /^[^/]+_bg\.wasm$/.test(n)), 'the wasm');
  for (const lang of ['en', 'es', 'de', 'zh-CN']) assert.ok(names.includes(`locales/${lang}.ftl`), `locales/${lang}.ftl`);
  for (const entry of zip.getEntries()) {
    assert.ok(entry.getData().equals(readFileSync(join(DIST, entry.entryName))), `${entry.entryName} as built`);
  }
  // Written again elsewhere: the same bytes (fixed dates, sorted entries).
  const again = join(ROOT, 'again');
  execFileSync('node', [SCRIPT, DIST, again]);
  for (const name of ['neuron-lab-site.zip', 'neuron-lab.html']) {
    assert.ok(readFileSync(join(again, name)).equals(readFileSync(join(OUT, name))), `${name} is the same twice`);
  }
});

test("the build's index.html opened as a file says, in each language, to open neuron-lab.html or use a server", async () => {
  const { page } = await openFile(join(DIST, 'index.html'));
  const message = page.getByRole('alert').filter({ hasText: 'needs a web server' });
  await message.waitFor();
  const said = Object.fromEntries(await message.locator('p[lang]').evaluateAll((ps) => ps.map((p) => [p.lang, p.textContent])));
  assert.deepEqual(Object.keys(said), ['en', 'es', 'de', 'zh-CN']);
  for (const text of Object.values(said)) {
    assert.ok(text.includes('neuron-lab.html') && text.includes('scripts/serve.sh'), text);
  }
  assert.match(said.en, /^This copy of Neuron Lab needs a web server/);
  // Instead of the generic failure, and once: by the page's load event its module has failed.
  assert.equal(await page.getByRole('alertdialog').count(), 0, 'no "could not start" message');
  assert.equal(await page.getByRole('alert').count(), 1);
  await page.context().close();
});
