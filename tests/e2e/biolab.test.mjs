// The biological-neuron lab, driven as a person would: find the threshold, try paired pulses,
// play the recording, and check the f-I and STDP plots are drawn.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, describedPlot, eventually, fieldValue, recordAudio, useSite, openMore } from './helpers.mjs';

const site = useSite();
const lab = (page) => page.getByRole('region', { name: 'Record a biological neuron' });
const timing = (page) => page.getByRole('region', { name: 'Spikes happen in time' });
const bridge = (page) => page.getByRole('region', { name: 'Rates, and how synapses learn' });

async function traceText(page) {
  return page.getByRole('img', { name: 'Membrane potential trace' }).evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
}

test('raising the amplitude past threshold turns "no spike" into a spike', async () => {
  const page = await site.open();
  const bl = lab(page);
  const amplitude = bl.getByRole('textbox', { name: 'Amplitude (µA/cm²) value' });
  await amplitude.fill('3');
  await eventually(async () => assert.match(await traceText(page), /no spike: the membrane rose to −6\d\.\d mV/));
  await amplitude.fill('15');
  await eventually(async () => assert.match(await traceText(page), /1 spike at 1\d\.\d ms, peaking at [34]\d\.\d mV/));
  // The keyboard works too: back below threshold with the slider's arrow keys.
  const slider = bl.getByRole('slider', { name: 'Amplitude (µA/cm²)' });
  await slider.focus();
  for (let i = 0; i < 26; i++) await page.keyboard.press('ArrowLeft');
  assert.equal(await fieldValue(bl, 'Amplitude (µA/cm²) value'), 2);
  await eventually(async () => assert.match(await traceText(page), /no spike/));
  assertNoProblems(page);
  await page.context().close();
});

test('a second pulse inside the refractory period gives no second spike', async () => {
  const page = await site.open();
  const bl = lab(page);
  await bl.getByRole('combobox', { name: 'Stimulus' }).selectOption({ label: 'Paired pulse' });
  await bl.getByRole('textbox', { name: 'Amplitude (µA/cm²) value' }).fill('20');
  await bl.getByRole('textbox', { name: 'Interval (ms) value' }).fill('25');
  await eventually(async () => assert.match(await traceText(page), /2 spikes at/));
  await bl.getByRole('textbox', { name: 'Interval (ms) value' }).fill('2');
  await eventually(async () => assert.match(await traceText(page), /1 spike at .*refractory period/));
  // The same with the integrate-and-fire model.
  await bl.getByRole('combobox', { name: 'Neuron model' }).selectOption({ label: 'Leaky integrate-and-fire' });
  await bl.getByRole('combobox', { name: 'Stimulus' }).selectOption({ label: 'Paired pulse' });
  await bl.getByRole('textbox', { name: 'Interval (ms) value' }).fill('2');
  await eventually(async () => assert.match(await traceText(page), /Leaky integrate-and-fire.*1 spike at .*refractory period/));
  assertNoProblems(page);
  await page.context().close();
});

test('playing reveals the recording and fills the raster; the time slider scrubs', async () => {
  const page = await site.open('', { reducedMotion: 'no-preference' });
  const bl = lab(page);
  await bl.getByRole('combobox', { name: 'Stimulus' }).selectOption({ label: 'Step (constant current)' });
  await openMore(bl);
  await bl.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast (100 ms/s)' });
  await bl.getByRole('button', { name: 'Play' }).click();
  const raster = page.getByRole('img', { name: 'Spike raster' });
  const rasterText = () => raster.evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  await eventually(async () => assert.match(await rasterText(), /last [3-9] sweeps/), 8000);
  await bl.getByRole('button', { name: 'Pause' }).click();
  await bl.getByRole('textbox', { name: 'Time (ms) value' }).fill('5');
  await eventually(async () => assert.match(await bl.getByText(/^At t = 5\.00 ms/).textContent(), /V = −6\d\.\d mV, injected current 0\.0/));
  await bl.getByRole('button', { name: 'Step 1 ms' }).click();
  await bl.getByText(/^At t = 6\.00 ms/).waitFor();
  await bl.getByRole('button', { name: 'Back 1 ms' }).click();
  await bl.getByRole('button', { name: 'Back 1 ms' }).click();
  await bl.getByText(/^At t = 4\.00 ms/).waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('the f-I curve, the gates and the STDP window are drawn and described', async () => {
  const page = await site.open();
  const bl = lab(page);
  const br = bridge(page);
  const described = (name) => describedPlot(page, name);
  let [drawn, text] = await described('Firing rate against input current');
  assert.ok(drawn >= 1);
  await eventually(async () => assert.match((await described('Firing rate against input current'))[1], /silent up to 1\.50 nA/));
  await br.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'Hodgkin-Huxley (squid axon)' });
  await eventually(async () => assert.match((await described('Firing rate against input current'))[1], /Hodgkin-Huxley/));
  await openMore(bl);
  await bl.getByRole('checkbox', { name: /Under the hood/ }).check();
  [drawn, text] = await described('Ion-channel gates');
  assert.ok(drawn >= 1);
  assert.match(text, /sodium activation m peaks at 0\.9\d/);
  [drawn, text] = await described('Ionic currents');
  assert.ok(drawn >= 1);
  assert.match(text, /the sodium current reaches [1-9]\d+ µA\/cm² inward, the potassium current [1-9]\d+ µA\/cm² outward/);
  await br.getByRole('textbox', { name: 'Delay, pre to post (ms) value' }).fill('-10');
  await br.getByText(/^Pre fires 10 ms after post: the synapse weakens by 0\.0064 per pairing \(depression\)/).waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('timing: two inputs fire the neuron only when close together; the artificial one ignores time', async () => {
  const page = await site.open();
  const bl = timing(page);
  const text = () => page.getByRole('img', { name: 'Two-input timing trace' }).evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  await eventually(async () => assert.match(await text(), /^Two inputs 25\.0 ms apart: no spike/));
  const artificial = await bl.getByText(/^Artificial step neuron/).textContent();
  assert.match(artificial, /output 1 \(fires\)/);
  await bl.getByRole('textbox', { name: 'Delay between the inputs (ms) value' }).fill('3');
  await eventually(async () => assert.match(await text(), /^Two inputs 3\.0 ms apart: a spike/));
  assert.equal(await bl.getByText(/^Artificial step neuron/).textContent(), artificial, 'the artificial neuron has no time');
  assertNoProblems(page);
  await page.context().close();
});

test('the explorer\'s inputs drive both neurons: one number against a spike train', async () => {
  const page = await site.open();
  const bl = timing(page);
  assert.equal((await bl.getByLabel('Artificial neuron output').textContent()).trim(), 'σ(0.96) = 0.7231');
  const rate = async () => Number((await bl.getByLabel('Biological neuron output').textContent()).match(/: (\d+) Hz/)[1]);
  const before = await rate();
  assert.ok(before > 0);
  await page.getByRole('region', { name: 'Build an artificial neuron' }).getByRole('slider', { name: 'Weight w3', exact: true }).fill('-3');
  await eventually(async () => assert.match(await bl.getByLabel('Artificial neuron output').textContent(), /σ\(−2\.\d\d\)/));
  await eventually(async () => assert.ok((await rate()) < before, 'an inhibitory weight lowers the rate'));
  assertNoProblems(page);
  await page.context().close();
});

test('the anatomy names each part\'s artificial counterpart and shows a travelling spike', async () => {
  const page = await site.open();
  const bl = lab(page);
  const anatomy = bl.getByRole('img', { name: /Anatomy of a neuron/ });
  const desc = () => anatomy.evaluate((svg) => svg.querySelector('desc').textContent);
  assert.match(await desc(), /axon hillock decides whether to fire \(the activation function, a threshold\)/);
  assert.match(await desc(), /No spike is on its way/);
  // Scrub to just after the spike (the default pulse fires at about 12.3 ms).
  await bl.getByRole('textbox', { name: 'Time (ms) value' }).fill('13.5');
  await eventually(async () => assert.match(await desc(), /A spike is travelling down the axon, \d+% of the way/));
  assert.equal(await anatomy.locator('.travelling-spike').count(), 1);
  assertNoProblems(page);
  await page.context().close();
});

test('repeated pairings move the synapse beside an artificial weight', async () => {
  const page = await site.open();
  const bl = bridge(page);
  const text = () => page.getByRole('img', { name: 'Weight after repeated pairings and gradient steps' }).evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  await eventually(async () => assert.match(await text(), /^After 0 pairings at 10 ms the synapse's weight is 0\.500/));
  await bl.getByRole('button', { name: 'Pair 10 more times' }).click();
  await bl.getByRole('button', { name: 'Pair 10 more times' }).click();
  // 20 × 0.010 e^(−10/20) = 0.1213
  await eventually(async () => assert.match(await text(), /^After 20 pairings at 10 ms the synapse's weight is 0\.621/));
  await bl.getByRole('textbox', { name: 'Delay, pre to post (ms) value' }).fill('-10');
  await eventually(async () => assert.match(await text(), /weight is 0\.373/));
  assertNoProblems(page);
  await page.context().close();
});

test('sound, when switched on, clicks once per spike during playback and never otherwise', async () => {
  const page = await site.open('', { init: recordAudio });
  const bl = lab(page);
  await bl.getByRole('combobox', { name: 'Stimulus' }).selectOption({ label: 'Step (constant current)' });
  await openMore(bl);
  const sound = bl.getByRole('checkbox', { name: /Sound: a click per spike/ });
  assert.equal(await sound.isChecked(), false);
  const play = async () => {
    await bl.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(1500);
    await bl.getByRole('button', { name: 'Pause' }).click();
  };
  await play();
  assert.equal(await page.evaluate(() => window.__audio.oscillators), 0, 'silent while sound is off');
  await sound.check();
  await play();
  const clicks = await page.evaluate(() => window.__audio.oscillators);
  assert.ok(clicks >= 1, 'the spikes passed were heard');
  await sound.uncheck();
  await play();
  assert.equal(await page.evaluate(() => window.__audio.oscillators), clicks, 'silent again once switched off');
  assertNoProblems(page);
  await page.context().close();
});
