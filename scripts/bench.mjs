// The benchmark: drives the release build (dist/) in headless Chromium and prints what it
// measures. Timings are printed, never asserted (these machines are noisy).
//
//   scripts/bench.sh            (builds first)    node scripts/bench.mjs   (uses dist/ as is)
//   Both take `--playground DIR` (TF Playground's own build) for the first-plot table side by side.
import { serve } from '../tests/e2e/server.mjs';
import { launch, openPage } from '../tests/e2e/browser.mjs';
import { measure } from './size-report.mjs';
import { frameBudget } from './bench-frames.mjs';
import { firstPlot } from './bench-first-plot.mjs';

const RUNS = 50;
const at = process.argv.indexOf('--playground');
const playground = at > 0 ? process.argv[at + 1] : null;
const site = await serve('dist');
const browser = await launch();
const rows = [];
const row = (what, value) => rows.push([what, value]);
const ms = (v) => `${v.toFixed(2)} ms`;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/**
 * Time from a slider's input event to its canvas being redrawn (PlotCanvas bumps the canvas's
 * `data-drawn` attribute right after drawing; a MutationObserver sees it), and to the next
 * animation frame.
 */
async function sliderLatency(page, region, slider, canvasName, values) {
  // Plots out of view are not drawn: look at the widget first, as a person does, and wait
  // until its plot is drawn.
  const plot = page.getByRole('img', { name: canvasName });
  await plot.scrollIntoViewIfNeeded();
  await page.waitForFunction((c) => Number(c.dataset.drawn ?? 0) > 0, await plot.elementHandle());
  const input = await page.getByRole('region', { name: region }).getByRole('slider', { name: slider, exact: true }).elementHandle();
  const canvas = await plot.elementHandle();
  return page.evaluate(async ({ input, canvas, values }) => {
    const drawn = [];
    const framed = [];
    for (const v of values) {
      // A layered plot's heatmap is painted by `putImageData` on the canvas beneath it (its own
      // canvas keeps the axes and does not redraw); any other plot bumps `data-drawn`.
      const layered = canvas.parentElement.querySelector('.plot-backdrop');
      const redrawn = new Promise((resolve) => {
        if (layered) {
          const put = CanvasRenderingContext2D.prototype.putImageData;
          CanvasRenderingContext2D.prototype.putImageData = function (...args) {
            const out = put.apply(this, args);
            if (this.canvas === layered) {
              CanvasRenderingContext2D.prototype.putImageData = put;
              resolve(performance.now());
            }
            return out;
          };
          return;
        }
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(canvas, { attributes: true, attributeFilter: ['data-drawn'] });
      });
      const t0 = performance.now();
      input.value = String(v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      drawn.push((await redrawn) - t0);
      const tf = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      framed.push(tf - t0);
    }
    return { drawn, framed };
  }, { input, canvas, values });
}

try {
  const { files, total } = measure('dist');
  for (const [kind, what] of [['html', 'html'], ['css', 'css'], ['js', 'js'], ['wasm', 'wasm'], ['ftl', 'messages (en.ftl)']]) {
    const gz = files.filter((f) => f.kind === kind).reduce((t, f) => t + f.gzip, 0);
    row(`transfer, ${what} (gzip)`, `${(gz / 1024).toFixed(1)} KB`);
  }
  row('transfer, total first load (gzip)', `${(total.gzip / 1024).toFixed(1)} KB`);

  const page = await openPage(browser, site.url);
  // Keep hold of the wasm instance Trunk's loader announces, to read its memory at the end.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  const t0 = Date.now();
  await page.goto(site.url);
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[role="img"]')].some((c) => Number(c.dataset.drawn) > 0));
  row('navigation to first plot drawn', `${Date.now() - t0} ms`);

  const values = Array.from({ length: RUNS }, (_, i) => (i % 2 ? 1 : -1) * (0.5 + (i % 10) / 10));
  const ex = await sliderLatency(page, 'Build an artificial neuron', 'Weight w1', 'Activation function plot', values);
  let s = stats(ex.drawn);
  row(`explorer: weight slider input → plot redrawn (median / p95, ${RUNS} changes)`, `${ms(s.median)} / ${ms(s.p95)}`);
  s = stats(ex.framed);
  row('explorer: weight slider input → next frame (median / p95)', `${ms(s.median)} / ${ms(s.p95)}`);

  const plane = "Decision plane: the neuron's output over inputs x1 and x2, with the data";
  const bd = await sliderLatency(page, 'Draw a boundary, then let the neuron learn', 'Bias b', plane, values.map((v) => v * 2));
  s = stats(bd.drawn);
  row(`boundary: bias slider input → 200×200 heatmap painted (median / p95, ${RUNS} changes)`, `${ms(s.median)} / ${ms(s.p95)}`);
  s = stats(bd.framed);
  row('boundary: bias slider input → next frame (median / p95)', `${ms(s.median)} / ${ms(s.p95)}`);

  // Training with the heatmap and the loss curve redrawn every frame: one run of gradient
  // descent on the noisy separable set (well over a thousand epochs, about a second), fastest
  // speed (25 epochs per frame, so at most 1500 epochs/s at 60 Hz). Frame times come from a
  // plain rAF loop of its own; the end of the run is polled with timers.
  // The run starts from a fixed state (from the URL), so it is the same run every time.
  await page.goto(`${site.url}#v=1&bd-w=2,1&bd-b=-1.5&bd-r=logistic&bd-f=sigmoid&bd-lr=0.3&bd-n=0.2&bd-s=1&bd-p=0&bd-d=separable&more=boundary`);
  const region = page.getByRole('region', { name: 'Draw a boundary, then let the neuron learn' });
  const bias = region.getByRole('textbox', { name: 'Bias b value', exact: true });
  while ((await bias.inputValue()) !== '−1.50') await page.waitForTimeout(20);
  await page.waitForTimeout(100);
  await region.getByRole('combobox', { name: 'Speed' }).selectOption({ index: 2 });
  const run = await page.evaluate(async () => {
    // The boundary widget's own play/pause toggle (the layers widget below has one too).
    const widget = document.querySelector('#boundary-title').closest('section');
    const play = widget.querySelector('[role="group"][aria-label="Training"] button[aria-pressed]');
    const epochs = () => Number(widget.querySelector('.readouts dd').textContent);
    const frames = [];
    let measuring = true;
    const tick = (t) => {
      frames.push(t);
      if (measuring) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    play.click();
    do await new Promise((r) => setTimeout(r, 5));
    while (play.getAttribute('aria-pressed') !== 'false');
    const seconds = (performance.now() - t0) / 1000;
    measuring = false;
    const intervals = frames.slice(1).map((t, i) => t - frames[i]).filter((d) => d > 0 && d < 100);
    return { epochs: epochs(), seconds, intervals };
  });
  const fi = stats(run.intervals);
  row(`training with drawing: epochs per second (80 points, 25 epochs/frame; one run of ${run.epochs} epochs)`, (run.epochs / run.seconds).toFixed(0));
  row('training with drawing: frame interval (median / p95)', `${ms(fi.median)} / ${ms(fi.p95)}`);

  const raw = await page.evaluate(() => {
    const epochs = 5000;
    const t = window.wasmBindings.bench_training_ms('circle', epochs);
    return epochs / (t / 1000);
  });
  row('training without drawing: epochs per second (80 points)', raw.toFixed(0));
  // The biological lab: a control change records a 100 ms sweep (10 000 steps of 0.01 ms) and
  // redraws the trace.
  const labRegion = 'Record a biological neuron';
  const lab = page.getByRole('region', { name: labRegion });
  for (const [model, label, slider] of [
    ['hh', 'Hodgkin-Huxley (squid axon)', 'Amplitude (µA/cm²)'],
    ['lif', 'Leaky integrate-and-fire', 'Amplitude (nA)'],
  ]) {
    await lab.getByRole('combobox', { name: 'Neuron model' }).selectOption({ label });
    await lab.getByRole('combobox', { name: 'Stimulus' }).selectOption({ label: 'Step (constant current)' });
    const amps = Array.from({ length: 30 }, (_, i) => 5 + (i % 10) * 2);
    const r = await sliderLatency(page, labRegion, slider, 'Membrane potential trace', amps);
    const s2 = stats(r.drawn);
    row(`${model.toUpperCase()}: amplitude change → 100 ms sweep simulated and drawn (median / p95)`, `${ms(s2.median)} / ${ms(s2.p95)}`);
    row(`${model.toUpperCase()}: neuron time per real second, with the trace drawn`, `${(100 / s2.median * 1000).toFixed(0)} ms/s (${(100 / s2.median * 16.7).toFixed(0)} ms per 16.7 ms frame)`);
    const raw = await page.evaluate((m) => window.wasmBindings.bench_sweeps_ms(m, 20), model);
    row(`${model.toUpperCase()}: neuron time per real second, simulation only`, `${(2000 / raw * 1000).toFixed(0)} ms/s`);
  }

  // Layers: TensorFlow Playground's default setup (2 inputs, 4 and 2 tanh units, 250 points,
  // batch 10, learning rate 0.03, a 100×100 output grid per frame).
  const tf = await page.evaluate(() => ({
    plain: window.wasmBindings.bench_network_ms(300, false),
    framed: window.wasmBindings.bench_network_ms(100, true),
  }));
  row('layers, TF Playground setup: epochs per second, no drawing', `${(300 / tf.plain * 1000).toFixed(0)} (TF Playground: about 37)`);
  row('layers, TF Playground setup: one frame\'s work (epoch + 100×100 grid + pixels)', `${ms(tf.framed / 100)}`);
  const nn = page.getByRole('region', { name: 'Stack neurons in layers' });
  await nn.getByRole('button', { name: /^Unit h1\.1/ }).click();
  const lw = await sliderLatency(page, 'Stack neurons in layers', 'Weight from x1', 'Network output over the plane', values.map((v) => v * 2));
  let sl = stats(lw.drawn);
  row(`layers: a unit's weight slider → 100×100 plane redrawn (median / p95, ${RUNS} changes)`, `${ms(sl.median)} / ${ms(sl.p95)}`);
  await nn.getByRole('combobox', { name: 'Data set' }).selectOption({ label: 'Spiral' });
  const e0 = Number(await nn.locator('.readouts dd').first().textContent());
  const t0n = Date.now();
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await page.waitForTimeout(3000);
  await nn.getByRole('button', { name: 'Pause' }).click();
  const e1 = Number(await nn.locator('.readouts dd').first().textContent());
  row('layers widget: epochs per second with plane and curves redrawn (56 points, 10 epochs/frame)', ((e1 - e0) / ((Date.now() - t0n) / 1000)).toFixed(0));

  // The smaller biological widgets: two timed inputs, and the STDP window.
  for (const [region, slider, canvas, amounts] of [
    ['Spikes happen in time', 'Delay between the inputs (ms)', 'Two-input timing trace', (i) => 1 + (i % 10)],
    ['Rates, and how synapses learn', 'Delay, pre to post (ms)', 'Spike-timing-dependent plasticity window', (i) => (i % 2 ? 1 : -1) * (2 + (i % 10) * 3)],
    // Four simulated runs (the truth table) and the shown pattern's traces per change.
    ['One neuron that computes XOR', 'Strength s (nA)', 'Dendrite and soma traces', (i) => 0.5 + (i % 10) * 0.25],
  ]) {
    const r = await sliderLatency(page, region, slider, canvas, Array.from({ length: RUNS }, (_, i) => amounts(i)));
    const st = stats(r.drawn);
    row(`${canvas.toLowerCase()}: ${slider.toLowerCase()} slider → redrawn (median / p95)`, `${ms(st.median)} / ${ms(st.p95)}`);
  }

  // A minute of use: the network trains on the spiral, the biological neuron plays, and every
  // 100 ms the explorer's weight and the lab's amplitude move. Memory before and after shows
  // whether anything piles up.
  const memory = () => page.evaluate(() => ({
    wasm: window.__wasm?.memory?.buffer.byteLength ?? null,
    heap: performance.memory?.usedJSHeapSize ?? null,
  }));
  const mb = (m) => `wasm ${(m.wasm / 1048576).toFixed(1)} MB, JS heap ${(m.heap / 1048576).toFixed(1)} MB`;
  const before = await memory();
  await nn.getByRole('button', { name: 'Reset' }).click();
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await lab.getByRole('button', { name: 'Play' }).click();
  const minute = await page.evaluate(async () => {
    const weight = [...document.querySelectorAll('input[type="range"]')].find((i) => i.labels?.[0]?.textContent.trim() === 'Weight w1');
    const amplitude = [...document.querySelectorAll('input[type="range"]')].find((i) => i.labels?.[0]?.textContent.trim().startsWith('Amplitude'));
    let changes = 0;
    const start = performance.now();
    while (performance.now() - start < 60000) {
      for (const [input, v] of [[weight, Math.sin(changes / 7) * 3], [amplitude, 8 + 6 * Math.abs(Math.sin(changes / 11))]]) {
        if (!input) continue;
        input.value = String(v);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      changes += 1;
      await new Promise((r) => setTimeout(r, 100));
    }
    return { changes, found: Boolean(weight && amplitude) };
  });
  await nn.getByRole('button', { name: 'Pause' }).click();
  await lab.getByRole('button', { name: 'Pause' }).click();
  const epochs = Number(await nn.locator('.readouts dd').first().textContent());
  const after = await memory();
  if (before.wasm && after.wasm) {
    row('memory before a minute of use', mb(before));
    row(`memory after a minute of use (${minute.changes} slider moves${minute.found ? '' : ', sliders not found'}, ${epochs} epochs, playback)`, mb(after));
  }
  if (page.problems.length) row('page problems', page.problems.join('; '));
  await page.context().close();

  // The class view: 500 learners' codes pasted at once (one code, made by the page through its
  // concept check, given to 500 names), from the click on "Read the codes" to the last row shown.
  {
    const learner = await openPage(browser, site.url);
    await learner.goto(site.url);
    const post = learner.getByRole('region', { name: '7. Check your understanding' });
    for (let i = 0; i < 10; i++) await post.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) }).getByRole('radio').nth(i % 4).check();
    await post.getByRole('button', { name: 'Check my answers' }).click();
    await learner.locator('details.progress-panel > summary').click();
    const code = (await learner.getByRole('status', { name: 'Progress code', exact: true }).textContent()).trim();
    await learner.context().close();
    const text = Array.from({ length: 500 }, (_, i) => `Learner ${i + 1},${code}`).join('\n');
    const samples = [];
    for (let run = 0; run < 5; run++) {
      const teacher = await openPage(browser, site.url);
      await teacher.goto(`${site.url}?for=teachers`);
      const tc = teacher.getByRole('region', { name: 'For teachers' });
      await tc.getByRole('textbox', { name: 'Progress codes (one per line, or “name, code”)' }).fill(text);
      samples.push(await teacher.evaluate(() => new Promise((done) => {
        const start = performance.now();
        const rows = () => document.querySelectorAll('.class-view table:last-of-type tbody tr').length;
        const observer = new MutationObserver(() => {
          if (rows() >= 500) {
            observer.disconnect();
            // The frame that shows them.
            requestAnimationFrame(() => done(performance.now() - start));
          }
        });
        observer.observe(document.querySelector('.class-view'), { childList: true, subtree: true });
        document.querySelector('.class-form button[type="submit"]').click();
      })));
      await teacher.context().close();
    }
    row('class view: 500 codes read and shown (median of 5)', ms(stats(samples).median));
  }

  // The frame budget: the animating widgets on the real page, at normal speed and slowed 4×.
  for (const [what, value] of await frameBudget(browser, site.url)) row(what, value);

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log('\nNeuron Lab benchmark (headless Chromium, this machine)\n');
  for (const [what, value] of rows) console.log(`${what.padEnd(width)}  ${value}`);

  // Navigation to the first heatmap and the bytes it took, beside TF Playground when its build is
  // given (scripts/bench-first-plot.mjs; its own browser, so other hosts fail to resolve).
  console.log((await firstPlot({ ours: { url: site.url, root: 'dist' }, playground })).join('\n'));
  if (!playground) console.log('\nTF Playground not measured: pass --playground DIR (its built dist/).');
} finally {
  await browser.close();
  await site.close();
}
