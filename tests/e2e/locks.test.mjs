// A teacher's link locks groups of controls (`?lock=`): a locked value must not change by any
// path. For each of the fourteen groups, a page opened with that group locked (and a state of
// known values) is tried every way a learner could change the group's values: its controls by
// pointer and keyboard, the Tab key, pointer drags and clicks on the widget's plots, other
// buttons that would rewrite those values (presets, resets, training, a prediction's "Run it"),
// an edited URL fragment, and a settings file loaded through "Import settings (JSON)". Then the
// values the page shows and those in its URL must be as they were. Besides: a hidden group's
// challenges are left out and words that name its controls adapt (`?hide=`), and a prediction
// whose run would change a locked value is left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, eventually, fieldValue, readNumber, seePlot, useSite } from './helpers.mjs';
import { openPage } from './browser.mjs';

const site = useSite();

/** Every widget with controls, by its region's name. */
const WIDGETS = {
  neuron: 'Record a biological neuron',
  explorer: 'Build an artificial neuron',
  boundary: 'Draw a boundary, then let the neuron learn',
  layers: 'Stack neurons in layers',
  dendrite: 'One neuron that computes XOR',
  scale: 'Scale: brains and networks',
};
const region = (page, id) => page.getByRole('region', { name: WIDGETS[id], exact: true });

/** Known values in every widget, with "More settings" open wherever there are some. */
const STATE =
  'v=1&x=0.25,0.3,0.8,0.7&w=0.4,1.75,0.9,-1.3&b=-0.45&f=tanh' +
  '&bd-w=1.5,-0.75&bd-b=0.25&bd-r=squared&bd-f=linear&bd-lr=0.03&bd-n=0.2&bd-s=1&bd-p=0&bd-d=xor' +
  '&nn-h=3&nn-fh=relu&nn-fo=sigmoid&nn-loss=ce&nn-rule=fa&nn-lr=0.1&nn-l2=0&nn-bs=5&nn-d=xor&nn-n=0.2&nn-s=1' +
  '&nn-w=-0.696066,-0.575994,0.344724,0.744231,1.033677,-0.9439,0,0,0,-0.148602,-0.975955,-0.025029,0' +
  '&bl-m=lif&bl-st=train&bl-a=25&bl-w=1&bl-i=12&bl-n=0&bl-s=1' +
  '&dd-k=sigmoid&dd-th=1.5&dd-tau=3&dd-s=2.5&dd-p=3&more=neuron,boundary,layers';

/** Polls `check` long enough for the lesson's later sections to be built on a busy machine. */
const settled = (check) => eventually(check, 15000);

/** The value of a menu (its chosen option's value). */
const menu = (scope, name) => scope.getByRole('combobox', { name, exact: true }).inputValue();
/** The text of a readout (`<dt>` name, `<dd>` text) in `scope`. */
const readout = (scope, name) =>
  scope.locator('dl.readouts > div').filter({ has: scope.page().getByText(name, { exact: true }) }).locator('dd').first().textContent();

/** The URL fragment's pairs. */
const fragment = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.slice(1))));
/** `pairs` as a fragment, written as the page writes it (commas unescaped). */
const asFragment = (pairs) => new URLSearchParams(pairs).toString().replaceAll('%2C', ',');
const pick = (pairs, keys) => Object.fromEntries(keys.map((k) => [k, pairs[k]]));

/** The plane point (x1, x2) of the boundary's plane in page coordinates, for the mouse. */
async function planePoint(page, x1, x2) {
  const canvas = await seePlot(region(page, 'boundary').getByRole('img', { name: /^Decision plane/ }));
  const box = await canvas.boundingBox();
  const [x0, xr, y0, yr] = (await canvas.getAttribute('data-plot-rect')).split(',').map(Number);
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  return { x: box.x + (x0 + ((x1 + 0.5) / 2) * (xr - x0)) / ratio, y: box.y + (y0 + ((1.5 - x2) / 2) * (yr - y0)) / ratio };
}

async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

/** Runs every prediction whose question matches `question`, if the page shows it. */
async function runPredictions(page, questions) {
  for (const question of questions) {
    const sets = page.locator('fieldset.prediction').filter({ hasText: question });
    for (let i = 0; i < (await sets.count()); i++) {
      const set = sets.nth(i);
      await set.scrollIntoViewIfNeeded();
      await set.getByRole('radio').first().check();
      await set.getByRole('button', { name: 'Run it' }).click();
      await set.locator('.predict-result').filter({ hasText: /./ }).waitFor();
    }
  }
}

/** The boundary's line with the state's weights (1.5, −0.75), bias 0.25 and the linear
 * activation (level 0.5) passes through (1/6, 0); its arrow's head is 0.6·w from the point of
 * the line nearest the plane's centre. */
const LINE = [1 / 6, 0];
const arrowHead = () => {
  const [w1, w2, b, level, c] = [1.5, -0.75, 0.25, 0.5, 0.5];
  const t = (w1 * c + w2 * c + b - level) / (w1 * w1 + w2 * w2);
  return [c - t * w1 + 0.6 * w1, c - t * w2 + 0.6 * w2];
};

/** The boundary's training buttons (each changes the weights). */
const TRAINING = [['button', 'Train'], ['button', 'One epoch'], ['button', 'One example'], ['button', 'Reset weights']];

/**
 * Each group: its widget; its controls (role and accessible name; 'text' for a summary); the
 * values to compare (`shown`, read from the page) and the URL keys; values for those keys that
 * an edited link and a settings file try (`other`); an unlocked change applied at the same time,
 * to wait for (`free`: a key, two values, and how the page shows it); other paths (`paths`);
 * and the questions of the predictions whose run would change the group's values.
 */
const GROUPS = {
  'ex-inputs': {
    widget: 'explorer',
    controls: [['slider', 'Input x1'], ['slider', 'Weight w4'], ['slider', 'Bias b'], ['button', 'Remove input x2'],
      // The toolbar's buttons rewrite the inputs too.
      ['button', 'Add input'], ['button', 'Example from the text'], ['button', 'Reset']],
    keys: ['x', 'w', 'b'],
    other: { x: '0.5,0.3,0.8', w: '0.4,-0.2,0.9', b: '0.1' },
    free: ['f', ['relu', 'sigmoid'], (r) => menu(r, 'Activation function')],
    async shown(r) {
      const rows = await r.locator('.input-row').count();
      const values = [rows];
      for (let i = 1; i <= rows; i++) values.push(await fieldValue(r, `Input x${i} value`), await fieldValue(r, `Weight w${i} value`));
      return [...values, await fieldValue(r, 'Bias b value')];
    },
    predictions: [/double every weight and the bias/],
  },
  'ex-toolbar': {
    widget: 'explorer',
    controls: [['combobox', 'Activation function'], ['button', 'Add input'], ['button', 'Example from the text'], ['button', 'Reset']],
    keys: ['f'],
    other: { f: 'relu' },
    free: ['b', ['0.77', '-0.3'], (r) => fieldValue(r, 'Bias b value').then(String)],
    shown: async (r) => [await menu(r, 'Activation function'), await r.locator('.input-row').count()],
    predictions: [/double every weight and the bias/],
  },
  'bd-weights': {
    widget: 'boundary',
    controls: [['slider', 'Weight w1'], ['slider', 'Weight w2'], ['slider', 'Bias b'],
      // Locked with the weights: training changes them, and the product feature adds one.
      ...TRAINING, ['checkbox', 'Add the feature x₁·x₂ as a third input']],
    keys: ['bd-w', 'bd-b', 'bd-p'],
    other: { 'bd-w': '2,-1,0.5', 'bd-b': '-0.3', 'bd-p': '1' },
    free: ['bd-lr', ['3', '0.3'], (r) => menu(r, 'Learning rate')],
    shown: async (r) => [await fieldValue(r, 'Weight w1 value'), await fieldValue(r, 'Weight w2 value'), await fieldValue(r, 'Bias b value'),
      await r.getByRole('slider', { name: /^Weight w/ }).count()],
    async paths(page, r) {
      // Drag the line, then the arrow's head.
      await drag(page, await planePoint(page, ...LINE), await planePoint(page, 0.6, 0.2));
      const head = arrowHead();
      await drag(page, await planePoint(page, ...head), await planePoint(page, head[0] - 0.4, head[1] + 0.5));
      // Another data set leaves the weights alone.
      await r.getByRole('combobox', { name: 'Data set', exact: true }).selectOption('or');
    },
    predictions: [/Give one neuron the XOR data/, /Give one the OR data/],
  },
  'bd-learning': {
    widget: 'boundary',
    controls: [['combobox', 'Learning rule'], ['combobox', 'Learning rate'], ['combobox', 'Activation']],
    keys: ['bd-r', 'bd-f', 'bd-lr'],
    other: { 'bd-r': 'perceptron', 'bd-f': 'step', 'bd-lr': '3' },
    free: ['bd-b', ['0.6', '-0.2'], (r) => fieldValue(r, 'Bias b value').then(String)],
    shown: async (r) => [await menu(r, 'Learning rule'), await menu(r, 'Learning rate'), await menu(r, 'Activation')],
    async paths(page, r) {
      // Training and another data set leave the learning settings alone.
      await r.getByRole('button', { name: 'One epoch', exact: true }).click();
      await r.getByRole('combobox', { name: 'Data set', exact: true }).selectOption('and');
    },
    predictions: [/Give one the OR data/],
  },
  'bd-training': {
    widget: 'boundary',
    controls: TRAINING,
    keys: [],
    other: {},
    free: ['bd-lr', ['3', '0.3'], (r) => menu(r, 'Learning rate')],
    // Nothing trains: no epoch, the weights as they were.
    shown: async (r) => [await readout(r, 'Epoch'), await fieldValue(r, 'Weight w1 value'), await fieldValue(r, 'Weight w2 value'),
      await fieldValue(r, 'Bias b value')],
    urlKeys: ['bd-w', 'bd-b'],
    predictions: [/Give one neuron the XOR data/, /Give one the OR data/],
  },
  'bd-data': {
    widget: 'boundary',
    controls: [['combobox', 'Data set'], ['checkbox', 'Add the feature x₁·x₂ as a third input'], ['textbox', 'Seed'], ['button', 'New seed'],
      ['button', 'Clear all points'], ['radio', 'class 0 (vermillion square)']],
    keys: ['bd-d', 'bd-pts', 'bd-n', 'bd-s', 'bd-p'],
    other: { 'bd-d': 'custom', 'bd-pts': '0.1,0.2,1,0.9,0.8,0', 'bd-n': '0.5', 'bd-s': '7', 'bd-p': '1' },
    free: ['bd-lr', ['3', '0.3'], (r) => menu(r, 'Learning rate')],
    shown: async (r) => [await menu(r, 'Data set'), await r.getByRole('checkbox', { name: 'Add the feature x₁·x₂ as a third input' }).isChecked(),
      readNumber(await r.getByRole('textbox', { name: 'Seed', exact: true }).inputValue()),
      (await r.getByLabel('Points classified correctly').textContent()).trim().split(' of ')[1]],
    async paths(page) {
      // A click on empty plane would add a point.
      const empty = await planePoint(page, -0.3, 1.3);
      await page.mouse.click(empty.x, empty.y);
    },
    predictions: [/Give one neuron the XOR data/, /Give one the OR data/],
  },
  'nn-settings': {
    widget: 'layers',
    controls: [['combobox', 'Data set'], ['combobox', 'Hidden layers'], ['combobox', 'Hidden activation'], ['combobox', 'Learning rate'],
      ['combobox', 'Learning rule'], ['combobox', 'Output activation'], ['combobox', 'Loss'], ['combobox', 'Batch size'],
      ['combobox', 'Regularisation rate']],
    keys: ['nn-d', 'nn-n', 'nn-s', 'nn-h', 'nn-fh', 'nn-fo', 'nn-loss', 'nn-rule', 'nn-lr', 'nn-l2', 'nn-bs'],
    other: { 'nn-d': 'circle', 'nn-h': '4,2', 'nn-fh': 'linear', 'nn-fo': 'linear', 'nn-loss': 'se', 'nn-rule': 'bp', 'nn-lr': '0.3', 'nn-l2': '0.001', 'nn-bs': '10' },
    free: ['b', ['0.77', '-0.3'], (r) => fieldValue(region(r.page(), 'explorer'), 'Bias b value').then(String)],
    shown: async (r) => Promise.all(['Data set', 'Hidden layers', 'Hidden activation', 'Learning rate', 'Learning rule', 'Output activation', 'Loss',
      'Batch size', 'Regularisation rate'].map((name) => menu(r, name))),
    async paths(page, r) {
      // "Make every activation linear" would change the activations: it is not offered.
      const linear = r.getByRole('button', { name: 'Make every activation linear' });
      if (await linear.count()) await linear.click();
      assert.equal(await linear.count(), 0, 'no button to make every activation linear');
      // Training leaves the settings alone.
      await r.getByRole('button', { name: 'One epoch', exact: true }).click();
    },
    predictions: [/One hidden layer of eight units/],
  },
  'nn-units': {
    widget: 'layers',
    // The number of layers changes the unit counts too: its menu is disabled.
    controls: [['slider', 'Units in hidden layer 1'], ['combobox', 'Hidden layers']],
    keys: ['nn-h'],
    other: { 'nn-h': '5,3' },
    free: ['nn-lr', ['0.3', '1'], (r) => menu(r, 'Learning rate')],
    shown: async (r) => [await fieldValue(r, 'Units in hidden layer 1 value'), await menu(r, 'Hidden layers')],
    predictions: [/One hidden layer of eight units/],
  },
  'nn-training': {
    widget: 'layers',
    controls: [['button', 'Train'], ['button', 'One epoch'], ['button', 'Reset']],
    keys: [],
    other: {},
    free: ['nn-lr', ['0.3', '1'], (r) => menu(r, 'Learning rate')],
    shown: async (r) => [await readout(r, 'Epoch')],
    // Nothing trains the weights.
    urlKeys: ['nn-w'],
    predictions: [/One hidden layer of eight units/],
  },
  'bl-stimulus': {
    widget: 'neuron',
    controls: [['combobox', 'Neuron model'], ['combobox', 'Stimulus'], ['slider', 'Amplitude (nA)'], ['slider', 'Pulse width (ms)'],
      ['slider', 'Interval (ms)'], ['slider', 'Noise (nA)']],
    keys: ['bl-m', 'bl-st', 'bl-a', 'bl-w', 'bl-i', 'bl-n', 'bl-s'],
    other: { 'bl-m': 'hh', 'bl-st': 'pulse', 'bl-a': '10', 'bl-w': '2', 'bl-i': '20', 'bl-n': '0.5', 'bl-s': '4' },
    free: ['b', ['0.77', '-0.3'], (r) => fieldValue(region(r.page(), 'explorer'), 'Bias b value').then(String)],
    shown: async (r) => [await menu(r, 'Neuron model'), await menu(r, 'Stimulus'), await fieldValue(r, 'Amplitude (nA) value'),
      await fieldValue(r, 'Pulse width (ms) value'), await fieldValue(r, 'Interval (ms) value'), await fieldValue(r, 'Noise (nA) value')],
    predictions: [/Double the pulse/],
  },
  'bl-playback': {
    widget: 'neuron',
    controls: [['button', 'Play'], ['button', 'Back 1 ms'], ['button', 'Step 1 ms'], ['button', 'New sweep'], ['slider', 'Time (ms)']],
    keys: [],
    other: {},
    free: ['bl-a', ['30', '20'], (r) => fieldValue(r, 'Amplitude (nA) value').then(String)],
    // The playhead, and the sweep shown (its spikes in the readout's description of the trace).
    shown: async (r) => [await fieldValue(r, 'Time (ms) value'), await r.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')],
    predictions: [],
  },
  'dd-kind': {
    widget: 'dendrite',
    controls: [['combobox', 'Dendrite']],
    keys: ['dd-k'],
    other: { 'dd-k': 'dcaap' },
    free: ['dd-s', ['1.25', '0.75'], (r) => fieldValue(r, 'Strength s (nA) value').then(String)],
    shown: async (r) => [await menu(r, 'Dendrite')],
    predictions: [/Make both inputs active/],
  },
  'dd-sliders': {
    widget: 'dendrite',
    controls: [['slider', 'Strength s (nA)'], ['slider', 'Threshold θ (nA)'], ['slider', 'Decay τ (nA)']],
    keys: ['dd-s', 'dd-th', 'dd-tau'],
    other: { 'dd-s': '1', 'dd-th': '0.5', 'dd-tau': '1' },
    free: ['dd-k', ['dcaap', 'sigmoid'], (r) => menu(r, 'Dendrite')],
    shown: async (r) => [await fieldValue(r, 'Strength s (nA) value'), await fieldValue(r, 'Threshold θ (nA) value'), await fieldValue(r, 'Decay τ (nA) value')],
    async paths(page, r) {
      // Another pattern's traces leave the parameters alone.
      await r.getByRole('button', { name: /x₁ = 1, x₂ = 0, show its traces$/ }).click();
    },
    predictions: [/Make both inputs active/],
  },
  'sc-sources': {
    widget: 'scale',
    controls: [['text', 'Sources']],
    keys: [],
    other: {},
    free: ['b', ['0.77', '-0.3'], (r) => fieldValue(region(r.page(), 'explorer'), 'Bias b value').then(String)],
    shown: async (r) => [await r.locator('details').filter({ has: r.page().getByText('Sources', { exact: true }) }).evaluate((d) => d.open)],
    predictions: [],
  },
};

/** A control of `r` by role and name ('text' for a disclosure's summary). */
const control = (r, [role, name]) => (role === 'text' ? r.getByText(name, { exact: true }) : r.getByRole(role, { name, exact: true }));

/** Whether the element can be neither pointed at nor reached by keyboard: inert, or disabled. */
const held = (el) => el.evaluate((e) => e.closest('[inert]') !== null || e.disabled === true);

/** Tries a control by pointer and by keyboard, as a learner would. */
async function tryControl(page, el) {
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  if (box) {
    // A click, and a drag along it (a slider's thumb, a menu's list).
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    await drag(page, { x: box.x + 2, y: box.y + box.height / 2 }, { x: box.x + box.width - 2, y: box.y + box.height / 2 });
  }
  // The keyboard: it cannot even take the focus.
  const focused = await el.evaluate((e) => {
    document.activeElement?.blur();
    e.focus();
    return document.activeElement === e;
  });
  assert.equal(focused, false, 'a locked control takes no focus');
  for (const key of ['ArrowRight', 'ArrowUp', 'End', 'Enter', ' ']) await page.keyboard.press(key);
}

/** Tabs through the widget from its first control: focus never lands on a control of `key`. */
async function tabThrough(page, r, key) {
  const count = await r.evaluate((w) => w.querySelectorAll('a, button, input, select, textarea, summary, [tabindex]').length);
  await r.evaluate((w) => {
    document.activeElement?.blur();
    w.querySelector('button, input, select, summary, a')?.focus();
  });
  for (let i = 0; i < count + 2; i++) {
    const where = await page.evaluate((k) => {
      const a = document.activeElement;
      return { inWidget: a?.closest('section.widget') !== null, inGroup: a?.closest(`[data-group="${k}"]`) !== null || a?.disabled === true };
    }, key);
    if (!where.inWidget) break;
    assert.equal(where.inGroup, false, `Tab reached a control of ${key}`);
    await page.keyboard.press('Tab');
  }
}

/** What the group's values are, on the page and in the URL. */
async function values(page, spec) {
  const r = region(page, spec.widget);
  return { shown: await spec.shown(r), url: pick(await fragment(page), [...spec.keys, ...(spec.urlKeys ?? [])]) };
}

/** Applies a state with the group's other values and an unlocked change, and waits until the page
 * has applied it (the unlocked change shows); `how` is 'link' or 'file'. */
async function applyOther(page, spec, how, free) {
  const [key, , shows] = spec.free;
  const pairs = { ...(await fragment(page)), ...spec.other, [key]: free };
  const state = asFragment(pairs);
  if (how === 'link') {
    await page.evaluate((h) => {
      location.hash = h;
    }, state);
  } else {
    const file = JSON.stringify({ format: 'neuron-lab', version: 1, state });
    await page.getByLabel('Import settings (JSON)').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByText('Settings loaded.').waitFor();
  }
  const r = region(page, spec.widget);
  await settled(async () => {
    const shown = await shows(r);
    assert.ok(shown === free || Number(shown) === Number(free), `the unlocked change (${key}=${free}) is applied: ${shown}`);
  });
}

const KEPT = 'Locked settings were kept: the link that opened this page locks them.';

for (const [key, spec] of Object.entries(GROUPS)) {
  test(`a locked ${key} holds its values against every path`, async () => {
    const page = await openPage(site.browser, site.site.url);
    await page.goto(`${site.site.url}?lock=${key}#${STATE}`);
    const r = region(page, spec.widget);
    // The page is built and locked.
    await settled(async () => assert.ok(await held(control(r, spec.controls[0])), `${spec.controls[0][1]} is locked`));
    // In view, with its readouts written (text out of view is written when the page is idle).
    await r.scrollIntoViewIfNeeded();
    await settled(async () => assert.ok((await spec.shown(r)).every((v) => v !== '' && v !== null), 'the values are shown'));
    const before = await values(page, spec);

    // Its controls: locked (inert or disabled), by pointer and keyboard.
    for (const c of spec.controls) {
      const el = control(r, c);
      assert.equal(await el.count(), 1, `${c[1]} is on the page`);
      assert.ok(await held(el), `${c[1]} is locked`);
      await tryControl(page, el);
    }
    await tabThrough(page, r, key);
    // Pointer on the widget's plots.
    const canvases = r.locator('canvas:visible');
    for (let i = 0; i < (await canvases.count()); i++) {
      const box = await canvases.nth(i).boundingBox();
      if (!box || box.width < 20) continue;
      await canvases.nth(i).scrollIntoViewIfNeeded();
      const b = await canvases.nth(i).boundingBox();
      await drag(page, { x: b.x + b.width * 0.3, y: b.y + b.height * 0.5 }, { x: b.x + b.width * 0.7, y: b.y + b.height * 0.3 });
      await page.mouse.click(b.x + b.width * 0.15, b.y + b.height * 0.15);
    }
    // Other buttons and pointer paths of this group.
    await spec.paths?.(page, r);
    // The predictions whose run would change the group's values (run, should one be there).
    await runPredictions(page, spec.predictions);

    assert.deepEqual(await values(page, spec), before, `${key}: the values hold against the controls, plots, buttons and predictions`);

    // An edited link, then a settings file: both with other values for the group (and an
    // unlocked change, applied). A notice says that the locked values were kept.
    for (const [how, free] of [['link', spec.free[1][0]], ['file', spec.free[1][1]]]) {
      await applyOther(page, spec, how, free);
      await settled(async () => assert.deepEqual((await values(page, spec)).url, before.url, `after the ${how}, the URL keeps the locked values`));
      assert.equal(await page.getByText(KEPT).count(), spec.keys.length ? 1 : 0, `after the ${how}, the notice`);
    }

    const after = await values(page, spec);
    assert.deepEqual(after, before, `${key}: the locked values are as they were`);
    for (const question of spec.predictions) {
      assert.equal(await page.locator('fieldset.prediction').filter({ hasText: question }).count(), 0, `no prediction ${question}`);
    }
    assertNoProblems(page);
    await page.context().close();
  });
}

test('locking the weights locks the boundary\'s training buttons and the product feature too', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?embed=boundary&lock=bd-weights#${STATE}`);
  const r = region(page, 'boundary');
  for (const c of [...TRAINING, ['checkbox', 'Add the feature x₁·x₂ as a third input']]) {
    await settled(async () => assert.ok(await held(control(r, c)), `${c[1]} is locked`));
  }
  // The rest of the data and learning still works.
  await r.getByRole('combobox', { name: 'Learning rate', exact: true }).selectOption('3');
  await settled(async () => assert.equal((await fragment(page))['bd-lr'], '3'));
  // The plane's hint no longer offers the drag, the lede no longer Train.
  assert.equal(await r.getByText('Click to add a point, or on a point to remove it.').count(), 1);
  assert.match(await r.locator('.lede').textContent(), /one class on each side\.$/);
  assertNoProblems(page);
  await page.context().close();
});

test('?hide=bd-training leaves out "Blow it up" and the words that name Train', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?hide=bd-training#v=1`);
  const r = region(page, 'boundary');
  await r.getByRole('heading', { name: 'Challenges' }).waitFor();
  await settled(async () => assert.equal(await r.getByRole('button', { name: 'Train', exact: true }).isVisible(), false));
  // Its challenges without the one that needs Train.
  const titles = () => r.getByRole('article').evaluateAll((cards) => cards.map((c) => c.querySelector('h5').childNodes[1].textContent.trim()));
  assert.deepEqual(await titles(), ['Separate AND by hand', 'One neuron, XOR']);
  // The lede says to drag the line, not to press Train.
  const lede = await r.locator('.lede').textContent();
  assert.doesNotMatch(lede, /Train/);
  assert.match(lede, /Drag it and watch the points change sides\./);
  // Off the AND data, the AND challenge says how to set it up without naming "Reset weights".
  await r.getByRole('combobox', { name: 'Data set', exact: true }).selectOption('xor');
  const and = r.getByRole('article', { name: /^Separate AND by hand/ }).locator('.challenge-near');
  // (Its words follow the state while they are on screen.)
  await and.scrollIntoViewIfNeeded();
  await settled(async () => assert.equal((await and.textContent()).trim(),
    'Set up: the AND data, no product input, and no training since (choosing the AND data again clears it).'));
  assertNoProblems(page);

  // Unhidden, all three, and the words that name Train.
  await page.goto(`${site.site.url}#v=1&bd-d=xor`);
  await r.getByRole('heading', { name: 'Challenges' }).waitFor();
  assert.deepEqual(await titles(), ['Separate AND by hand', 'One neuron, XOR', 'Blow it up, then recover']);
  assert.match(await r.locator('.lede').textContent(), /press Train/);
  await and.scrollIntoViewIfNeeded();
  await settled(async () => assert.match((await and.textContent()).trim(), /\(Reset weights clears it\)\.$/));
  await page.context().close();
});

test('a run that blows up under locked learning settings does not send the learner to the learning rate', async () => {
  // The teacher's setting: a run that diverges (set up through the page, then shared).
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}#v=1`);
  const r = region(page, 'boundary');
  await r.getByRole('combobox', { name: 'Learning rule', exact: true }).selectOption({ label: 'Gradient descent, squared error' });
  await r.getByRole('combobox', { name: 'Learning rate', exact: true }).selectOption('30');
  await r.getByText('More settings', { exact: true }).click();
  await r.getByRole('combobox', { name: 'Activation', exact: true }).selectOption({ label: 'Linear (none)' });
  // The URL is written at a human rate: wait until it holds all three settings.
  await settled(async () => assert.deepEqual(pick(await fragment(page), ['bd-r', 'bd-lr', 'bd-f']), { 'bd-r': 'squared', 'bd-lr': '30', 'bd-f': 'linear' }));
  const hash = await page.evaluate(() => location.hash);
  for (const [query, remedy] of [
    ['', /Lower the learning rate, or go back to the weights this run started from\.$/],
    ['?lock=bd-learning', /the weights shown are the last finite ones\. Go back to the weights this run started from\.$/],
  ]) {
    // A new page each time (a change of fragment alone would not reload it).
    await page.goto('about:blank');
    await page.goto(`${site.site.url}${query}${hash}`);
    await settled(async () => assert.equal(await menu(r, 'Learning rate'), '30'));
    await settled(async () => assert.equal(await menu(r, 'Activation'), 'linear'));
    await r.getByRole('button', { name: 'Train', exact: true }).click();
    const said = r.getByText(/The weights blew up: this learning rate is too large for this loss/);
    await said.waitFor({ timeout: 10000 });
    assert.match((await said.textContent()).trim(), remedy, query || 'unlocked');
  }
  assertNoProblems(page);
  await page.context().close();
});

test('the progress panel leaves out the challenges a link hides or locks', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?hide=bd-training&lock=dd-sliders#v=1`);
  await region(page, 'boundary').waitFor();
  // "Blow it up" (Train hidden) and "Turn XOR into AND" (its sliders locked) are not counted.
  await settled(async () => assert.match(await page.locator('.progress-panel summary').textContent(), / of 11 challenges/));
  await page.locator('.progress-panel summary').click();
  const listed = await page.locator('.progress-challenges li').allTextContents();
  assert.equal(listed.length, 11);
  assert.ok(!listed.some((t) => /Blow it up|Turn XOR into AND/.test(t)), listed.join(' | '));
  await page.context().close();
});

test('?lock= leaves out a prediction whose run would change a locked value, and keeps the others', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?lock=bd-learning#v=1`);
  await region(page, 'dendrite').waitFor();
  const prediction = (question) => page.locator('fieldset.prediction').filter({ hasText: question });
  // The XOR run trains with the rule as it is; Rosenblatt's run sets the perceptron rule.
  await settled(async () => assert.equal(await prediction(/Give one neuron the XOR data/).count(), 1));
  assert.equal(await prediction(/Give one the OR data/).count(), 0);
  // Without the lock both are there.
  await page.goto(`${site.site.url}#v=1`);
  await settled(async () => assert.equal(await prediction(/Give one the OR data/).count(), 1));
  assert.equal(await prediction(/Give one neuron the XOR data/).count(), 1);
  assertNoProblems(page);
  await page.context().close();
});
