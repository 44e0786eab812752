// Export and import of the page's settings as JSON: a round trip restores the same state, and a
// bad file gives a clear message and changes nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { assertNoProblems, eventually, explorer, fieldValue, shownOutput, useSite } from './helpers.mjs';

const site = useSite();

test('export then import restores the same state; a bad file changes nothing', async () => {
  const page = await site.open();
  const ex = explorer(page);
  await ex.getByRole('slider', { name: 'Weight w2', exact: true }).fill('1.75');
  await ex.getByRole('combobox', { name: 'Activation function' }).selectOption({ label: 'Tanh' });
  const output = await shownOutput(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export settings (JSON)' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'neuron-lab-settings.json');
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.equal(json.format, 'neuron-lab');
  assert.match(json.state, /w=0\.4,1\.75,0\.9.*f=tanh/);

  // Change everything back, then import.
  await ex.getByRole('button', { name: 'Example from the text' }).click();
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
  const input = page.getByLabel('Import settings (JSON)');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await page.getByText(/^Nothing loaded\. This JSON file is not a Neuron Lab settings file/).waitFor();
  await input.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await page.getByText(/^Nothing loaded\. This file is not JSON/).waitFor();
  assert.equal(await shownOutput(page), '0.7231', 'a bad file changes nothing');
  await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await page.getByText('Settings loaded.').waitFor();
  await eventually(async () => assert.equal(await shownOutput(page), output));
  assert.equal(await fieldValue(ex, 'Weight w2 value'), 1.75);
  assertNoProblems(page);
  await page.context().close();
});
