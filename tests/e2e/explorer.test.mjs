// The artificial-neuron explorer, driven as a person would: by role and accessible name, with
// the mouse and the keyboard; numbers checked against the formula; canvases checked for change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertNoProblems, describedPlot, eventually, explorer, fieldValue, plotPixels, shownOutput, shownPreActivation,
  sigmoid, useSite,
} from './helpers.mjs';

const site = useSite();

test('opens on the worked example: z = 0.96, σ(0.96) = 0.7231', async () => {
  const page = await site.open();
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
  await page.getByText('z = 0.5×0.4 + 0.3×(−0.2) + 0.8×0.9 + 0.1 = 0.96', { exact: true }).waitFor({ state: 'attached' });
  // Nothing is announced at load: the widget says the outcome of a change (screen-reader.test.mjs).
  assert.equal(await page.getByRole('status').filter({ hasText: 'Weighted sum z' }).count(), 0);
  await eventually(async () => {
    const [, description] = await describedPlot(page, 'Activation function plot');
    assert.match(description, /Operating point: z = 0\.96, output f\(z\) = 0\.7231/);
  });
  assert.match(await page.getByRole('img', { name: /Neuron diagram/ }).getAttribute('aria-labelledby'), /diagram-desc/);
  assertNoProblems(page);
  await page.context().close();
});

test('dragging a weight slider recomputes the output and redraws the plot', async () => {
  const page = await site.open();
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
  const before = await plotPixels(page);
  await explorer(page).getByRole('slider', { name: 'Weight w1', exact: true }).fill('1.5');
  await eventually(async () => assert.equal(await fieldValue(explorer(page), 'Weight w1 value'), 1.5));
  const z = await shownPreActivation(page);
  assert.ok(Math.abs(z - 1.51) < 1e-9);
  await eventually(async () => assert.equal(await shownOutput(page), sigmoid(z).toFixed(4)));
  await eventually(async () => assert.notEqual(await plotPixels(page), before, 'the plot changed'));
  assertNoProblems(page);
  await page.context().close();
});

test('the keyboard moves a slider by its step', async () => {
  const page = await site.open();
  const bias = explorer(page).getByRole('slider', { name: 'Bias b', exact: true });
  await bias.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await eventually(async () => assert.equal(await fieldValue(explorer(page), 'Bias b value'), 0.2));
  await page.keyboard.press('Home');
  await eventually(async () => assert.equal(await fieldValue(explorer(page), 'Bias b value'), -3));
  const z = await shownPreActivation(page);
  await eventually(async () => assert.equal(await shownOutput(page), sigmoid(z).toFixed(4)));
  assertNoProblems(page);
  await page.context().close();
});

test('the activation picker switches function, formula, output and plot', async () => {
  const page = await site.open();
  const before = await plotPixels(page);
  const picker = page.getByRole('combobox', { name: 'Activation function' });
  await picker.selectOption({ label: 'ReLU' });
  await eventually(async () => assert.equal(await shownOutput(page), '0.9600'));
  await page.getByText('ReLU(z) = max(0, z)').waitFor();
  await eventually(async () => assert.notEqual(await plotPixels(page), before));
  // A negative sum through ReLU is silent; through tanh it is negative.
  await explorer(page).getByRole('textbox', { name: 'Bias b value', exact: true }).fill('-3');
  await eventually(async () => assert.equal(await shownOutput(page), '0.0000'));
  await picker.selectOption({ label: 'Tanh' });
  const z = await shownPreActivation(page);
  await eventually(async () => assert.equal(await shownOutput(page), Math.tanh(z).toFixed(4).replace('-', '−')));
  await picker.selectOption({ label: 'Step (threshold)' });
  await eventually(async () => assert.equal(await shownOutput(page), '0.0000'));
  await explorer(page).getByRole('textbox', { name: 'Bias b value', exact: true }).fill('0');
  await eventually(async () => assert.equal(await shownOutput(page), '1.0000'));
  assertNoProblems(page);
  await page.context().close();
});

test('bad typed numbers keep the last valid value with a visible hint, never NaN', async () => {
  const page = await site.open();
  const field = explorer(page).getByRole('textbox', { name: 'Weight w1 value', exact: true });
  for (const [text, hint] of [
    ['abc', /^Not a number; still using 0\.40$/],
    ['1e999', /^Too large to use/],
    ['', /^Type a number/],
    ['7', /^Must be between −3 and 3/],
    ['NaN', /^Not a number/],
  ]) {
    await field.fill(text);
    const describedBy = await field.getAttribute('aria-describedby');
    await eventually(async () => assert.match(await page.locator(`#${describedBy}`).textContent(), hint));
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await shownOutput(page), '0.7231');
  }
  await field.press('Tab');
  await eventually(async () => assert.equal(await field.inputValue(), '0.40'));
  assert.equal(await explorer(page).getByRole('slider', { name: 'Weight w1', exact: true }).inputValue(), '0.4');
  assert.ok(!(await page.locator('body').innerText()).includes('NaN'));
  await field.fill('−1.25');
  await eventually(async () => assert.equal(await fieldValue(explorer(page), 'Weight w1 value'), -1.25));
  assert.equal(await field.getAttribute('aria-invalid'), 'false');
  assertNoProblems(page);
  await page.context().close();
});

test('inputs can be added up to six and removed down to one', async () => {
  const page = await site.open();
  const add = page.getByRole('button', { name: 'Add input' });
  await add.click();
  await explorer(page).getByRole('slider', { name: 'Input x4', exact: true }).waitFor();
  assert.equal(await fieldValue(explorer(page), 'Weight w4 value'), 0);
  assert.equal(await shownOutput(page), '0.7231', 'a new input starts with weight 0');
  await explorer(page).getByRole('slider', { name: 'Weight w4', exact: true }).fill('1');
  const z = await shownPreActivation(page);
  await eventually(async () => assert.equal(await shownOutput(page), sigmoid(z).toFixed(4)));
  await add.click();
  await add.click();
  assert.ok(await add.isDisabled(), 'six inputs at most');
  assert.equal(await explorer(page).locator('.input-row').count(), 6);
  await explorer(page).getByRole('button', { name: 'Remove input x1' }).click();
  assert.equal(await explorer(page).locator('.input-row').count(), 5);
  assert.equal(await fieldValue(explorer(page), 'Input x1 value'), 0.3, 'the rows moved up');
  for (let n = 5; n > 1; n--) await explorer(page).getByRole('button', { name: `Remove input x${n}` }).click();
  assert.equal(await explorer(page).locator('.input-row').count(), 1);
  assert.ok(await explorer(page).getByRole('button', { name: 'Remove input x1' }).isDisabled());
  assertNoProblems(page);
  await page.context().close();
});

test('the example preset and reset restore their states', async () => {
  const page = await site.open('#v=1&x=1,1&w=1,1&b=-1.5&f=step');
  await eventually(async () => assert.equal(await shownOutput(page), '1.0000'));
  await page.getByRole('button', { name: 'Example from the text' }).click();
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
  await explorer(page).getByRole('button', { name: 'Reset' }).click();
  await eventually(async () => assert.equal(await shownOutput(page), '1.0000'));
  assert.equal(await explorer(page).locator('.input-row').count(), 2);
  assertNoProblems(page);
  await page.context().close();
});

test('the state lives in the URL and survives a reload', async () => {
  const page = await site.open();
  await explorer(page).getByRole('slider', { name: 'Weight w2', exact: true }).fill('2.5');
  await page.getByRole('combobox', { name: 'Activation function' }).selectOption({ label: 'GELU' });
  await eventually(async () => assert.match(page.url(), /#v=1&x=0\.5,0\.3,0\.8&w=0\.4,2\.5,0\.9&b=0\.1&f=gelu&bd-/));
  const shown = await shownOutput(page);
  await page.reload();
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await eventually(async () => assert.equal(await shownOutput(page), shown));
  assert.equal(await fieldValue(explorer(page), 'Weight w2 value'), 2.5);
  assert.equal(await page.getByRole('combobox', { name: 'Activation function' }).inputValue(), 'gelu');
  assertNoProblems(page);
  await page.context().close();
});

test('a tampered URL shows a notice and sane values, and the page carries on', async () => {
  const page = await site.open('#v=1&x=0.5,zz&w=99,1&b=1e999&f=softmax');
  const notices = page.getByRole('status').filter({ hasText: 'The link' });
  await notices.waitFor();
  const text = await notices.innerText();
  assert.match(text, /input x2/);
  assert.match(text, /weight w1 is outside its range/);
  assert.match(text, /softmax/);
  assert.equal(await fieldValue(explorer(page), 'Weight w1 value'), 3);
  assert.equal(await fieldValue(explorer(page), 'Bias b value'), 3);
  const z = await shownPreActivation(page);
  await eventually(async () => assert.equal(await shownOutput(page), sigmoid(z).toFixed(4)));
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await eventually(async () => assert.equal(await notices.count(), 0));
  // A future version's link falls back to the example, with a notice.
  await page.goto(site.site.url + '#v=7&x=1');
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
  await page.getByText(/not one this version of Neuron Lab reads/).waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('dark mode and a 360 px phone still draw everything, with no sideways scrolling', async () => {
  const page = await site.open('', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
  const background = await plotPixels(page);
  assert.ok(background.length > 5000, 'the plot has content');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a phone (overflow ${overflow}px)`);
  assertNoProblems(page);
  await page.context().close();
});
