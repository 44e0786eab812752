// The decision-boundary widget, driven as a person would: sliders and pickers by their names,
// the plane by pointer, training by its buttons; pixels, readouts and messages checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, boundary, eventually, fieldValue, readNumber, useSite, openMore, seePlot } from './helpers.mjs';

const site = useSite();
const PLANE = 'Decision plane: the neuron\'s output over inputs x1 and x2, with the data';

/** The plane's canvas, in view and drawn (so its plot rectangle is known). */
const seenPlane = (page) => seePlot(page.getByRole('img', { name: PLANE }));

/**
 * The heatmap's [r, g, b] at plane point (x1, x2). The heatmap is the small canvas under the
 * plane's canvas (one cell per pixel over the plane from −0.5 to 1.5), which the page scales
 * to the plotting area; it waits until that canvas has been painted and placed.
 */
async function planePixel(page, x1, x2) {
  const plane = await seenPlane(page);
  return plane.evaluate(async (canvas, [a, b]) => {
    const heat = canvas.parentElement.querySelector('.plot-backdrop');
    while (!heat.style.width) await new Promise((r) => requestAnimationFrame(r));
    const px = Math.min(heat.width - 1, Math.floor(((a + 0.5) / 2) * heat.width));
    const py = Math.min(heat.height - 1, Math.floor(((1.5 - b) / 2) * heat.height));
    // Read through a 1×1 copy, so the page's own canvas is never read back.
    const probe = document.createElement('canvas');
    probe.width = probe.height = 1;
    const ctx = probe.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(heat, px, py, 1, 1, 0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3);
  }, [x1, x2]);
}

/** The plane point (x1, x2) in page coordinates, for the mouse. */
async function planePoint(page, x1, x2) {
  const canvas = await seenPlane(page);
  const box = await canvas.boundingBox();
  const [x0, xr, y0, yr] = (await canvas.getAttribute('data-plot-rect')).split(',').map(Number);
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  return {
    x: box.x + (x0 + ((x1 + 0.5) / 2) * (xr - x0)) / ratio,
    y: box.y + (y0 + ((1.5 - x2) / 2) * (yr - y0)) / ratio,
  };
}

const blueish = ([r, , b]) => b > r + 20;
const vermillionish = ([r, , b]) => r > b + 20;

async function correct(page) {
  return (await boundary(page).getByLabel('Points classified correctly').textContent()).trim();
}

async function train(page) {
  await boundary(page).getByRole('button', { name: 'Train', exact: true }).click();
}

test('the bias slider moves the boundary: pixels change on the expected side', async () => {
  const page = await site.open();
  const bd = boundary(page);
  await bd.scrollIntoViewIfNeeded();
  // Start: w = (2, 1), b = −1.5. At (0.1, 0.1) z = −1.2 (class 0); at (1.2, 1.2) z = 2.6 (class 1).
  await eventually(async () => assert.ok(vermillionish(await planePixel(page, 0.1, 0.1))));
  assert.ok(blueish(await planePixel(page, 1.2, 1.2)));
  assert.equal(await correct(page), '3 of 4');
  await bd.getByRole('slider', { name: 'Bias b', exact: true }).fill('0.5');
  // Now z(0.1, 0.1) = 0.8: the line moved towards class 0's side and the point turned blue.
  await eventually(async () => assert.ok(blueish(await planePixel(page, 0.1, 0.1))));
  assert.ok(blueish(await planePixel(page, 1.2, 1.2)), 'the far side is unchanged');
  assert.ok(vermillionish(await planePixel(page, -0.45, -0.45)), 'z(−0.45, −0.45) = −0.85 stays class 0');
  const text = await page.getByRole('img', { name: PLANE }).evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  assert.match(text, /crosses the x1 axis at −0\.25 and crosses the x2 axis at −0\.50/);
  assertNoProblems(page);
  await page.context().close();
});

test('training learns OR and AND to 100%', async () => {
  const page = await site.open();
  const bd = boundary(page);
  for (const gate of ['OR', 'AND']) {
    await bd.getByRole('combobox', { name: 'Data set' }).selectOption({ label: gate });
    await train(page);
    await bd.getByText(/Every point is classified correctly after \d+ epochs?/).waitFor({ timeout: 20000 });
    assert.equal(await correct(page), '4 of 4');
    const epochs = Number(await bd.locator('.readouts dd').first().textContent());
    assert.ok(epochs > 0);
  }
  assert.ok(!(await page.locator('body').innerText()).includes('NaN'));
  assertNoProblems(page);
  await page.context().close();
});

test('XOR defeats one neuron; the product feature x1·x2 solves it', async () => {
  const page = await site.open();
  const bd = boundary(page);
  await bd.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'XOR' });
  await openMore(bd);
  await bd.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast (25 epochs per frame)' });
  await train(page);
  await bd.getByText(/No single straight line can separate XOR/).waitFor({ timeout: 30000 });
  // One artificial neuron can't; the message points to the human neuron that can.
  await bd.getByRole('link', { name: 'see a dendrite that computes XOR' }).waitFor();
  const [right] = (await correct(page)).split(' of ').map(Number);
  assert.ok(right <= 3, `one line gets at most 3 of 4 XOR points (got ${right})`);
  await bd.getByRole('checkbox', { name: 'Add the feature x₁·x₂ as a third input' }).check();
  await bd.getByRole('slider', { name: 'Weight w3', exact: true }).waitFor();
  await train(page);
  await bd.getByText(/Every point is classified correctly/).waitFor({ timeout: 30000 });
  assert.equal(await correct(page), '4 of 4');
  assertNoProblems(page);
  await page.context().close();
});

test('a huge learning rate is caught: a message, finite weights, and a way back', async () => {
  const page = await site.open();
  const bd = boundary(page);
  await bd.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Two Gaussian blobs' });
  await bd.getByRole('combobox', { name: 'Learning rule' }).selectOption({ label: 'Gradient descent, squared error' });
  await openMore(bd);
  await bd.getByRole('combobox', { name: 'Activation' }).selectOption({ label: 'Linear (none)' });
  await bd.getByRole('combobox', { name: 'Learning rate' }).selectOption('30');
  const before = await fieldValue(bd, 'Weight w1 value');
  await train(page);
  await bd.getByText(/The weights blew up/).waitFor({ timeout: 10000 });
  assert.equal(await bd.getByRole('button', { name: 'Train', exact: true }).getAttribute('aria-pressed'), 'false', 'training paused');
  for (const name of ['Weight w1 value', 'Weight w2 value', 'Bias b value']) {
    assert.ok(Number.isFinite(await fieldValue(bd, name)), `${name} is a finite number`);
  }
  assert.ok(!(await page.locator('body').innerText()).match(/NaN|∞|Infinity/));
  await bd.getByRole('button', { name: 'Back to the weights before this run' }).click();
  await eventually(async () => assert.equal(await fieldValue(bd, 'Weight w1 value'), before));
  assertNoProblems(page);
  await page.context().close();
});

test('one example shows the forward pass, the gradients and the update', async () => {
  const page = await site.open();
  const bd = boundary(page);
  await bd.getByRole('button', { name: 'One example' }).click();
  // AND's first point (0, 0), class 0, with w = (2, 1), b = −1.5: z = −1.5, σ(−1.5) = 0.1824.
  await bd.getByText('Example (0.00, 0.00), class 0 (target t = 0).').waitFor();
  await bd.getByText('Forward pass: z = −1.500, output y = σ(−1.500) = 0.1824.').waitFor();
  const table = bd.getByRole('table');
  const biasRow = table.getByRole('row', { name: /^b / });
  assert.match(await biasRow.innerText(), /0\.1824/);
  // b ← −1.5 − 0.3 × 0.1824 = −1.5547; w unchanged, as x = (0, 0)
  assert.match(await biasRow.innerText(), /−1\.555/);
  await eventually(async () => assert.equal(await fieldValue(bd, 'Bias b value'), -1.55));
  assert.equal(await fieldValue(bd, 'Weight w1 value'), 2);
  assertNoProblems(page);
  await page.context().close();
});

test('points are added and removed by pointer, by keyboard and by CSV', async () => {
  const page = await site.open();
  const bd = boundary(page);
  const p = await planePoint(page, 0.5, 1.2);
  await page.mouse.click(p.x, p.y);
  await eventually(async () => assert.match(await correct(page), / of 5$/));
  await page.mouse.click(p.x, p.y);
  await eventually(async () => assert.match(await correct(page), / of 4$/));
  // Keyboard: the point form.
  await openMore(bd);
  await bd.getByText('Add or remove a point by keyboard').click();
  await bd.getByRole('textbox', { name: 'New point x1 value', exact: true }).fill('1.2');
  await bd.getByRole('textbox', { name: 'New point x2 value', exact: true }).fill('-0.3');
  await bd.getByRole('radio', { name: 'class 0 (vermillion square)' }).check();
  await bd.getByRole('button', { name: 'Add point' }).click();
  await eventually(async () => assert.match(await correct(page), / of 5$/));
  await bd.getByRole('button', { name: 'Remove nearest point' }).click();
  await eventually(async () => assert.match(await correct(page), / of 4$/));
  // CSV with a bad line, then a good one.
  await bd.getByText('Points as CSV').click();
  const csv = bd.getByRole('textbox', { name: /One point per line/ });
  await csv.fill('x1,x2,label\n0.1,0.2,1\n0.3;oops;0\n');
  await bd.getByRole('button', { name: 'Load points' }).click();
  await bd.getByText('Nothing loaded. Line 3: x2 is not a number').waitFor();
  assert.match(await correct(page), / of 4$/, 'the data is unchanged');
  await csv.fill('0.1,0.2,1\n1.3,1.4,0\n0,0,0');
  await bd.getByRole('button', { name: 'Load points' }).click();
  await bd.getByText('Loaded 3 points.').waitFor();
  await eventually(async () => assert.match(await correct(page), / of 3$/));
  assert.equal(await bd.getByRole('combobox', { name: 'Data set' }).inputValue(), 'custom');
  await bd.getByRole('button', { name: 'Clear all points' }).click();
  await eventually(async () => assert.equal(await correct(page), '0 of 0'));
  assertNoProblems(page);
  await page.context().close();
});

test('dragging the line moves it to the pointer', async () => {
  const page = await site.open();
  const bd = boundary(page);
  await bd.scrollIntoViewIfNeeded();
  // The line 2x1 + x2 = 1.5 passes through (0.75, 0); drag it to pass through (1, 0).
  const from = await planePoint(page, 0.75, 0);
  const to = await planePoint(page, 1.0, 0);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  // w unchanged, b = −2·1 − 0 = −2 (to the pixel's precision).
  await eventually(async () => assert.ok(Math.abs((await fieldValue(bd, 'Bias b value')) + 2) < 0.05));
  assert.equal(await fieldValue(bd, 'Weight w1 value'), 2);
  assertNoProblems(page);
  await page.context().close();
});

test('the widget state round-trips through the URL', async () => {
  const page = await site.open();
  const bd = boundary(page);
  await bd.getByRole('combobox', { name: 'Learning rule' }).selectOption({ label: 'Perceptron rule' });
  await bd.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.03');
  await bd.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Circle' });
  await openMore(bd);
  await bd.getByRole('textbox', { name: 'Seed' }).fill('42');
  await bd.getByRole('slider', { name: 'Weight w2', exact: true }).fill('-3.5');
  await eventually(async () => assert.match(page.url(), /bd-w=2,-3\.5.*bd-r=perceptron.*bd-lr=0\.03.*bd-s=42.*bd-d=circle/));
  const correctBefore = await correct(page);
  await page.reload();
  await bd.waitFor();
  await eventually(async () => assert.equal(await correct(page), correctBefore));
  assert.equal(await bd.getByRole('combobox', { name: 'Learning rule' }).inputValue(), 'perceptron');
  assert.equal(await bd.getByRole('combobox', { name: 'Learning rate' }).inputValue(), '0.03');
  assert.equal(readNumber(await bd.getByRole('textbox', { name: 'Seed' }).inputValue()), 42);
  assert.equal(await fieldValue(bd, 'Weight w2 value'), -3.5);
  assertNoProblems(page);
  await page.context().close();
});

test('locked data and weights hold on the plane: a click adds no point, a drag moves no line', async () => {
  const { openPage } = await import('./browser.mjs');
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?embed=boundary&lock=bd-data,bd-weights#v=1`);
  const bd = boundary(page);
  await bd.getByRole('button', { name: 'Train', exact: true }).waitFor();
  await eventually(async () => assert.match(await correct(page), / of 4$/));
  // A click on empty plane would add a point (and switch the locked AND to "Your own points").
  const empty = await planePoint(page, 0.5, 1.2);
  await page.mouse.click(empty.x, empty.y);
  // A drag of the line would move the bias (as the unlocked test above shows).
  const from = await planePoint(page, 0.75, 0);
  const to = await planePoint(page, 1.0, 0);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  // Then a change that is not locked, to wait for: the learning rate. By then the click and the
  // drag have long been handled.
  await bd.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.03');
  await eventually(async () => assert.match(page.url(), /bd-lr=0\.03/));
  assert.match(await correct(page), / of 4$/, 'no point added');
  assert.equal(await bd.getByRole('combobox', { name: 'Data set' }).evaluate((s) => s.selectedOptions[0].textContent.trim()), 'AND');
  assert.equal(await fieldValue(bd, 'Bias b value'), -1.5, 'the line did not move');
  assert.equal(await fieldValue(bd, 'Weight w1 value'), 2);
  assertNoProblems(page);
  await page.context().close();
});
