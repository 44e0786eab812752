// Nothing the learner set is lost to a quick reload: the state a learner sees is the state a
// reload restores, whatever the timing (the URL is written at most ten times a second, so the
// newest state is also kept in session storage at once; see src/url_state.rs). For every widget
// with a state: two changes 20 ms apart and a reload 20 ms later; a value typed with Enter; a
// slider dragged; two changes while training. Twenty repetitions of each, no loss.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, openMore, useSite } from './helpers.mjs';

const site = useSite();

/** Each widget with a state in the URL: its region, and a control to change by its name. */
const WIDGETS = [
  { region: 'Build an artificial neuron', role: 'slider', name: 'Weight w1', values: ['1.1', '1.7', '-0.6', '2.3'] },
  { region: 'Draw a boundary, then let the neuron learn', role: 'slider', name: 'Bias b', values: ['0.4', '-1.2', '1.5', '-0.3'] },
  { region: 'Stack neurons in layers', role: 'combobox', name: 'Hidden activation', values: null },
  { region: 'Record a biological neuron', role: 'slider', name: 'Amplitude (µA/cm²)', values: ['4', '12', '7', '18'] },
  { region: 'One neuron that computes XOR', role: 'slider', name: 'Strength s (nA)', values: null },
];

const region = (page, w) => page.getByRole('region', { name: w.region });
const control = (page, w) => region(page, w).getByRole(w.role, { name: w.name, exact: true });

/** What a control shows: a slider's number field, or a menu's chosen option. */
async function shown(page, w) {
  if (w.role === 'slider') {
    return region(page, w).getByRole('textbox', { name: `${w.name} value`, exact: true }).inputValue();
  }
  return control(page, w).evaluate((s) => s.options[s.selectedIndex].text);
}

/** Two values for the next repetition, different from what is shown and from each other. */
async function twoValues(page, w, rep) {
  const handle = await control(page, w).elementHandle();
  if (w.role === 'combobox') {
    return handle.evaluate((s, rep) => {
      const others = [...s.options].map((o) => o.value).filter((v) => v !== s.value);
      return [others[rep % others.length], others[(rep + 1) % others.length]];
    }, rep);
  }
  if (w.values) return [w.values[rep % 4], w.values[(rep + 1) % 4]];
  // A slider without listed values: two steps from its range, away from its value.
  return handle.evaluate((s, rep) => {
    const [min, max] = [Number(s.min), Number(s.max)];
    const step = Number(s.step || 1);
    const at = (f) => String(Number((Math.round((min + f * (max - min)) / step) * step).toFixed(6)));
    return rep % 2 ? [at(0.3), at(0.7)] : [at(0.6), at(0.2)];
  }, rep);
}

/** Reloads from inside the page after `changes` (in-page functions run 20 ms apart). */
async function changeThenReload(page, handle, values, how) {
  await page.evaluate(
    ([el, values, how]) => {
      const set = (v) => {
        if (how === 'typed') {
          el.focus();
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          el.value = v;
          el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
        }
      };
      set(values[0]);
      setTimeout(() => set(values[1]), 20);
      setTimeout(() => location.reload(), 40);
    },
    [handle, values, how],
  );
}

/** Waits for the reloaded page, with the widget there. */
async function reloaded(page, w) {
  await page.waitForEvent('load');
  await control(page, w).waitFor();
}

test('two changes 20 ms apart and a reload 20 ms later keep the second, in every widget', async () => {
  const page = await site.open();
  for (let rep = 0; rep < 20; rep++) {
    const w = WIDGETS[rep % WIDGETS.length];
    await control(page, w).scrollIntoViewIfNeeded();
    const values = await twoValues(page, w, rep);
    await changeThenReload(page, await control(page, w).elementHandle(), values, 'changed');
    await reloaded(page, w);
    const expected = w.role === 'combobox'
      ? await control(page, w).evaluate((s, v) => [...s.options].find((o) => o.value === v).text, values[1])
      : values[1];
    const now = await shown(page, w);
    if (w.role === 'slider') assert.equal(Number(now.replace('−', '-').replace(',', '.')), Number(expected), `${w.region}, repetition ${rep}`);
    else assert.equal(now, expected, `${w.region}, repetition ${rep}`);
  }
  assertNoProblems(page);
  await page.context().close();
});

test('a value typed with Enter, then another, and a reload keep the second', async () => {
  const page = await site.open();
  const sliders = WIDGETS.filter((w) => w.role === 'slider');
  for (let rep = 0; rep < 20; rep++) {
    const w = sliders[rep % sliders.length];
    const field = region(page, w).getByRole('textbox', { name: `${w.name} value`, exact: true });
    await field.scrollIntoViewIfNeeded();
    const values = await twoValues(page, w, rep);
    await changeThenReload(page, await field.elementHandle(), values, 'typed');
    await reloaded(page, w);
    assert.equal(Number((await shown(page, w)).replace('−', '-').replace(',', '.')), Number(values[1]), `${w.region}, repetition ${rep}`);
  }
  assertNoProblems(page);
  await page.context().close();
});

test('a slider dragged and a reload at once keep where it was let go', async () => {
  const page = await site.open();
  const sliders = WIDGETS.filter((w) => w.role === 'slider');
  for (let rep = 0; rep < 20; rep++) {
    const w = sliders[rep % sliders.length];
    const slider = control(page, w);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    const [from, to] = rep % 2 ? [0.2, 0.8] : [0.75, 0.3];
    await page.mouse.move(box.x + box.width * from, y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width * (from + ((to - from) * i) / 5), y);
    await page.mouse.up();
    const before = await shown(page, w);
    // The reload from inside the page, at once (as the browser's button would be pressed).
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => setTimeout(() => location.reload(), 0))]);
    await control(page, w).waitFor();
    assert.equal(await shown(page, w), before, `${w.region}, repetition ${rep}`);
  }
  assertNoProblems(page);
  await page.context().close();
});

test('two changes while the network trains, and a reload, keep the second', async () => {
  const page = await site.open();
  const w = WIDGETS[2];
  for (let rep = 0; rep < 5; rep++) {
    const nn = region(page, w);
    await nn.scrollIntoViewIfNeeded();
    await openMore(nn);
    const rate = nn.getByRole('combobox', { name: 'Learning rate' });
    await nn.getByRole('button', { name: 'Train', exact: true }).click();
    await nn.getByRole('button', { name: 'Pause' }).waitFor();
    const values = await rate.evaluate((s, rep) => {
      const others = [...s.options].map((o) => o.value).filter((v) => v !== s.value);
      return [others[rep % others.length], others[(rep + 2) % others.length]];
    }, rep);
    await changeThenReload(page, await rate.elementHandle(), values, 'changed');
    await page.waitForEvent('load');
    // "More settings" stays open: it is part of the state too.
    const after = region(page, w).getByRole('combobox', { name: 'Learning rate' });
    await after.waitFor();
    assert.equal(await after.inputValue(), values[1], `repetition ${rep}`);
  }
  assertNoProblems(page);
  await page.context().close();
});
