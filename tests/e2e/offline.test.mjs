// Static hosting: the built site works from a sub-path of a host, and keeps working offline
// after the first visit (the service worker).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST, assertNoProblems, eventually, seePlot, shownOutput } from './helpers.mjs';

let site;
let browser;
before(async () => {
  site = await serve(DIST, { prefix: '/course/neuron-lab/' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the site works from a sub-path of its host', async () => {
  const page = await openPage(browser, site.url);
  await page.goto(`${site.url}#v=1&x=1&w=2&b=-1&f=relu`);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await eventually(async () => assert.equal(await shownOutput(page), '1.0000'));
  assertNoProblems(page);
  await page.context().close();
});

test('a second visit works with the network cut', async () => {
  const page = await openPage(browser, site.url);
  await page.goto(site.url);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  // Wait until the service worker has cached the page and controls it.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(async () => assert.ok(await page.evaluate(async () => {
    const keys = await caches.keys();
    if (!keys.length) return false;
    const cache = await caches.open(keys[0]);
    return (await cache.keys()).some((r) => r.url.endsWith('.wasm'));
  })), 10000);
  assertNoProblems(page);
  await page.context().setOffline(true);
  page.problems.length = 0;
  await page.reload();
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
  // In view, the plot is drawn offline too.
  await seePlot(page.getByRole('img', { name: 'Activation function plot' }));
  await page.context().close();
});
