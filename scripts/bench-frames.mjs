// The frame budget, measured on the real page (not the core): for each animating widget the
// frame rate over 5 s, the main thread's busy share and the layouts per frame, at normal speed
// and with the CPU slowed 4× (a school laptop); navigation to the first widget drawn and to each
// widget drawn after it is scrolled to; the JS heap idle and after a minute of training.
// Figures are printed, never asserted; each is the median of three 5 s samples.
//
//   node scripts/bench-frames.mjs [dist]     (run alone; scripts/bench.mjs also calls it)
import { serve } from '../tests/e2e/server.mjs';
import { launch, openPage } from '../tests/e2e/browser.mjs';

const VIEWPORT = { width: 1400, height: 1000 };
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ONLY = process.env.BENCH_ONLY; // run just the scenarios whose name contains this

/** Opens `url` at 1400×1000, device pixel ratio 1, with a CDP session and metrics enabled. */
async function open(browser, origin, url) {
  const page = await openPage(browser, origin, { viewport: VIEWPORT });
  await page.goto(url);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Frames, busy share and layouts per frame over `SECONDS` of whatever is animating now. */
async function sample(page, cdp) {
  const m0 = await metrics(cdp);
  const w0 = Date.now();
  const frames = await page.evaluate(
    (ms) =>
      new Promise((resolve) => {
        let n = 0;
        const t0 = performance.now();
        const tick = (t) => {
          n += 1;
          if (t - t0 < ms) requestAnimationFrame(tick);
          else resolve({ n, ms: t - t0 });
        };
        requestAnimationFrame(tick);
      }),
    SECONDS * 1000,
  );
  const m1 = await metrics(cdp);
  const wall = (Date.now() - w0) / 1000;
  const fps = frames.n / (frames.ms / 1000);
  return {
    fps,
    busy: (m1.TaskDuration - m0.TaskDuration) / wall,
    layouts: (m1.LayoutCount - m0.LayoutCount) / frames.n,
    styles: (m1.RecalcStyleCount - m0.RecalcStyleCount) / frames.n,
    // Where a frame's time goes, in ms per frame: script, style, layout.
    script: ((m1.ScriptDuration - m0.ScriptDuration) * 1000) / frames.n,
    style: ((m1.RecalcStyleDuration - m0.RecalcStyleDuration) * 1000) / frames.n,
    layout: ((m1.LayoutDuration - m0.LayoutDuration) * 1000) / frames.n,
    task: ((m1.TaskDuration - m0.TaskDuration) * 1000) / frames.n,
  };
}

/** The sample with the median busy share of `RUNS` samples (this machine's figures vary by a
 * few points from one 5 s sample to the next). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
async function median(page, cdp) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await sample(page, cdp));
  samples.sort((a, b) => a.busy - b.busy);
  return samples[Math.floor(samples.length / 2)];
}

/** The scenarios: how to start each animation (a widget's own play toggle). */
const SCENARIOS = [
  {
    name: 'layers training (4-2 tanh, circle; TF Playground\'s setup)',
    hash: '',
    region: 'Stack neurons in layers',
    start: 'Train',
  },
  {
    name: 'boundary training, 1 epoch per frame (spiral)',
    hash: '#v=1&bd-d=spiral&bd-r=logistic&bd-lr=0.001&bd-w=-3,3&bd-b=2&more=boundary',
    region: 'Draw a boundary, then let the neuron learn',
    start: 'Train',
    before: async (region) => region.getByRole('combobox', { name: 'Speed' }).selectOption({ index: 0 }),
  },
  {
    // Learning without backpropagation: the same default network, trained by feedback
    // alignment, with the angle to the true gradient measured once a frame.
    name: 'layers training by feedback alignment (4-2 tanh, circle)',
    hash: '#v=1&nn-rule=fa',
    region: 'Stack neurons in layers',
    start: 'Train',
  },
  {
    name: 'biological lab playback (Hodgkin-Huxley)',
    hash: '',
    region: 'Record a biological neuron',
    start: 'Play',
  },
];

export async function frameBudget(browser, origin) {
  const rows = [];
  const row = (what, value) => rows.push([what, value]);

  // Navigation to the first viewport's widget drawn, and each widget drawn once scrolled to.
  // Timed in the page, from the navigation's start (performance.now()'s origin) to the moment a
  // plot first records a drawing, by a MutationObserver installed before the page's scripts; the
  // median of five loads. The harness's own round trip (goto returns after the load event, then
  // a poll) adds 100-250 ms on top, printed for comparison.
  if (!ONLY) {
    const loads = [];
    let page;
    for (let i = 0; i < 5; i++) {
      if (page) await page.context().close();
      page = await openPage(browser, 'about:blank', { viewport: VIEWPORT });
      await page.addInitScript(() => {
        new MutationObserver((changes) => {
          if (!window.__firstDrawn && changes.some((c) => c.target.matches?.('canvas[role="img"]'))) window.__firstDrawn = performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
      });
      const t0 = Date.now();
      await page.goto(origin);
      await page.waitForFunction(() => window.__firstDrawn);
      loads.push([await page.evaluate(() => window.__firstDrawn), Date.now() - t0]);
    }
    const mid = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
    row('navigation → first widget drawn (in the page, median of 5)', `${mid(loads.map((l) => l[0])).toFixed(0)} ms`);
    row('  the same, seen by the harness (goto → drawn)', `${mid(loads.map((l) => l[1]))} ms`);
    // The lesson after section 1 is built in the task after the first frame (lesson::Rest).
    await page.locator('#s6').waitFor({ state: 'attached' });
    const widgets = await page.evaluate(() => [...document.querySelectorAll('section.widget')].map((s) => s.getAttribute('aria-labelledby')));
    const times = [];
    for (const id of widgets) {
      const t = await page.evaluate(async (id) => {
        const section = document.getElementById(id).closest('section');
        const canvases = [...section.querySelectorAll('canvas')];
        const t0 = performance.now();
        section.scrollIntoView({ block: 'start' });
        if (canvases.length === 0) return null;
        const drawn = () => canvases.some((c) => Number(c.dataset.drawn) > 0 && c.getBoundingClientRect().bottom > 0);
        // The first canvas of the widget drawn (it may have been drawn already, near the viewport).
        while (!drawn()) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }, id);
      if (t !== null) times.push([id.replace('-title', ''), t]);
    }
    row('scrolled into view → drawn (each widget, ms)', times.map(([w, t]) => `${w} ${t.toFixed(0)}`).join(', '));
    await page.context().close();
  }

  const table = [];
  for (const s of SCENARIOS.filter((s) => !ONLY || s.name.includes(ONLY))) {
    const { page, cdp } = await open(browser, origin, origin + s.hash);
    const region = page.getByRole('region', { name: s.region });
    await region.scrollIntoViewIfNeeded();
    await region.evaluate((r) => r.scrollIntoView({ block: 'start' }));
    if (s.before) await s.before(region);
    await region.getByRole('button', { name: s.start, exact: true }).click();
    await page.waitForTimeout(500);
    const normal = await median(page, cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.waitForTimeout(500);
    const slow = await median(page, cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const still = (await region.getByRole('button', { name: 'Pause' }).count()) > 0;
    table.push([s.name + (still ? '' : ' (it stopped by itself during the run)'), normal, slow]);
    await page.context().close();
  }

  // Memory: JS heap after garbage collection, idle and after a minute of layers training.
  if (!ONLY) {
    const { page, cdp } = await open(browser, origin, origin);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return page.evaluate(() => performance.memory.usedJSHeapSize);
    };
    const nn = page.getByRole('region', { name: 'Stack neurons in layers' });
    await nn.evaluate((r) => r.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(1000);
    const idle = await heap();
    await nn.getByRole('button', { name: 'Train', exact: true }).click();
    await page.waitForTimeout(60000);
    await nn.getByRole('button', { name: 'Pause' }).click();
    const trained = await heap();
    const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;
    row('JS heap after GC: idle → after a minute of layers training', `${mib(idle)} → ${mib(trained)} (${(trained / idle).toFixed(2)}×)`);
    await page.context().close();
  }

  const f = (r) =>
    `${r.fps.toFixed(1)} fps, busy ${(r.busy * 100).toFixed(0)}%, ${r.layouts.toFixed(2)} layouts/frame ` +
    `(per frame: task ${r.task.toFixed(1)} ms = script ${r.script.toFixed(1)} + style ${r.style.toFixed(1)} + layout ${r.layout.toFixed(1)} + other)`;
  for (const [name, normal, slow] of table) {
    row(`${name}`, f(normal));
    row(`${name}, CPU 4× slower`, f(slow));
  }
  return rows;
}

// Run alone: `node scripts/bench-frames.mjs [dist]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const site = await serve(process.argv[2] ?? 'dist');
  const browser = await launch();
  try {
    const rows = await frameBudget(browser, site.url);
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log('\nNeuron Lab frame budget (headless Chromium, 1400×1000, this machine)\n');
    for (const [what, value] of rows) console.log(`${what.padEnd(width)}  ${value}`);
  } finally {
    await browser.close();
    await site.close();
  }
}
