// The layers widget, driven as a person would: train a hidden layer on XOR and the circle,
// collapse an all-linear network, inspect and edit a unit by keyboard, watch the backward pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, eventually, fieldValue, pitchForLoss, readNumber, recordAudio, useSite, openMore } from './helpers.mjs';

const site = useSite();
const layers = (page) => page.getByRole('region', { name: 'Stack neurons in layers' });
const percent = async (locator) => Number((await locator.textContent()).replace('%', ''));

for (const data of ['XOR', 'Circle']) {
  test(`tanh hidden units reach 95% test accuracy on ${data} within seconds`, async () => {
    const page = await site.open();
    const nn = layers(page);
    await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: data });
    await nn.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.3');
    assert.equal(await nn.getByRole('combobox', { name: 'Hidden activation' }).inputValue(), 'tanh');
    const start = Date.now();
    await nn.getByRole('button', { name: 'Train', exact: true }).click();
    await eventually(async () => assert.ok((await percent(nn.getByLabel('Test accuracy'))) >= 95), 15000);
    const seconds = (Date.now() - start) / 1000;
    await nn.getByRole('button', { name: 'Pause' }).click();
    assert.ok(seconds < 15, `took ${seconds} s`);
    assertNoProblems(page);
    await page.context().close();
  });
}

test('with every activation linear, one linear layer predicts the network exactly', async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('button', { name: 'Make every activation linear' }).click();
  await nn.getByLabel('Equivalent single layer').waitFor();
  assert.match(await nn.getByLabel('Equivalent single layer').textContent(), /^y = id\(.*·x₁ \+ .*·x₂ \+ .*\)$/);
  const rows = nn.getByRole('table', { name: /predicts exactly/ }).getByRole('row');
  assert.equal(await rows.count(), 5);
  for (let r = 1; r < 5; r++) {
    const cells = await rows.nth(r).getByRole('cell').allTextContents();
    assert.equal(cells[1], cells[2], `row ${r}: network ${cells[1]} vs single layer ${cells[2]}`);
  }
  const plane = page.getByRole('img', { name: 'Network output over the plane' });
  const text = await plane.evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  assert.match(text, /the boundary is one straight line/);
  // Training does not change that: still linear, still exact.
  await nn.getByRole('button', { name: 'One epoch' }).click();
  const cells = await rows.nth(3).getByRole('cell').allTextContents();
  assert.equal(cells[1], cells[2]);
  // Bend it back.
  await nn.getByRole('combobox', { name: 'Hidden activation' }).selectOption({ label: 'Tanh' });
  await nn.getByRole('button', { name: 'Make every activation linear' }).waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('a unit can be inspected and edited from the keyboard', async () => {
  const page = await site.open();
  const nn = layers(page);
  const unit = nn.getByRole('button', { name: /^Unit h1\.1/ });
  await unit.focus();
  await page.keyboard.press('Enter');
  assert.equal(await unit.getAttribute('aria-pressed'), 'true');
  await nn.getByRole('heading', { name: 'Unit h1.1' }).waitFor();
  const weight = nn.getByRole('textbox', { name: 'Weight from x1 value' });
  await weight.fill('2.5');
  await eventually(async () => assert.match(await nn.getByText(/^h1\.1 = tanh\(/).textContent(), /^h1\.1 = tanh\(2\.5·x1 \+/));
  assert.equal(await fieldValue(nn, 'Weight from x1 value'), 2.5);
  const drawn = await page.getByRole('img', { name: "Selected unit's output over the plane" }).evaluate((c) => Number(c.dataset.drawn));
  assert.ok(drawn >= 1);
  assertNoProblems(page);
  await page.context().close();
});

test('the backward pass is shown layer by layer', async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('button', { name: 'Show the backward pass' }).click();
  // Shown under the diagram (and said by the widget's announcer, a second element with the text).
  const shown = (layer) => nn.locator('p.step-result', { hasText: new RegExp(`^Backward pass: the error signal δ reaches layer ${layer}`) });
  await shown(3).waitFor();
  await shown(1).waitFor({ timeout: 5000 });
  assert.ok((await nn.locator('.net-link.backprop').count()) > 0);
  assertNoProblems(page);
  await page.context().close();
});

test('architecture, activations, data and weights round-trip through the URL', async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('combobox', { name: 'Hidden layers' }).selectOption('1');
  await nn.getByRole('textbox', { name: 'Units in hidden layer 1 value' }).fill('6');
  await nn.getByRole('combobox', { name: 'Hidden activation' }).selectOption({ label: 'ReLU' });
  await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Spiral' });
  await nn.getByRole('button', { name: 'One epoch' }).click();
  await eventually(async () => assert.match(page.url(), /nn-h=6&nn-fh=relu.*nn-d=spiral/));
  const loss = await nn.locator('.readouts dd').nth(1).textContent();
  await page.reload();
  await nn.waitFor();
  await eventually(async () => assert.equal(await nn.locator('.readouts dd').nth(1).textContent(), loss));
  assert.equal(await nn.getByRole('combobox', { name: 'Hidden activation' }).inputValue(), 'relu');
  assert.equal(await nn.getByRole('button', { name: /^Unit h1\./ }).count(), 6);
  assertNoProblems(page);
  await page.context().close();
});

test('the loss tone is off by default, then falls with the loss while training and stops on pause', async () => {
  const page = await site.open('', { init: recordAudio });
  const nn = layers(page);
  await openMore(nn);
  const sound = nn.getByRole('checkbox', { name: /Sound: a tone that falls as the loss falls/ });
  assert.equal(await sound.isChecked(), false);
  await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Circle' });
  await nn.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.3');
  // Training without sound makes no sound.
  await nn.getByRole('button', { name: 'One epoch' }).click();
  assert.deepEqual(await page.evaluate(() => window.__audio), { contexts: 0, oscillators: 0, pitches: [], volumes: [] });
  await sound.check();
  const readout = nn.locator('.tone-readout');
  const [, loss, hz] = (await readout.textContent()).match(/^Training loss ([\d.]+) sounds at (\d+) Hz\./);
  assert.ok(Math.abs(Number(hz) - pitchForLoss(Number(loss))) <= 1, `${loss} -> ${hz} Hz`);
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForTimeout(2500);
  await nn.getByRole('button', { name: 'Pause' }).click();
  const audio = await page.evaluate(() => window.__audio);
  assert.equal(audio.contexts, 1);
  assert.equal(audio.oscillators, 1, 'one continuous tone, not one per frame');
  assert.ok(audio.pitches.length > 20, `${audio.pitches.length} pitch changes`);
  const [first, last] = [audio.pitches[0], audio.pitches.at(-1)];
  assert.ok(last < first * 0.9, `the tone fell from ${first} Hz to ${last} Hz`);
  assert.ok(audio.volumes.at(-1) === 0 && audio.volumes.some((v) => v > 0), 'sounding while training, silent on pause');
  // The pitch heard last is the one the readout names for the loss shown.
  const text = await readout.textContent();
  const shown = readNumber(text.match(/sounds at (\d+) Hz/)[1]);
  assert.ok(Math.abs(shown - last) <= 1, `readout ${shown} Hz, tone ${last} Hz`);
  await sound.uncheck();
  assert.ok(await readout.isHidden(), 'the readout goes with the sound');
  assertNoProblems(page);
  await page.context().close();
});

test('feedback alignment learns XOR without backpropagation, and its angle to the gradient falls below 90°', async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'XOR' });
  await nn.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.3');
  await nn.getByRole('combobox', { name: 'Hidden layers' }).selectOption('1');
  await nn.getByRole('textbox', { name: 'Units in hidden layer 1 value' }).fill('8');
  await openMore(nn);
  await nn.getByRole('combobox', { name: 'Learning rule' }).selectOption({ label: 'Feedback alignment' });
  await eventually(async () => assert.match(page.url(), /nn-rule=fa(&|$)/));
  const angle = nn.getByLabel('Angle to the true gradient');
  await eventually(async () => assert.match(await angle.textContent(), /^\d+°$/));
  const start = Number((await angle.textContent()).replace('°', ''));
  // The backward pass shows the fixed random feedback path, not the forward weights.
  await nn.getByRole('button', { name: 'Show the backward pass' }).click();
  await nn.getByText(/Feedback alignment: the error δ reaches layer 1 through the fixed random matrix B/).waitFor({ timeout: 5000 });
  assert.ok((await nn.locator('.net-feedback-link').count()) >= 8, 'the feedback path is drawn');
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await eventually(async () => assert.ok((await percent(nn.getByLabel('Test accuracy'))) >= 95), 30000);
  await nn.getByRole('button', { name: 'Pause' }).click();
  await nn.getByRole('button', { name: 'Train', exact: true }).waitFor();
  const end = Number((await angle.textContent()).replace('°', ''));
  assert.ok(end < 90, `the angle ended at ${end}° (started at ${start}°)`);
  const plot = page.getByRole('img', { name: 'Angle between the update and the true gradient' });
  await plot.scrollIntoViewIfNeeded();
  await eventually(async () => {
    const text = await plot.evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
    assert.match(text, new RegExp(`${start}° at the start, ${end}° at epoch \\d+`));
  });
  // Changing the rule starts again from the same initial weights.
  await nn.getByRole('combobox', { name: 'Learning rule' }).selectOption({ label: 'Backpropagation' });
  await eventually(async () => assert.equal((await nn.locator('.readouts dd').first().textContent()).trim(), '0'));
  assert.equal(await nn.getByLabel('Angle to the true gradient').count(), 0, 'no angle under backpropagation');
  assertNoProblems(page);
  await page.context().close();
});
