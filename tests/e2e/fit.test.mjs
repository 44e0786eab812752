// One screen per widget: every `?embed=` widget, at the widths course pages give it, has its
// interactive part (plots, controls, readouts; not the explanations below it) within one
// 800 px laptop screen, with its main plot and its primary control both in that first screen.
// At 360 px every widget still works with no sideways scrolling.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, seePlot, useSite } from './helpers.mjs';
import { openPage } from './browser.mjs';

const site = useSite();
const SCREEN = 800;

// Each widget: its region, its main plot (by the name a screen reader gives it) and the control
// a learner reaches for first.
const WIDGETS = [
  { id: 'neuron', region: 'Record a biological neuron', plot: 'Membrane potential trace', control: ['button', 'Play'] },
  { id: 'explorer', region: 'Build an artificial neuron', plot: 'Activation function plot', control: ['slider', 'Weight w1'] },
  { id: 'boundary', region: 'Draw a boundary, then let the neuron learn', plot: 'Decision plane: the neuron\'s output over inputs x1 and x2, with the data', control: ['button', 'Train'] },
  { id: 'layers', region: 'Stack neurons in layers', plot: 'Network output over the plane', control: ['button', 'Train'] },
  { id: 'bridge', region: 'Rates, and how synapses learn', plot: 'Firing rate against input current', control: ['slider', null] },
  { id: 'dendrite', region: 'One neuron that computes XOR', plot: 'Dendrite and soma traces', control: ['slider', 'Strength s (nA)'] },
  { id: 'timing', region: 'Spikes happen in time', plot: 'Two-input timing trace', control: ['slider', null] },
  { id: 'scale', region: 'Scale: brains and networks', plot: null, control: null },
];

/** The widget's primary control: by role and name, or the first of its role when unnamed. */
function primaryControl(region, [role, name]) {
  return name ? region.getByRole(role, { name, exact: true }) : region.getByRole(role).first();
}

/** The widget's top and the bottom of its interactive part, in page pixels. */
function interactiveExtent(region) {
  return region.evaluate((section) => {
    const top = section.getBoundingClientRect().top + scrollY;
    let bottom = top;
    for (const child of section.children) {
      if (child.classList.contains('widget-explain')) continue;
      const box = child.getBoundingClientRect();
      if (box.height > 0) bottom = Math.max(bottom, box.bottom + scrollY);
    }
    return { top, bottom };
  });
}

/** A box in page pixels. */
const pageBox = (locator) =>
  locator.evaluate((el) => {
    const b = el.getBoundingClientRect();
    return { top: b.top + scrollY, bottom: b.bottom + scrollY };
  });

for (const width of [720, 1000, 1280]) {
  test(`every embedded widget fits one 800 px screen at ${width} px wide`, async () => {
    const page = await openPage(site.browser, site.site.url, { viewport: { width, height: SCREEN } });
    const heights = [];
    for (const w of WIDGETS) {
      await page.goto(`${site.site.url}?embed=${w.id}`);
      const region = page.getByRole('region', { name: w.region });
      await region.waitFor();
      if (w.plot) await seePlot(region.getByRole('img', { name: w.plot }));
      await page.evaluate(() => scrollTo(0, 0));
      const { top, bottom } = await interactiveExtent(region);
      heights.push(`${w.id} ${Math.round(bottom - top)}`);
      assert.ok(bottom - top <= SCREEN, `${w.id} at ${width} px: its interactive part is ${Math.round(bottom - top)} px tall`);
      const screenEnd = top + SCREEN;
      if (w.plot) {
        const plot = await pageBox(region.getByRole('img', { name: w.plot }));
        assert.ok(plot.bottom <= screenEnd, `${w.id} at ${width} px: the main plot ends ${Math.round(plot.bottom - top)} px down`);
      }
      if (w.control) {
        const control = await pageBox(primaryControl(region, w.control));
        assert.ok(control.bottom <= screenEnd, `${w.id} at ${width} px: the primary control ends ${Math.round(control.bottom - top)} px down`);
      }
    }
    console.log(`heights at ${width} px: ${heights.join(', ')}`);
    assertNoProblems(page);
    await page.context().close();
  });
}

test('at 360 px every embedded widget works with no sideways scrolling', async () => {
  const page = await openPage(site.browser, site.site.url, { viewport: { width: 360, height: 740 } });
  for (const w of WIDGETS) {
    await page.goto(`${site.site.url}?embed=${w.id}`);
    const region = page.getByRole('region', { name: w.region });
    await region.waitFor();
    if (w.plot) await seePlot(region.getByRole('img', { name: w.plot }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${w.id} at 360 px scrolls sideways by ${overflow} px`);
    if (w.control) {
      // The primary control is there and reachable: scrolled to, it lies within the screen's width.
      const control = primaryControl(region, w.control);
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${w.id}: its primary control is off the side`);
    }
  }
  assertNoProblems(page);
  await page.context().close();
});
