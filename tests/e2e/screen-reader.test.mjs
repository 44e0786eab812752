// A blind learner can do every task. These tests use the keyboard only and read only what a
// screen reader reads: the accessibility tree (through the DevTools protocol) and what the live
// regions say (every change of a polite or assertive region, a status, an alert or an
// <output>, recorded from the page's first script on). The rule they check is in
// docs/implementation-notes.md, "What a widget says": outcomes, once per action, never per
// frame.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, boundary, explorer, injectAxe, useSite } from './helpers.mjs';

const site = useSite();

/** Init script: records in `window.__said` each text a live region says, in order. */
function recordAnnouncements() {
  const said = (window.__said = []);
  const region = (node) => {
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
      const live = n.getAttribute('aria-live');
      if (live === 'off') return null;
      if (live === 'polite' || live === 'assertive') return n;
      const role = n.getAttribute('role');
      if (role === 'status' || role === 'alert' || role === 'log' || n.tagName === 'OUTPUT') return n;
    }
    return null;
  };
  new MutationObserver((records) => {
    const changed = new Set();
    for (const r of records) {
      const found = region(r.target.nodeType === 1 ? r.target : r.target.parentElement);
      if (found) changed.add(found);
    }
    for (const r of changed) {
      const text = r.textContent.trim();
      // A solved challenge is news of its own, said once per challenge (the challenge cards'
      // status): kept apart, so that each action's outcome can be counted.
      if (/^Challenge solved:/.test(text)) (window.__solved ??= []).push(text);
      else if (text) said.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Forgets what was said so far (the page's own start). */
const forget = (page) => page.evaluate(() => { window.__said.length = 0; });
/** Waits until `n` things have been said in all, and returns them. */
async function heard(page, n) {
  await page.waitForFunction((n) => window.__said.length >= n, n);
  return page.evaluate(() => [...window.__said]);
}

/** The accessibility tree's nodes (not ignored), as [role, name]. */
async function tree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => [n.role?.value, n.name?.value ?? '']);
}

test('at load, every heading and the whole concept check are in the accessibility tree', async () => {
  const page = await site.open();
  await page.locator('#s6').waitFor({ state: 'attached' });
  const nodes = await tree(page);
  const headings = nodes.filter(([role]) => role === 'heading').map(([, name]) => name);
  const inDom = await page.evaluate(() =>
    // What a sighted reader can open to: not inside a closed disclosure. (Content that
    // `content-visibility: auto` skips off screen counts as shown: checkVisibility's default.)
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.checkVisibility())
      .map((h) => [h.tagName, h.textContent.replace(/\s+/g, ' ').trim()]));
  assert.ok(inDom.length > 50, `${inDom.length} headings on the page`);
  assert.equal(headings.length, inDom.length, 'as many headings in the tree as on the page');
  // Every section's and widget's heading by name (a card's heading has hidden parts in its name).
  for (const [tag, h] of inDom.filter(([tag]) => tag === 'H2' || tag === 'H3')) {
    assert.ok(headings.some((name) => name.replace(/\s+/g, ' ').trim() === h), `${tag} "${h}" is in the tree`);
  }
  // Moving by heading from the top reaches the concept check, and its radios are there.
  const at = headings.indexOf('7. Check your understanding');
  assert.ok(at > 0, 'the concept check is reached by heading');
  const radios = nodes.filter(([role]) => role === 'radio').length;
  const radiosInDom = await page.locator('input[type=radio]').evaluateAll((all) => all.filter((r) => r.checkVisibility()).length);
  assert.ok(radios >= radiosInDom && radiosInDom >= 30, `${radios} radios in the tree, ${radiosInDom} shown`);
  assertNoProblems(page);
  await page.context().close();
});

test('nothing is said at load, however long the page is left alone', async () => {
  const page = await site.open('', { init: recordAnnouncements });
  await page.locator('#s6').waitFor({ state: 'attached' });
  // Until the browser is idle (every widget built, every description filled in), then two
  // frames more: the announcers would have spoken by then.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(r)), { timeout: 5000 })));
  // Only the page's own "Loading…" status, before the app is there; no widget speaks.
  assert.deepEqual(await page.evaluate(() => window.__said.filter((s) => s !== 'Loading Neuron Lab…')), []);
  assertNoProblems(page);
  await page.context().close();
});

test('the explorer says one thing per key press: the weighted sum and the output', async () => {
  const page = await site.open('', { init: recordAnnouncements });
  const slider = explorer(page).getByRole('slider', { name: 'Weight w1', exact: true });
  await slider.focus();
  await forget(page);
  for (let i = 1; i <= 8; i++) {
    await page.keyboard.press(i % 3 ? 'ArrowRight' : 'ArrowLeft');
    const said = await heard(page, i);
    // Any other region changing with the key would have spoken before the announcer (which
    // waits for the learner to pause), so exactly i things said means one per key.
    assert.equal(said.length, i, `after key ${i}: ${JSON.stringify(said)}`);
    assert.match(said[i - 1], /z = −?\d/);
  }
  assertNoProblems(page);
  await page.context().close();
});

test('the Hodgkin-Huxley threshold for a 1 ms pulse can be found by ear', async () => {
  const page = await site.open('', { init: recordAnnouncements });
  const lab = page.getByRole('region', { name: 'Record a biological neuron' });
  const slider = lab.getByRole('slider', { name: 'Amplitude (µA/cm²)' });
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  await forget(page);
  // Down from the default, one step at a time, listening: it fires until it does not.
  let fired = null;
  for (let i = 1; i <= 30; i++) {
    await page.keyboard.press('ArrowLeft');
    const said = (await heard(page, i))[i - 1];
    const amplitude = Number((await slider.getAttribute('aria-valuetext')).replace('−', '-'));
    if (/^no spike/.test(said)) {
      assert.ok(fired !== null, 'it fired at the start');
      assert.match(said, /the membrane rose to −\d+\.\d mV/, 'the silent answer says how high it got');
      // The threshold lies between this amplitude and the last one that fired, 0.5 apart.
      assert.equal(fired - amplitude, 0.5);
      assert.ok(fired > 2 && fired < 10, `threshold near ${fired} µA/cm²`);
      assertNoProblems(page);
      await page.context().close();
      return;
    }
    assert.match(said, /^1 spike at \d+\.\d ms, peaking at \d+\.\d mV$/, said);
    fired = amplitude;
  }
  assert.fail('never stopped firing');
});

test('"Separate AND by hand" can be followed by ear', async () => {
  // AND with the step function and a line that puts every point in class 0: three of four right.
  const page = await site.open('#v=1&bd-d=and&bd-r=perceptron&bd-f=step&bd-w=0,0&bd-b=-0.5', { init: recordAnnouncements });
  const bd = boundary(page);
  await bd.scrollIntoViewIfNeeded();
  await forget(page);
  const type = async (name, value) => {
    const field = bd.getByRole('textbox', { name: `${name} value`, exact: true });
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  };
  const hear = (...texts) => page.waitForFunction((ts) => ts.some((t) => window.__said.includes(t)), texts);
  // Each step is said with the points still wrong, as a learner needs to find the line by ear.
  await type('Weight w1', '1');
  await hear('3 of 4 points right; wrong: (1, 0).');
  await type('Weight w2', '1');
  await hear('2 of 4 points right; wrong: (0, 1), (1, 0).', '2 of 4 points right; wrong: (1, 0), (0, 1).');
  await type('Bias b', '-1.5');
  await hear('4 of 4 points right.');
  await page.waitForFunction(() => (window.__solved ?? []).some((s) => /^Challenge solved: Separate AND by hand/.test(s)));
  // Then the field is left, as a learner moves on (the value committed again): nothing new.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const said = await page.evaluate(() => [...window.__said]);
  assert.equal(said.filter((s) => s === '4 of 4 points right.').length, 1, 'the success is said once');
  assertNoProblems(page);
  await page.context().close();
});

test('training the layers widget is heard at its milestones and when it pauses', async () => {
  const page = await site.open('', { init: recordAnnouncements });
  const nn = page.getByRole('region', { name: 'Stack neurons in layers' });
  const train = nn.getByRole('button', { name: 'Train', exact: true });
  await train.scrollIntoViewIfNeeded();
  await train.focus();
  await forget(page);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__said.some((s) => /^Training, epoch \d+: test accuracy (9\d|100)%/.test(s)), null, { timeout: 20000 });
  await nn.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /^Epoch \d+: test accuracy \d+%, test loss \d+\.\d{3}\.$/.test(window.__said.at(-1)));
  const said = await page.evaluate(() => [...window.__said]);
  const during = said.filter((s) => s.startsWith('Training'));
  assert.ok(during.length >= 1 && during.length <= 6, `milestones, not epochs: ${JSON.stringify(said)}`);
  // The pause says what the readouts show.
  const [, epoch, accuracy] = said.at(-1).match(/^Epoch (\d+): test accuracy (\d+)%/);
  assert.equal(await nn.locator('.readouts dd').first().textContent(), epoch);
  assert.equal(await nn.getByLabel('Test accuracy').textContent(), `${accuracy}%`);
  assertNoProblems(page);
  await page.context().close();
});

test('removing an input moves focus to the next remove button, never to the page', async () => {
  const page = await site.open();
  const ex = explorer(page);
  const last = ex.getByRole('button', { name: 'Remove input x3' });
  await last.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Remove input x2');
  // Down to the fewest inputs: then the one left cannot be removed, and focus goes to "Add input".
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Add input');
  assertNoProblems(page);
  await page.context().close();
});

test('the scale chart is one tab stop whose bars the arrow keys walk, each said once with its source', async () => {
  const page = await site.open();
  const chart = page.getByRole('group', { name: 'Scale comparison, logarithmic' });
  const bars = chart.getByRole('img');
  assert.equal(await chart.locator('[tabindex="0"]').count(), 1);
  await bars.first().focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.match(focused, /\(source: .+\)\.$/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'scale-bar-1');
  assertNoProblems(page);
  await page.context().close();
});

test('targets are at least 24 px or spaced (WCAG 2.5.8), at desktop and phone widths', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 800 }]) {
    const page = await site.open('', { viewport });
    await page.locator('#s6').waitFor({ state: 'attached' });
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: ['target-size'] });
      return r.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '));
    });
    assert.deepEqual(violations, [], `at ${viewport.width} px`);
    await page.context().close();
  }
});

test('the network diagram\'s unit buttons are 24 px targets, 24 px apart, even with 8 units a layer at 360 px', async () => {
  for (const width of [360, 1280]) {
    const page = await site.open('#v=1&nn-h=8,8', { viewport: { width, height: 800 } });
    const units = page.getByRole('region', { name: 'Stack neurons in layers' }).locator('.net-node[role=button]');
    await units.first().scrollIntoViewIfNeeded();
    const boxes = await units.evaluateAll((all) => all.map((u) => { const r = u.getBoundingClientRect(); return { w: r.width, h: r.height, x: r.x + r.width / 2, y: r.y + r.height / 2 }; }));
    assert.equal(boxes.length, 17, '8 + 8 hidden units and the output');
    for (const b of boxes) assert.ok(b.w >= 24 && b.h >= 24, `${width} px: a unit is ${b.w.toFixed(1)}×${b.h.toFixed(1)} px`);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const d = Math.hypot(boxes[i].x - boxes[j].x, boxes[i].y - boxes[j].y);
        assert.ok(d >= 24, `${width} px: two units' centres ${d.toFixed(1)} px apart`);
      }
    }
    await page.context().close();
  }
});

test('with the text-spacing override (WCAG 1.4.12) no number field clips its value', async () => {
  const page = await site.open();
  await page.locator('#s6').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(style);
  });
  const clipped = await page.locator('input.param-number').evaluateAll((fields) =>
    fields.filter((f) => f.getClientRects().length > 0 && f.scrollWidth > f.clientWidth + 1).map((f) => `${f.getAttribute('aria-label')}: ${f.value}`));
  assert.deepEqual(clipped, []);
  await page.context().close();
});

test('in the layers widget focus follows the eye at every width', async () => {
  for (const [width, height] of [[360, 800], [640, 780], [800, 800], [1280, 900]]) {
    const page = await site.open('', { viewport: { width, height } });
    const panels = await page.getByRole('region', { name: 'Stack neurons in layers' }).locator('.layers-grid .panel').evaluateAll((all) =>
      all.map((p) => { const r = p.getBoundingClientRect(); return { name: p.className, left: r.left, top: r.top }; }));
    // Each next panel in the page's order (the focus order) is below the last one or in a
    // column to its right: never back up the same column.
    for (let i = 1; i < panels.length; i++) {
      const [a, b] = [panels[i - 1], panels[i]];
      assert.ok(b.top >= a.top - 1 || b.left > a.left + 1, `${width} px: ${b.name} comes after ${a.name} but sits above it`);
    }
    await page.context().close();
  }
});
