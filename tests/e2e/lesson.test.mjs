// The lesson page: six sections with their widgets, a table of contents and a summary table
// whose links move through the page without touching the state in the URL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, eventually, explorer, fieldValue, useSite } from './helpers.mjs';

const site = useSite();

test('the six sections are there, each with its widgets', async () => {
  const page = await site.open();
  const sections = {
    '1. The biological neuron': ['Record a biological neuron'],
    '2. The artificial neuron': ['Build an artificial neuron'],
    '3. Where the analogy holds': ['Draw a boundary, then let the neuron learn', 'Stack neurons in layers', 'Rates, and how synapses learn'],
    '4. Where it breaks down': ['Spikes happen in time', 'Scale: brains and networks'],
    '5. Why the name persists': [],
    '6. Summary': [],
  };
  for (const [title, widgets] of Object.entries(sections)) {
    const section = page.getByRole('region', { name: title, exact: true });
    await section.getByRole('heading', { name: title, level: 2 }).waitFor();
    for (const w of widgets) assert.equal(await section.getByRole('region', { name: w }).count(), 1, `${w} in ${title}`);
  }
  const tries = await page.locator('.try-this').count();
  assert.ok(tries >= 5, `a "try this" prompt per widget section (${tries})`);
  const rows = page.getByRole('table', { name: /Biological and artificial neurons compared/ }).getByRole('row');
  assert.equal(await rows.count(), 7);
  assertNoProblems(page);
  await page.context().close();
});

test('contents and summary links move through the page and keep the state', async () => {
  const page = await site.open();
  await explorer(page).getByRole('slider', { name: 'Weight w1', exact: true }).fill('2');
  await eventually(async () => assert.match(page.url(), /w=2,-0\.2,0\.9/));
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: '6. Summary' }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 's6'));
  const inView = await page.getByRole('heading', { name: '6. Summary' }).evaluate((h) => h.getBoundingClientRect().top < window.innerHeight);
  assert.ok(inView, 'the summary scrolled into view');
  await page.getByRole('table').filter({ hasText: 'Input combination' }).getByRole('link', { name: 'The artificial neuron' }).click();
  await eventually(async () => assert.equal(await page.evaluate(() => document.activeElement.id), 's2'));
  assert.match(page.url(), /w=2,-0\.2,0\.9/, 'the state is still in the URL');
  assert.equal(await fieldValue(explorer(page), 'Weight w1 value'), 2);
  assert.equal(await page.getByRole('status').filter({ hasText: 'The link' }).count(), 0, 'no notice');
  // The scale widget: each bar is named by its count and source, and shown under the chart on focus.
  const bar = page.getByRole('img', { name: /^Human brain: about 100 trillion synapses \(source:/ });
  await bar.focus();
  await page.getByText(/^Human brain: about 100 trillion synapses \(source:/).waitFor();
  assertNoProblems(page);
  await page.context().close();
});
