// The network lab beyond a single hidden layer, driven as a person would: a 6-layer network
// built with its buttons, input features switched, a regression and a 3-class problem trained
// to a stated level, a CSV of three classes imported, Dale's law holding every hidden unit's
// outgoing weights to one sign, and a share link that restores all of it. Axe-clean, with
// screenshots at desktop and phone width (written to target/screenshots for a person to look at).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { assertNoProblems, axeViolations, eventually, fieldValue, openMore, seePlot, useSite } from './helpers.mjs';

const site = useSite();
const layers = (page) => page.getByRole('region', { name: 'Stack neurons in layers' });
const percent = async (locator) => Number((await locator.textContent()).replace('%', ''));
const SHOTS = new URL('../../target/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** The network's state in the page's address: the `nn-` pairs of the hash. */
async function linkState(page) {
  const hash = await page.evaluate(() => location.hash.slice(1));
  return Object.fromEntries(new URLSearchParams(hash).entries());
}

/** The layers widget's plane, brought into view and drawn, as a data URL of its pixels. */
async function planePixels(page) {
  const plane = await seePlot(page.getByRole('img', { name: 'Network output over the plane' }));
  return plane.evaluate((c) => {
    const under = c.parentElement.querySelector('canvas.plot-backdrop');
    return c.toDataURL() + (under ? under.toDataURL() : '');
  });
}

test('six hidden layers of eight are built with the buttons, and drawn', async () => {
  const page = await site.open();
  const nn = layers(page);
  for (let n = 3; n <= 6; n++) {
    await nn.getByRole('button', { name: 'Add a hidden layer' }).click();
    await nn.getByRole('group', { name: `Hidden layer ${n}` }).waitFor();
  }
  assert.ok(await nn.getByRole('button', { name: 'Add a hidden layer' }).isDisabled(), 'six is the most');
  for (let layer = 1; layer <= 6; layer++) {
    // By keyboard: the slider's End key goes to its most, 8.
    await nn.getByRole('slider', { name: `Units in hidden layer ${layer}` }).press('End');
    await eventually(async () => assert.equal(await fieldValue(nn, `Units in hidden layer ${layer} value`), 8));
  }
  await eventually(async () => assert.equal(await nn.getByRole('button', { name: /^Unit h\d\.\d/ }).count(), 48));
  assert.equal(await nn.getByRole('combobox', { name: 'Hidden layers' }).inputValue(), '6');
  assert.equal((await linkState(page))['nn-h'], '8,8,8,8,8,8');
  // Remove the third layer by its button; the others stay.
  await nn.getByRole('button', { name: 'Remove layer 3' }).click();
  await eventually(async () => assert.equal((await linkState(page))['nn-h'], '8,8,8,8,8'));
  await nn.getByRole('button', { name: 'Add a hidden layer' }).click();
  await eventually(async () => assert.equal((await linkState(page))['nn-h'], '8,8,8,8,8,8'));
  // It trains, and the plane changes.
  const before = await planePixels(page);
  await nn.getByRole('button', { name: 'One epoch' }).click();
  await nn.getByRole('button', { name: 'One epoch' }).click();
  await eventually(async () => assert.notEqual(await planePixels(page), before, 'the plane redrew'));
  const diagram = nn.getByRole('group', { name: 'Network diagram' });
  assert.match(await diagram.locator('desc').textContent(), /6 hidden layers of 8, 8, 8, 8, 8, 8 units/);
  await nn.evaluate((r) => r.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}network-6x8-desktop.png` });
  await page.setViewportSize({ width: 360, height: 800 });
  await nn.getByRole('group', { name: 'Network diagram' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}network-6x8-360.png` });
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(page);
  await page.context().close();
});

test('input features switch on and off, and feed the network', async () => {
  const page = await site.open();
  const nn = layers(page);
  await openMore(nn);
  const squared = nn.getByRole('checkbox', { name: 'x₁²' });
  assert.equal(await squared.isChecked(), false);
  await squared.check();
  await nn.getByRole('checkbox', { name: 'x₂²' }).check();
  await eventually(async () => assert.equal((await linkState(page))['nn-f'], 'x1,x2,x1sq,x2sq'));
  await nn.getByRole('img', { name: 'Input x1²' }).waitFor();
  // The last one on cannot be switched off.
  for (const name of ['x₁', 'x₂', 'x₁²']) await nn.getByRole('checkbox', { name, exact: true }).uncheck();
  assert.ok(await nn.getByRole('checkbox', { name: 'x₂²' }).isDisabled());
  await eventually(async () => assert.equal((await linkState(page))['nn-f'], 'x2sq'));
  for (const name of ['x₁', 'x₂', 'x₁²']) await nn.getByRole('checkbox', { name, exact: true }).check();
  // With the squares the circle is a straight cut: one hidden unit learns it.
  await nn.getByRole('combobox', { name: 'Hidden layers' }).selectOption('1');
  await nn.getByRole('textbox', { name: 'Units in hidden layer 1 value' }).fill('1');
  await nn.getByRole('textbox', { name: 'Units in hidden layer 1 value' }).press('Enter');
  await eventually(async () => assert.equal((await linkState(page))['nn-h'], '1'));
  await nn.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.3');
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await eventually(async () => assert.ok((await percent(nn.getByLabel('Test accuracy'))) >= 95), 20000);
  await nn.getByRole('button', { name: 'Pause' }).click();
  assertNoProblems(page);
  await page.context().close();
});

test('a regression trains to a small loss, its plane a colour scale', async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Tilted plane (regression)' });
  await nn.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.1');
  await eventually(async () => assert.equal(await nn.getByLabel('Test accuracy').isVisible(), false, 'no accuracy for values'));
  const loss = nn.getByLabel('Test loss');
  await eventually(async () => assert.ok(Number(await loss.textContent()) > 0.02, 'the untrained network is far off'));
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  // The mean of ½(y − t)² over the test points: the plane's values lie in [−1, 1].
  await eventually(async () => assert.ok(Number(await loss.textContent()) < 0.01), 20000);
  await nn.getByRole('button', { name: 'Pause' }).click();
  const text = await page.getByRole('img', { name: 'Network output over the plane' })
    .evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  assert.match(text, /It predicts values from −?[\d.]+ to [\d.]+/);
  await nn.evaluate((r) => r.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}network-regression-desktop.png` });
  await page.setViewportSize({ width: 360, height: 800 });
  await seePlot(page.getByRole('img', { name: 'Network output over the plane' }));
  await page.screenshot({ path: `${SHOTS}network-regression-360.png` });
  await openMore(nn);
  assert.equal(await nn.getByRole('combobox', { name: 'Loss' }).count(), 0, 'squared error only');
  assertNoProblems(page);
  await page.context().close();
});

test('three classes: a softmax reaches 90% on each class', async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Three blobs' });
  const perClass = nn.getByRole('definition').filter({ hasText: '%' });
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await eventually(async () => assert.ok((await percent(nn.getByLabel('Test accuracy'))) >= 90), 20000);
  await nn.getByRole('button', { name: 'Pause' }).click();
  const readouts = nn.getByLabel('Test points each class gets right');
  for (let c = 0; c < 3; c++) await readouts.getByText(`Class ${c}`).waitFor();
  const shares = await readouts.getByRole('definition').allTextContents();
  assert.equal(shares.length, 3);
  for (const s of shares) assert.ok(Number(s.replace('%', '')) >= 80, `each class: ${shares}`);
  assert.ok((await perClass.count()) >= 3);
  const text = await page.getByRole('img', { name: 'Network output over the plane' })
    .evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  assert.match(text, /Class 0: .*Class 1: .*Class 2: /);
  await nn.evaluate((r) => r.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SHOTS}network-3-classes-desktop.png` });
  await page.setViewportSize({ width: 360, height: 800 });
  await seePlot(page.getByRole('img', { name: 'Network output over the plane' }));
  await page.screenshot({ path: `${SHOTS}network-3-classes-360.png` });
  await openMore(nn);
  await nn.getByText(/the softmax/).first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(page);
  await page.context().close();
});

test('a CSV of three classes is imported, a bad one refused by its line', async () => {
  const page = await site.open();
  const nn = layers(page);
  await openMore(nn);
  await nn.getByText('Your own points as CSV').click();
  const box = nn.getByRole('textbox', { name: /One point per line/ });
  await box.fill('x1,x2,label\n0,0,0\n0.1,0.1,0\n1,1,1\n0.9,1,1\n0,1,2\n0.1,0.9,2\n');
  await nn.getByRole('button', { name: 'Load points' }).click();
  await nn.getByRole('status').filter({ hasText: 'Loaded 6 points.' }).waitFor();
  assert.equal(await nn.getByRole('combobox', { name: 'Data set' }).inputValue(), 'own');
  await nn.getByLabel('Test points each class gets right').getByText('Class 2').waitFor();
  const state = await linkState(page);
  assert.equal(state['nn-d'], 'own');
  assert.equal(state['nn-pts'].split(',').length, 18);
  // A click on the plane adds a point of the chosen class.
  await nn.getByRole('radio', { name: 'Class 2' }).check();
  const plane = await seePlot(page.getByRole('img', { name: 'Network output over the plane' }));
  const box2 = await plane.boundingBox();
  await page.mouse.click(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await eventually(async () => assert.equal((await linkState(page))['nn-pts'].split(',').length, 21));
  await box.fill('x1,x2,label\n0,0,0\n0.5,0.5,7\n');
  await nn.getByRole('button', { name: 'Load points' }).click();
  await nn.getByRole('status').filter({ hasText: 'Nothing loaded. Line 3: the label must be a class, 0 to 3, or a value from −1 to 1' }).waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test("Dale's law keeps every hidden unit's outgoing weights to one sign while it trains", async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('combobox', { name: 'Hidden layers' }).selectOption('2');
  for (let layer = 1; layer <= 2; layer++) {
    await nn.getByRole('textbox', { name: `Units in hidden layer ${layer} value` }).fill('5');
    await nn.getByRole('textbox', { name: `Units in hidden layer ${layer} value` }).press('Enter');
  }
  await openMore(nn);
  await nn.getByRole('checkbox', { name: 'Each hidden unit excitatory or inhibitory' }).check();
  await nn.getByRole('combobox', { name: 'Inhibitory units' }).selectOption({ label: '40%' });
  await eventually(async () => assert.equal((await linkState(page))['nn-dale'], '0.4'));
  // Two of each layer's five units are inhibitory, and say so.
  assert.equal(await nn.getByRole('button', { name: /\(inhibitory\)/ }).count(), 4);
  await nn.getByRole('combobox', { name: 'Learning rate' }).selectOption('0.3');
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await eventually(async () => {
    const epoch = Number(await nn.locator('.readouts dd').first().textContent());
    assert.ok(epoch >= 200, `epoch ${epoch}`);
  }, 20000);
  await nn.getByRole('button', { name: 'Pause' }).click();
  // The weights, layer by layer (each unit's incoming weights, then the biases).
  const w = (await linkState(page))['nn-w'].split(',').map(Number);
  const shape = [2, 5, 5, 1];
  let k = 0;
  let zeros = 0;
  for (let l = 1; l < shape.length; l++) {
    for (let j = 0; j < shape[l]; j++) {
      for (let i = 0; i < shape[l - 1]; i++) {
        const weight = w[k++];
        if (l >= 2) {
          // From hidden unit i of the layer below: its last two units are inhibitory.
          const inhibitory = i >= shape[l - 1] - 2;
          assert.ok(inhibitory ? weight <= 0 : weight >= 0, `layer ${l} unit ${j} from ${i}: ${weight}`);
          if (weight === 0) zeros++;
        }
      }
    }
    k += shape[l];
  }
  assert.equal(k, w.length);
  // Compare: the same network with and without the law.
  await nn.getByRole('button', { name: /^Compare: train with and without the law/ }).click();
  await nn.getByRole('status').filter({ hasText: /without Dale's law \d+%, with it \(40% inhibitory\) \d+%/ }).waitFor();
  console.log(`# Dale: ${zeros} outgoing weights held at zero`);
  assertNoProblems(page);
  await page.context().close();
});

test('a share link restores features, layers, classes, split, regularisation and the law', async () => {
  const page = await site.open();
  const nn = layers(page);
  await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Four quadrants' });
  await nn.getByRole('button', { name: 'Add a hidden layer' }).click();
  await openMore(nn);
  await nn.getByRole('checkbox', { name: 'x₁x₂' }).check();
  await nn.getByRole('checkbox', { name: 'Each hidden unit excitatory or inhibitory' }).check();
  await nn.getByRole('combobox', { name: 'Points trained on' }).selectOption({ label: '50%' });
  await nn.getByRole('combobox', { name: 'Regularisation', exact: true }).selectOption({ label: 'L1 (many weights to zero)' });
  await nn.getByRole('combobox', { name: 'Regularisation rate' }).selectOption('0.001');
  await nn.getByRole('checkbox', { name: 'Show the test points' }).uncheck();
  await nn.getByRole('checkbox', { name: 'Show the output in solid colours' }).check();
  await nn.getByRole('button', { name: 'One epoch' }).click();
  await eventually(async () => assert.equal((await linkState(page))['nn-dc'], '1'));
  const url = page.url();
  const weights = (await linkState(page))['nn-w'];
  const again = await site.open(url.slice(url.indexOf('#')));
  const r = layers(again);
  assert.equal(await r.getByRole('combobox', { name: 'Data set' }).inputValue(), 'quadrants4');
  assert.equal(await r.getByRole('combobox', { name: 'Hidden layers' }).inputValue(), '3');
  await openMore(r);
  assert.ok(await r.getByRole('checkbox', { name: 'x₁x₂' }).isChecked());
  assert.ok(await r.getByRole('checkbox', { name: 'Each hidden unit excitatory or inhibitory' }).isChecked());
  assert.equal(await r.getByRole('combobox', { name: 'Points trained on' }).inputValue(), '0.5');
  assert.equal(await r.getByRole('combobox', { name: 'Regularisation', exact: true }).inputValue(), 'l1');
  assert.equal(await r.getByRole('combobox', { name: 'Regularisation rate' }).inputValue(), '0.001');
  assert.equal(await r.getByRole('checkbox', { name: 'Show the test points' }).isChecked(), false);
  assert.ok(await r.getByRole('checkbox', { name: 'Show the output in solid colours' }).isChecked());
  await r.getByLabel('Test points each class gets right').getByText('Class 3').waitFor();
  assert.equal((await linkState(again))['nn-w'], weights, 'the same weights');
  assertNoProblems(page);
  assertNoProblems(again);
  await page.context().close();
  await again.context().close();
});

test("the Dale's-law prediction in section 4 trains both networks and says what the law cost", async () => {
  const page = await site.open();
  const group = page.getByRole('group', { name: /^Predict, then run it\. The default network \(4 and 2 tanh units\)/ });
  await group.scrollIntoViewIfNeeded();
  await group.getByRole('radio', { name: 'It cannot learn the circle at all', exact: true }).check();
  await group.getByRole('button', { name: 'Run it' }).click();
  const status = group.getByRole('status');
  await eventually(async () => assert.match(await status.textContent(), /You predicted/), 20000);
  const text = await status.textContent();
  assert.match(text, /what happened is “It learns, but less well”/);
  const m = text.match(/the free network reached (\d+)% test accuracy and the one under Dale's law (\d+)%/);
  assert.ok(m, text);
  const [free, bound] = [Number(m[1]), Number(m[2])];
  assert.ok(free > bound + 2 && bound >= 65, `free ${free}%, under the law ${bound}%`);
  // The widget now shows the network under the law, trained, with the same figure (once it is
  // seen: a widget out of view updates its readouts when it comes back).
  const nn = layers(page);
  await nn.evaluate((r) => r.scrollIntoView({ block: 'start' }));
  await openMore(nn);
  assert.ok(await nn.getByRole('checkbox', { name: 'Each hidden unit excitatory or inhibitory' }).isChecked());
  await eventually(async () => assert.equal(await percent(nn.getByLabel('Test accuracy')), bound));
  assertNoProblems(page);
  await page.context().close();
});

test('an embedded layers widget opens a shared 6-layer, 3-class network under Dale\'s law', async () => {
  const hash = '#v=1&nn-d=blobs3&nn-h=8,8,8,8,8,8&nn-f=x1,x2,x1x2&nn-dale=0.2&nn-tr=50';
  const page = await site.open();
  await page.goto(`${page.url().split('#')[0].split('?')[0]}?embed=layers${hash}`);
  const nn = layers(page);
  await nn.getByRole('button', { name: /^Unit h6\.8/ }).waitFor();
  assert.equal(await nn.getByRole('button', { name: /\(inhibitory\)/ }).count(), 12, 'two of each layer of eight');
  assert.equal(await nn.getByRole('combobox', { name: 'Data set' }).inputValue(), 'blobs3');
  await openMore(nn);
  assert.ok(await nn.getByRole('checkbox', { name: 'x₁x₂' }).isChecked());
  await nn.getByLabel('Test points each class gets right').getByText('Class 2').waitFor();
  const text = await (await seePlot(page.getByRole('img', { name: 'Network output over the plane' })))
    .evaluate((c) => document.getElementById(c.getAttribute('aria-describedby')).textContent);
  assert.match(text, /Class 0: .*Class 2: .* test points: 60,/);
  assert.deepEqual(await axeViolations(page), []);
  assertNoProblems(page);
  await page.context().close();
});
