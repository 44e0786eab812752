// The dendrite that computes XOR (Gidon et al. 2020), driven as a person would: read the truth
// table, move τ and the strength until it turns into OR or AND, switch to the monotonic dendrite
// and fail to find XOR, look at the traces of each pattern and the dCaAP curve.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, describedPlot, eventually, seePlot, useSite } from './helpers.mjs';

const site = useSite();
const widget = (page) => page.getByRole('region', { name: 'One neuron that computes XOR' });

/** The soma column of the truth table, in the order (0,0), (0,1), (1,0), (1,1). */
async function somaColumn(region) {
  return region.locator('.truth-table tbody tr').evaluateAll((rows) => rows.map((r) => r.cells[4].textContent.trim()));
}

async function gate(region) {
  return (await region.locator('.gate-name').textContent()).trim();
}

/** A(I) = 40 mV · exp(−(I − θ)/τ) for I ≥ θ (the core's formula), to one decimal. */
const dcaap = (i, theta, tau) => (i < theta ? 0 : 40 * Math.exp(-(i - theta) / tau)).toFixed(1);

test('the truth table reads XOR by default, with amplitudes from the formula', async () => {
  const page = await site.open();
  const dd = widget(page);
  await dd.scrollIntoViewIfNeeded();
  await eventually(async () => assert.deepEqual(await somaColumn(dd), ['silent', 'fires', 'fires', 'silent']));
  assert.equal(await gate(dd), 'XOR');
  assert.match(await dd.getByRole('status').textContent(), /fires for exactly one active input/);
  const cells = await dd.locator('.truth-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.cells[2].textContent, r.cells[3].textContent]));
  // θ = 1 nA, τ = 2 nA, s = 2 nA: inputs 0, 2, 2, 4 nA.
  assert.deepEqual(cells, [
    ['0.00', dcaap(0, 1, 2)],
    ['2.00', dcaap(2, 1, 2)],
    ['2.00', dcaap(2, 1, 2)],
    ['4.00', dcaap(4, 1, 2)],
  ]);
  assertNoProblems(page);
  await page.context().close();
});

test('a slower decay or weaker inputs turn XOR into OR; inputs below threshold give AND', async () => {
  const page = await site.open();
  const dd = widget(page);
  await dd.scrollIntoViewIfNeeded();
  const tau = dd.getByRole('textbox', { name: 'Decay τ (nA) value' });
  const strength = dd.getByRole('textbox', { name: 'Strength s (nA) value' });
  await tau.fill('4');
  await eventually(async () => assert.equal(await gate(dd), 'OR'));
  assert.deepEqual(await somaColumn(dd), ['silent', 'fires', 'fires', 'fires']);
  await tau.fill('2');
  await eventually(async () => assert.equal(await gate(dd), 'XOR'));
  await strength.fill('1.25');
  await eventually(async () => assert.equal(await gate(dd), 'OR'));
  await strength.fill('0.75');
  await eventually(async () => assert.equal(await gate(dd), 'AND'));
  assert.deepEqual(await somaColumn(dd), ['silent', 'silent', 'silent', 'fires']);
  // The keyboard works too: back up past threshold with the slider's arrow keys (0.05 nA a step).
  const slider = dd.getByRole('slider', { name: 'Strength s (nA)' });
  await slider.focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  await eventually(async () => assert.equal(await strength.inputValue(), '2.00'));
  await eventually(async () => assert.equal(await gate(dd), 'XOR'));
  // Every change is in the URL, and a reload keeps it.
  await tau.fill('4');
  await eventually(async () => assert.match(page.url(), /dd-tau=4(&|$)/));
  await page.reload();
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await widget(page).scrollIntoViewIfNeeded();
  await eventually(async () => assert.equal(await gate(widget(page)), 'OR'));
  assertNoProblems(page);
  await page.context().close();
});

test('the monotonic dendrite gives AND or OR but never XOR, whatever the sliders say', async () => {
  const page = await site.open();
  const dd = widget(page);
  await dd.scrollIntoViewIfNeeded();
  await dd.getByRole('combobox', { name: 'Dendrite' }).selectOption({ label: 'Monotonic (sigmoid)' });
  const seen = new Set();
  for (const s of ['0.3', '0.75', '1.25', '2', '3']) {
    for (const tau of ['0.2', '2', '5']) {
      await dd.getByRole('textbox', { name: 'Strength s (nA) value' }).fill(s);
      await dd.getByRole('textbox', { name: 'Decay τ (nA) value' }).fill(tau);
      await eventually(async () => assert.match(page.url(), new RegExp(`dd-s=${s}(&|$)`)));
      seen.add(await gate(dd));
    }
  }
  assert.ok(!seen.has('XOR'), `monotonic gave ${[...seen]}`);
  assert.ok(seen.has('OR') && seen.has('AND'), `monotonic gave ${[...seen]}`);
  assertNoProblems(page);
  await page.context().close();
});

test('each pattern\'s traces are drawn and described; the dCaAP curve is drawn and described', async () => {
  const page = await site.open();
  const dd = widget(page);
  const traces = page.getByRole('img', { name: 'Dendrite and soma traces' });
  await seePlot(traces);
  let [drawn, text] = await describedPlot(page, 'Dendrite and soma traces');
  assert.match(text, /x₁ = 0, x₂ = 1: the dendrite receives 2\.00 nA .* peaks 24\.3 mV above rest; the soma fires at \d+\.\d ms/);
  const before = await traces.evaluate((c) => c.toDataURL());
  const both = dd.getByRole('button', { name: 'silent: x₁ = 1, x₂ = 1, show its traces' });
  await both.click();
  assert.equal(await both.getAttribute('aria-pressed'), 'true');
  await eventually(async () => {
    [drawn, text] = await describedPlot(page, 'Dendrite and soma traces');
    assert.match(text, /x₁ = 1, x₂ = 1: the dendrite receives 4\.00 nA .* peaks 8\.9 mV above rest; the soma stays below its threshold/);
  });
  assert.notEqual(await traces.evaluate((c) => c.toDataURL()), before, 'the traces were redrawn');
  const [curveDrawn, curveText] = await describedPlot(page, 'dCaAP amplitude against input');
  assert.ok(curveDrawn >= 1);
  assert.match(curveText, /jumps to its largest, 40 mV, at θ, and then shrinks .* One input \(2\.00 nA\) gives 24\.3 mV and both \(4\.00 nA\) give 8\.9 mV/);
  // The curve is not blank: its middle row holds more than the background colour.
  const colours = await page.getByRole('img', { name: 'dCaAP amplitude against input' }).evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    return new Set(Array.from({ length: d.length / 4 }, (_, k) => d.slice(4 * k, 4 * k + 3).join())).size;
  });
  assert.ok(colours > 10, `only ${colours} colours on the curve plot`);
  assertNoProblems(page);
  await page.context().close();
});

test('the summary table leads to the dendrite', async () => {
  const page = await site.open();
  await page.getByRole('link', { name: 'a dendrite that computes XOR' }).click();
  await eventually(async () => {
    const top = await widget(page).evaluate((w) => w.getBoundingClientRect().top);
    assert.ok(top < 400 && top > -1000, `the widget is at ${top}`);
  });
  assertNoProblems(page);
  await page.context().close();
});
