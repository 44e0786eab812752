// Accessibility: an axe-core audit in light and dark mode (zero violations), every control
// named and reachable by Tab with a visible focus ring, and plots with text alternatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, eventually, explorer, shownOutput, useSite, openMore, axeViolations } from './helpers.mjs';

const site = useSite();

const axe = axeViolations;

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violations (${colorScheme})`, async () => {
    const page = await site.open('', { colorScheme });
    await eventually(async () => assert.equal(await shownOutput(page), '0.7231'));
    assert.deepEqual(await axe(page), []);
    // With a problem showing too: a notice and an invalid field.
    await page.goto(site.site.url + '#v=1&f=nope');
    await page.getByRole('region', { name: 'Build an artificial neuron' }).getByRole('textbox', { name: 'Bias b value', exact: true }).fill('abc');
    await page.getByText('Not a number').waitFor();
    assert.deepEqual(await axe(page), []);
    assertNoProblems(page);
    await page.context().close();
  });
}

// Each widget alone, as a course page embeds it: the same audit, in both themes.
const EMBEDS = ['neuron', 'explorer', 'boundary', 'layers', 'bridge', 'dendrite', 'timing', 'scale'];
for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no violations in any embedded widget (${colorScheme})`, async () => {
    const page = await site.open('', { colorScheme });
    for (const widget of EMBEDS) {
      await page.goto(`${site.site.url}?embed=${widget}`);
      await eventually(async () => assert.equal(await page.evaluate(() => document.querySelector('.widget.embedded')?.dataset.widget), widget));
      const violations = await axe(page);
      assert.deepEqual(violations, [], `?embed=${widget}`);
    }
    assertNoProblems(page);
    await page.context().close();
  });
}

test('keyboard only: arrows, Enter, Space and Escape operate the controls', async () => {
  const page = await site.open();
  const nn = page.getByRole('region', { name: 'Stack neurons in layers' });
  // A select changes with the arrow keys.
  const data = nn.getByRole('combobox', { name: 'Data set' });
  const first = await data.inputValue();
  await data.focus();
  await page.keyboard.press('ArrowDown');
  await eventually(async () => assert.notEqual(await data.inputValue(), first));
  // Space starts training, Enter pauses it.
  const train = nn.getByRole('button', { name: 'Train', exact: true });
  await train.focus();
  await page.keyboard.press('Space');
  const pause = nn.getByRole('button', { name: 'Pause' });
  await eventually(async () => assert.equal(await pause.getAttribute('aria-pressed'), 'true'));
  await page.keyboard.press('Enter');
  await eventually(async () => assert.equal(await train.getAttribute('aria-pressed'), 'false'));
  // Space ticks a checkbox.
  await openMore(nn);
  const sound = nn.getByRole('checkbox', { name: /Sound: a tone/ });
  await sound.focus();
  await page.keyboard.press('Space');
  assert.equal(await sound.isChecked(), true);
  await page.keyboard.press('Space');
  assert.equal(await sound.isChecked(), false);
  // Escape abandons a bad entry in a number field and shows the value still in use.
  const bias = explorer(page).getByRole('textbox', { name: 'Bias b value', exact: true });
  const kept = await bias.inputValue();
  await bias.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('abc');
  await page.getByText('Not a number').waitFor();
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(await bias.inputValue(), kept));
  assert.equal(await page.getByText('Not a number').count(), 0);
  assert.equal(await shownOutput(page), '0.7231');
  // Enter opens the share panel; Escape closes it and leaves the focus on its summary.
  const summary = page.getByText('Share or embed', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const share = page.getByRole('combobox', { name: 'Share', exact: true });
  await share.waitFor();
  await share.focus();
  await page.keyboard.press('Escape');
  await eventually(async () => assert.ok(await share.isHidden()));
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY');
  assertNoProblems(page);
  await page.context().close();
});

test('every control is reachable by Tab, named, and shows a focus ring', async () => {
  const page = await site.open();
  const seen = [];
  for (let i = 0; i < 500; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const label = el.labels?.[0]?.textContent ?? '';
      return {
        tag: el.tagName.toLowerCase(),
        name: el.getAttribute('aria-label') || label || el.textContent.trim(),
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!info) break;
    if (seen.length > 5 && info.name === seen[0].name && info.tag === seen[0].tag) break; // wrapped round
    seen.push(info);
  }
  const names = seen.map((s) => s.name);
  assert.ok(seen.length > 80, `Tab reached ${seen.length} controls`);
  assert.ok(names.some((n) => /^Unit h1\.1/.test(n)), 'the network\'s units are reachable by Tab');
  for (const expected of ['Activation function', 'Add input', 'Example from the text', 'Reset',
    'Input x1', 'Input x1 value', 'Weight w1', 'Weight w1 value', 'Remove input x1', 'Bias b', 'Bias b value',
    'Learning rule', 'Train', 'One example', 'Data set', 'Hidden activation', 'Show the backward pass',
    'Neuron model', 'Stimulus', 'Play', 'Back 1 ms', 'Step 1 ms', 'Time (ms)', 'Delay between the inputs (ms)', 'Pair 10 more times']) {
    assert.ok(names.some((n) => n.replace(/\s+/g, ' ').trim() === expected), `Tab reaches "${expected}" (saw ${names.join(' | ')})`);
  }
  for (const s of seen) {
    assert.ok(s.name.trim().length > 0, `a ${s.tag} without a name`);
    assert.ok(s.ring, `no visible focus ring on ${s.name}`);
  }
  assertNoProblems(page);
  await page.context().close();
});
