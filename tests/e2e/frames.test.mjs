// The frame-budget rules, from the outside: a widget out of view draws nothing and updates no
// text while its training runs on, and shows the current state the moment it is back; a change
// followed at once by a reload is never lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, eventually, explorer, fieldValue, seePlot, useSite } from './helpers.mjs';

const site = useSite();
const layers = (page) => page.getByRole('region', { name: 'Stack neurons in layers' });

test('a widget scrolled out of view while training is up to date when scrolled back', async () => {
  const page = await site.open();
  const nn = layers(page);
  const plane = await seePlot(nn.getByRole('img', { name: 'Network output over the plane' }));
  const epoch = nn.locator('.readouts dd').first();
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await eventually(async () => assert.ok(Number(await epoch.textContent()) >= 50));
  // Away: to the top of the page, while it trains on.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => window.scrollY === 0);
  // Two frames, so that the observers have seen the scroll.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const away = { drawn: await plane.getAttribute('data-drawn'), epoch: await epoch.textContent() };
  await page.waitForTimeout(1000); // a second of training nobody sees
  assert.equal(await plane.getAttribute('data-drawn'), away.drawn, 'nothing drawn out of view');
  assert.equal(await epoch.textContent(), away.epoch, 'no text updated out of view');
  // Back: the plane is redrawn and the readouts show the epochs trained meanwhile.
  await plane.scrollIntoViewIfNeeded();
  await eventually(async () => assert.ok(Number(await plane.getAttribute('data-drawn')) > Number(away.drawn), 'redrawn on return'));
  await eventually(async () => assert.ok(Number(await epoch.textContent()) >= Number(away.epoch) + 100, 'training went on out of view'));
  // On pause the readouts hold the exact final values: they stop changing at once.
  await nn.getByRole('button', { name: 'Pause' }).click();
  // Paused (the button offers Train again), and the frame that writes the final values is done.
  await nn.getByRole('button', { name: 'Train', exact: true }).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const final = await epoch.textContent();
  await page.waitForTimeout(300);
  assert.equal(await epoch.textContent(), final);
  assertNoProblems(page);
  await page.context().close();
});

test('a change followed by a reload within 50 ms is kept', async () => {
  const page = await site.open();
  const slider = await explorer(page).getByRole('slider', { name: 'Weight w1', exact: true }).elementHandle();
  // Two quick moves: the first is written at once, the second waits for the URL's write
  // interval, and the reload comes before that interval is over.
  await page.evaluate((input) => {
    for (const v of ['1.1', '1.7']) {
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    setTimeout(() => location.reload(), 20);
  }, slider);
  await page.waitForEvent('load');
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  assert.equal(await fieldValue(explorer(page), 'Weight w1 value'), 1.7);
  assertNoProblems(page);
  await page.context().close();
});

test('a reload keeps the place in the lesson', async () => {
  const page = await site.open();
  const heading = (p) => p.getByRole('heading', { name: 'Spikes in time', exact: true });
  await heading(page).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  assert.ok((await page.evaluate(() => window.scrollY)) > 2000, 'scrolled well down the page');
  await page.reload();
  await page.locator('#s6').waitFor({ state: 'attached' });
  // The same heading is back at the top of the screen (give or take what was laid out
  // differently above it), not the top of the page.
  await eventually(async () => {
    const top = await heading(page).evaluate((h) => h.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 300, `the heading is ${Math.round(top)} px from the top of the screen`);
  });
  assertNoProblems(page);
  await page.context().close();
});
