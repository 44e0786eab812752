// The network lab at TensorFlow Playground's largest network, side by side with the Playground:
// six hidden layers of eight tanh units on a two-class set of about 250 training points, trained
// in the real page at 1280×900. For each: frames a second, the main thread's busy share, and
// epochs (and training examples) a second, at normal speed and with the CPU slowed 4×; the
// median of three 5 s samples. Printed, never asserted.
//
//   node scripts/bench-network.mjs [dist] [--playground DIR]    (run alone: the figures are noisy)
//
// The Playground's URL takes networkShape=8,8,8,8,8,8 and trains one epoch over its 250 training
// points (500 points, ratio 50%) a frame. Ours trains 400 points of the circle held as the
// learner's own, 60% of them (240) trained on, at most 10 epochs a frame within a 1.5 ms budget.
import { resolve } from 'node:path';
import { serve } from '../tests/e2e/server.mjs';
import { launch, openPage } from '../tests/e2e/browser.mjs';

const VIEWPORT = { width: 1280, height: 900 };
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** 400 points of a noisy circle (centre 0.5, 0.5), as `x1,x2,label` triples for `nn-pts`. */
function circlePoints() {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = [];
  for (let i = 0; i < 400; i++) {
    const inner = i % 2 === 0;
    const angle = rand() * 2 * Math.PI;
    const r = inner ? rand() * 0.35 : 0.6 + rand() * 0.3;
    const x1 = Math.min(1.5, Math.max(-0.5, 0.5 + r * Math.cos(angle)));
    const x2 = Math.min(1.5, Math.max(-0.5, 0.5 + r * Math.sin(angle)));
    out.push(x1.toFixed(3), x2.toFixed(3), inner ? 1 : 0);
  }
  return out.join(',');
}

const OURS_HASH = `#v=1&nn-h=8,8,8,8,8,8&nn-fh=tanh&nn-lr=0.03&nn-bs=10&nn-d=own&nn-tr=60&nn-pts=${circlePoints()}`;

/** Frames and busy share over SECONDS, and how far `counter()` (epochs) advanced. */
async function sample(page, cdp, counter) {
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  const e0 = await counter();
  const w0 = Date.now();
  const frames = await page.evaluate(
    (ms) => new Promise((done) => {
      let n = 0;
      const t0 = performance.now();
      const tick = (t) => { n += 1; if (t - t0 < ms) requestAnimationFrame(tick); else done({ n, ms: t - t0 }); };
      requestAnimationFrame(tick);
    }),
    SECONDS * 1000,
  );
  const wall = (Date.now() - w0) / 1000;
  const m1 = await metrics();
  const e1 = await counter();
  return { fps: frames.n / (frames.ms / 1000), busy: (m1.TaskDuration - m0.TaskDuration) / wall, epochs: (e1 - e0) / wall };
}

async function median(page, cdp, counter) {
  const xs = [];
  for (let i = 0; i < RUNS; i++) xs.push(await sample(page, cdp, counter));
  xs.sort((a, b) => a.fps - b.fps);
  return xs[xs.length >> 1];
}

/** Opens a target, starts training, samples at 1× and 4×. */
async function measure(browser, origin, { url, start, counter, trainPoints }) {
  const page = await openPage(browser, origin, { viewport: VIEWPORT });
  await page.goto(url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await start(page);
  await page.waitForTimeout(1000);
  const read = () => counter(page);
  const normal = await median(page, cdp, read);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.waitForTimeout(1000);
  const slow = await median(page, cdp, read);
  await page.context().close();
  return { normal, slow, trainPoints };
}

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : null; };
const dist = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? 'dist';
const playground = option('--playground');

const site = await serve(resolve(dist));
const pg = playground ? await serve(resolve(playground)) : null;
const browser = await launch();
const rows = [];
try {
  for (const [name, embed] of [['ours, ?embed=layers', true], ['ours, whole page', false]]) {
    rows.push([name, await measure(browser, site.origin, {
      url: `${site.url}${embed ? '?embed=layers' : ''}${OURS_HASH}`,
      trainPoints: 240,
      start: async (page) => {
        const nn = page.getByRole('region', { name: 'Stack neurons in layers' });
        await nn.getByRole('button', { name: 'Unit h6.8: show its output and edit its weights' }).waitFor();
        await nn.evaluate((r) => r.scrollIntoView({ block: 'start' }));
        await nn.getByRole('button', { name: 'Train', exact: true }).click();
      },
      counter: (page) => page.getByRole('region', { name: 'Stack neurons in layers' }).locator('.readouts dd').first().textContent().then(Number),
    })]);
  }
  if (pg) {
    rows.push(['TF Playground', await measure(browser, pg.origin, {
      url: `${pg.url}index.html#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=8,8,8,8,8,8&seed=0.1&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false`,
      trainPoints: 250,
      start: async (page) => {
        await page.locator('#play-pause-button').waitFor();
        await page.locator('#play-pause-button').click();
      },
      counter: (page) => page.locator('#iter-number').textContent().then((t) => Number(t.replace(/,/g, ''))),
    })]);
  }
} finally {
  await browser.close();
  await site.close();
  await pg?.close();
}
const f = (r, n) => `${r.fps.toFixed(1)} fps, busy ${(r.busy * 100).toFixed(0)}%, ${r.epochs.toFixed(1)} epochs/s (${(r.epochs * n).toFixed(0)} examples/s)`;
console.log('\n6 hidden layers of 8 tanh units, training, 1280×900, headless Chromium, this machine\n');
console.log('| | CPU 1× | CPU 4× slower |\n|---|---|---|');
for (const [name, r] of rows) console.log(`| ${name} (${r.trainPoints} training points) | ${f(r.normal, r.trainPoints)} | ${f(r.slow, r.trainPoints)} |`);
if (!pg) console.log('\nTF Playground not measured: pass --playground DIR (its built dist/).');
