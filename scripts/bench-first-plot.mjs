// How soon a widget is live, side by side with TensorFlow Playground (issue 29): from the
// navigation's start to the first heatmap on the page, for our layers widget embedded alone
// (`?embed=layers`), for our whole page (its first plot), and, when given its built folder, for
// the Playground's index.html, in one run of one browser on this machine. Each load is a fresh
// browser context (empty cache, no service worker), five loads at normal speed and five with the
// CPU slowed 4× (a school laptop). With it: the main thread's script time before the first plot,
// the page's element count and what it transferred; and for `?embed=layers`, where the time goes.
// Figures are printed, never asserted.
//
//   node scripts/bench-first-plot.mjs [dist] [--playground DIR] [--runs N]
//
// DIR is the Playground's own build (its `dist/`), made outside this repository for this
// benchmark only (see README, "Other commands"); nothing here downloads it. Both sites are served
// on 127.0.0.1 by tests/e2e/server.mjs; every other host fails to resolve, so the Playground's
// Google Fonts stylesheet and analytics fail at once, as offline (on the web they cost it more).
//
// How the first heatmap is seen, the same way on every page: a script installed before the
// page's own wraps the 2D context's drawing calls (putImageData, drawImage, fillRect, fill, stroke,
// fillText, strokeText) and, at the end of every script turn that drew on a canvas matching the
// page's heatmap selector, reads that canvas back (getImageData) for a non-transparent pixel.
// "drawn" is that moment; "next frame" is the first requestAnimationFrame callback after it. Our
// page draws inside a frame's rendering steps (a ResizeObserver callback), so that frame shows
// it and "drawn" is nearer the truth; the Playground draws in a script task, shown at the next
// frame, so "next frame" is. The heatmaps: ours the small canvas under "Network output over the
// plane" (`canvas.plot-backdrop`, one putImageData a frame), the Playground's the canvas in
// `#heatmap` (one putImageData); our whole page's first plot is any `canvas[role=img]`.
//
// Main-thread time comes from a Chrome trace (CDP Tracing, through playwright's
// browser.startTracing) of separate loads, so that tracing does not slow the timed ones: every
// main-thread event between the navigation's start and the heatmap drawn is attributed to its
// innermost event ("self time", as DevTools' bottom-up view), grouped as script (JS and wasm
// running), compile (JS parse and compile), wasm compile, GC, style and layout, paint, other.
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from '../tests/e2e/server.mjs';
import { launch as launchBrowser } from '../tests/e2e/browser.mjs';

const VIEWPORT = { width: 1400, height: 1000 };
// Ours: the layers widget's heatmap, and the plot whose axes are drawn just before it.
const LAYERS_PLANE = 'figure[aria-label="Network output over the plane"]';

/** The tests' browser, with every host but loopback unresolvable. */
const launch = () => launchBrowser(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);

/**
 * Runs in the page before its own scripts. Records in `window.__fp.marks` (ms since the
 * navigation's start, each also a `performance.mark('fp:…')` for the trace): `drawn` and `frame`
 * (see the header), and for the breakdown of our page, observed from outside the app:
 * `wasm-call`/`wasm-ready` (WebAssembly.instantiateStreaming called and resolved: compile and
 * instantiate, overlapping the download), `app-started` (Trunk's TrunkApplicationStarted event),
 * `messages` (the app's code resumes with the message file's text: it parses it now), `lang`
 * (the app sets `<html lang>`, right after parsing, right before mounting), `mounted` (the app's
 * root inserted into `<body>`, whole: the view is built), `mount-frame` (the first animation frame
 * after that: the task that mounted, with the effects it ran, is over), `resize` (the first ResizeObserver
 * callback after that: the first frame's layout, which gives the plots their size), `axes` (the
 * plane's own canvas drawn: it bumps `data-drawn`).
 */
function probe({ heatmap, axes }) {
  const now = () => performance.now();
  const fp = (window.__fp = { marks: {} });
  const mark = (name) => {
    if (fp.marks[name] !== undefined) return;
    fp.marks[name] = now();
    performance.mark(`fp:${name}`);
  };
  const nonBlank = (canvas) => {
    if (!canvas.width || !canvas.height) return false;
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; data && i < data.length; i += 4) if (data[i] !== 0) return true;
    return false;
  };
  let done = false;
  let queued = false;
  const touched = new Set();
  const check = () => {
    queued = false;
    for (const canvas of touched) {
      if (!done && canvas.isConnected && canvas.matches(heatmap) && nonBlank(canvas)) {
        done = true;
        mark('drawn');
        requestAnimationFrame(() => mark('frame'));
      }
    }
    touched.clear();
  };
  const proto = CanvasRenderingContext2D.prototype;
  for (const name of ['putImageData', 'drawImage', 'fillRect', 'fill', 'stroke', 'fillText', 'strokeText']) {
    const original = proto[name];
    proto[name] = function (...args) {
      const out = original.apply(this, args);
      if (!done) {
        touched.add(this.canvas);
        if (!queued) {
          queued = true;
          queueMicrotask(check);
        }
      }
      return out;
    };
  }

  // The breakdown's milestones (none of them fire on a page without wasm or Trunk).
  const wasm = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = function (...args) {
    mark('wasm-call');
    return wasm.apply(this, args).then((r) => (mark('wasm-ready'), r));
  };
  addEventListener('TrunkApplicationStarted', () => mark('app-started'));
  Object.defineProperty(window, 'neuronLabLocale', {
    configurable: true,
    set(locale) {
      Object.defineProperty(window, 'neuronLabLocale', { value: locale, writable: true, configurable: true });
      const text = locale?.text;
      if (text) text.then = (ok, err) => Promise.prototype.then.call(text, (v) => (mark('messages'), ok(v)), err);
    },
  });
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (name === 'lang' && this === document.documentElement) mark('lang');
    else if (name === 'data-drawn' && axes && this.matches(axes)) mark('axes');
    return setAttribute.call(this, name, value);
  };
  for (const name of ['insertBefore', 'appendChild']) {
    const original = Node.prototype[name];
    Node.prototype[name] = function (...args) {
      if (this === document.body && fp.marks.lang !== undefined && fp.marks.mounted === undefined) {
        mark('mounted');
        requestAnimationFrame(() => mark('mount-frame'));
      }
      return original.apply(this, args);
    };
  }
  const Observer = window.ResizeObserver;
  window.ResizeObserver = class extends Observer {
    constructor(callback) {
      super((...args) => {
        if (fp.marks.mounted !== undefined) mark('resize');
        return callback(...args);
      });
    }
  };
}

const TRACE_CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm',
  'disabled-by-default-v8.compile', 'blink.user_timing', 'loading',
];

/** What a main-thread event's self time counts as. */
const KINDS = [
  ['wasm compile', /^(wasm\.|v8\.wasm\.)/],
  ['GC', /GC|Scavenge|Sweep|Mark/],
  ['compile', /^(v8\.compile|v8\.compileModule|V8\.Compile|V8\.Parse|v8\.parse|v8\.produce|FlushInstructionCache|V8\.Finalize|V8\.Maglev|V8\.Turbofan)/],
  ['script', /^(EvaluateScript|v8\.evaluateModule|FunctionCall|v8\.callFunction|v8\.run|V8\.Execute|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|TimerFire|FireAnimationFrame|EventDispatch|FireIdleCallback|XHRReadyStateChange|v8\.newInstance)$/],
  ['style and layout', /^(UpdateLayoutTree|Layout|RecalcStyle|ParseAuthorStyleSheet|HitTest|IntersectionObserverController|ResizeObserver)/],
  ['paint', /^(Paint|PrePaint|Layerize|Commit|PaintImage|Decode|CompositeLayers|UpdateLayer|Rasterize)/],
  ['html', /^ParseHTML$/],
];
const SCRIPTING = ['script', 'compile', 'wasm compile', 'GC'];
// "other": loading, IPC, and a task's own time outside any traced event.
const kindOf = (name) => KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';

/**
 * From a trace of one load: the navigation's start and the `fp:` marks (trace µs), and a
 * function giving, for a window [a, b] of ms since the navigation's start, the main thread's
 * self time by kind, its busy time, and the wasm compile time on other threads of the page's
 * process.
 */
function readTrace(buffer, drawnMs) {
  const events = JSON.parse(buffer.toString()).traceEvents;
  const drawn = events.find((e) => e.name === 'fp:drawn' && e.cat.includes('blink.user_timing'));
  if (!drawn) throw new Error('the trace has no fp:drawn mark');
  const { pid } = drawn;
  const origin = drawn.ts - drawnMs * 1000;
  const marks = {};
  for (const e of events) if (e.pid === pid && e.name?.startsWith('fp:')) marks[e.name.slice(3)] = (e.ts - origin) / 1000;
  const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').tid;
  // Complete events per thread, as [start, end, name] in ms since the navigation's start.
  const spans = new Map();
  const open = new Map();
  for (const e of events.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts)) {
    const list = spans.get(e.tid) ?? spans.set(e.tid, []).get(e.tid);
    if (e.ph === 'X' && e.dur !== undefined) list.push([(e.ts - origin) / 1000, (e.ts + e.dur - origin) / 1000, e.name]);
    else if (e.ph === 'B') (open.get(e.tid) ?? open.set(e.tid, []).get(e.tid)).push(e);
    else if (e.ph === 'E') {
      const b = open.get(e.tid)?.pop();
      if (b) list.push([(b.ts - origin) / 1000, (e.ts - origin) / 1000, b.name]);
    }
  }
  // Self time: each event's span minus its children's, its children nested in it.
  const nodes = (spans.get(main) ?? []).sort((a, b) => a[0] - b[0] || b[1] - a[1]).map(([s, e, name]) => ({ s, e, name, children: [] }));
  const roots = [];
  const stack = [];
  for (const n of nodes) {
    while (stack.length && stack.at(-1).e <= n.s) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      n.e = Math.min(n.e, parent.e);
      parent.children.push(n);
    } else roots.push(n);
    stack.push(n);
  }
  const clip = (n, a, b) => Math.max(0, Math.min(n.e, b) - Math.max(n.s, a));
  return {
    marks,
    window(a, b) {
      const self = {};
      const walk = (n) => {
        const t = clip(n, a, b) - n.children.reduce((sum, c) => sum + clip(c, a, b), 0);
        const kind = kindOf(n.name);
        self[kind] = (self[kind] ?? 0) + t;
        n.children.forEach(walk);
      };
      roots.forEach(walk);
      const busy = roots.reduce((sum, n) => sum + clip(n, a, b), 0);
      // Wasm compile on the other threads (streaming compile, tier-up): the union per thread.
      let offMain = 0;
      for (const [tid, list] of spans) {
        if (tid === main) continue;
        let end = -Infinity;
        for (const [s, e, name] of list.filter((x) => /^wasm\./.test(x[2])).sort((x, y) => x[0] - y[0])) {
          const from = Math.max(s, end, a);
          const to = Math.min(e, b);
          if (to > from) offMain += to - from;
          end = Math.max(end, e);
        }
      }
      return { self, busy, scripting: SCRIPTING.reduce((t, k) => t + (self[k] ?? 0), 0), offMain };
    },
  };
}

/**
 * One load of `target` in a fresh context at CPU `rate`; with `trace`, under a Chrome trace.
 * With `settle`, it waits for the load event and a second more, then counts the elements.
 */
async function load(browser, target, { rate, trace = false, settle = false }) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const elsewhere = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(target.origin) && !/^(data|blob):/.test(r.url())) elsewhere.push(r.url());
    });
    await page.addInitScript(probe, { heatmap: target.heatmap, axes: target.axes ?? null });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(target.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__fp?.marks.frame !== undefined, null, { timeout: 60000, polling: 100 });
    const out = await page.evaluate(() => {
      const marks = window.__fp.marks;
      const nav = performance.getEntriesByType('navigation')[0];
      const fetched = [nav, ...performance.getEntriesByType('resource')]
        .filter((e) => e.responseEnd <= marks.drawn)
        .map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd }));
      return { marks, fetched };
    });
    if (trace) out.trace = readTrace(await browser.stopTracing(), out.marks.drawn);
    if (settle) {
      await page.waitForLoadState('load');
      await page.waitForTimeout(1000);
      out.elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    }
    out.elsewhere = elsewhere;
    return out;
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined && x !== null).sort((a, b) => a - b);
  if (!s.length) return undefined;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

/** gzip -9 and raw bytes of the files a load fetched, read from the folder the site serves. */
function transfer(target, fetched) {
  let raw = 0;
  let gzip = 0;
  const files = [];
  for (const { url } of fetched) {
    const u = new URL(url);
    if (u.origin !== target.origin) continue;
    let file = join(target.root, decodeURIComponent(u.pathname.slice(new URL(target.base).pathname.length)));
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    files.push(u.pathname.split('/').pop() || 'index.html');
  }
  return { raw, gzip, files };
}

/**
 * Measures every target; resolves to the lines to print. `ours` is { url, root } of our served
 * build; `playground` the Playground's built folder, or null.
 */
export async function firstPlot({ ours, playground = null, runs = 5, log = () => {} }) {
  const own = new URL(ours.url);
  const targets = [
    { name: 'ours ?embed=layers', url: `${ours.url}?embed=layers`, heatmap: `${LAYERS_PLANE} canvas.plot-backdrop`, axes: `${LAYERS_PLANE} canvas[role="img"]` },
    { name: 'ours, whole page', url: ours.url, heatmap: 'canvas[role="img"]', firstPlot: true },
  ].map((t) => ({ ...t, origin: own.origin, base: ours.url, root: ours.root }));
  let pgSite = null;
  if (playground) {
    playground = resolve(playground);
    pgSite = await serve(playground);
    targets.push({ name: 'TF Playground', url: `${pgSite.url}index.html`, heatmap: '#heatmap canvas', origin: pgSite.origin, base: pgSite.url, root: playground });
  }
  const load1 = loadavg()[0];
  const browser = await launch();
  const results = new Map();
  try {
    // Interleaved (ours, ours, theirs, ours, …), so that a slow spell of the machine falls on all.
    for (const rate of [1, 4]) {
      for (const t of targets) results.set(`${t.name}@${rate}`, { timed: [], traced: [] });
      for (let i = 0; i < runs; i++) {
        for (const t of targets) {
          log(`${t.name}, CPU ${rate}×, load ${i + 1} of ${runs}`);
          results.get(`${t.name}@${rate}`).timed.push(await load(browser, t, { rate, settle: rate === 1 && i === 0 }));
        }
      }
      for (let i = 0; i < runs; i++) {
        for (const t of targets) {
          log(`${t.name}, CPU ${rate}×, traced load ${i + 1} of ${runs}`);
          results.get(`${t.name}@${rate}`).traced.push(await load(browser, t, { rate, trace: true }));
        }
      }
    }
  } finally {
    await browser.close();
    await pgSite?.close();
  }

  // The table: one column per target.
  const rows = [];
  const cell = (f) => targets.map((t) => f(t, results.get(`${t.name}@1`), results.get(`${t.name}@4`)));
  const ms = (r, key) => r.timed.map((x) => x.marks[key]);
  const traced = (r, f) => median(r.traced.map((x) => f(x.trace.window(0, x.marks.drawn))));
  rows.push(['', ...targets.map((t) => t.name + (t.firstPlot ? ' (first plot)' : ''))]);
  rows.push([`navigation → heatmap drawn, ms, median (min–max) of ${runs}`, ...cell((t, a) => spread(ms(a, 'drawn')))]);
  rows.push(['navigation → the next frame after it', ...cell((t, a) => spread(ms(a, 'frame')))]);
  rows.push(['CPU 4× slower: navigation → heatmap drawn', ...cell((t, a, b) => spread(ms(b, 'drawn')))]);
  rows.push(['CPU 4× slower: navigation → the next frame after it', ...cell((t, a, b) => spread(ms(b, 'frame')))]);
  rows.push([`main-thread scripting before the heatmap (JS+wasm run, compile, GC; trace, median of ${runs}), ms`, ...cell((t, a, b) => `${traced(a, (w) => w.scripting).toFixed(0)} / 4×: ${traced(b, (w) => w.scripting).toFixed(0)}`)]);
  rows.push(['  of which wasm compile on the main thread (streaming and lazy), ms', ...cell((t, a, b) => `${traced(a, (w) => w.self['wasm compile'] ?? 0).toFixed(0)} / 4×: ${traced(b, (w) => w.self['wasm compile'] ?? 0).toFixed(0)}`)]);
  rows.push(['main thread busy before the heatmap (every task), ms', ...cell((t, a, b) => `${traced(a, (w) => w.busy).toFixed(0)} / 4×: ${traced(b, (w) => w.busy).toFixed(0)}`)]);
  rows.push(['wasm compile on other threads before the heatmap, CPU ms', ...cell((t, a, b) => `${traced(a, (w) => w.offMain).toFixed(0)} / 4×: ${traced(b, (w) => w.offMain).toFixed(0)}`)]);
  rows.push(['with tracing on: navigation → heatmap drawn, ms', ...cell((t, a, b) => `${median(a.traced.map((x) => x.marks.drawn)).toFixed(0)} / 4×: ${median(b.traced.map((x) => x.marks.drawn)).toFixed(0)}`)]);
  rows.push(['elements in the DOM after load (+1 s)', ...cell((t, a) => String(a.timed[0].elements))]);
  rows.push(['fetched by the heatmap: gzip -9 of each file / raw, KB (files)', ...cell((t, a) => {
    const x = transfer(t, a.timed[0].fetched);
    return `${(x.gzip / 1024).toFixed(1)} / ${(x.raw / 1024).toFixed(1)} (${x.files.length})`;
  })]);
  rows.push(['requests to other hosts (failed at once, not counted)', ...cell((t, a) => {
    const hosts = [...new Set(a.timed[0].elsewhere.map((u) => new URL(u).host))];
    return hosts.length ? `${a.timed[0].elsewhere.length}: ${hosts.join(', ')}` : 'none';
  })]);
  const lines = [];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  lines.push('', `First plot and bytes, side by side (headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}, this machine: ${cpus().length} cores, ` +
    `load average ${load1.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after; a fresh context per load, loads interleaved)`, '');
  for (const r of rows) lines.push(r.map((v, c) => v.padEnd(widths[c])).join('  ').trimEnd());
  lines.push('', 'The files fetched by the heatmap (Resource Timing, responses ended before it):');
  for (const t of targets) lines.push(`  ${t.name}: ${transfer(t, results.get(`${t.name}@1`).timed[0].fetched).files.join(', ')}`);

  // Where ?embed=layers' time goes: the milestones (timed loads) and the main thread's self time
  // between them (traced loads).
  const embed = targets[0];
  lines.push('', `Where ?embed=layers' first heatmap goes (median of ${runs} loads; ms since the navigation's start; CPU 1× | 4×)`, '');
  const at = (rate, f) => median(results.get(`${embed.name}@${rate}`).timed.map(f));
  const fetchOf = (match) => (x) => x.fetched.find((e) => match(new URL(e.url).pathname));
  const files = [
    ['html (the navigation)', (p) => p.endsWith('/') || p.endsWith('.html')],
    ['css', (p) => p.endsWith('.css')],
    ['js (wasm-bindgen glue)', (p) => p.endsWith('.js')],
    ['wasm', (p) => p.endsWith('.wasm')],
    ['messages (en.ftl)', (p) => p.endsWith('.ftl')],
  ];
  const pair = (f) => `${(at(1, f) ?? NaN).toFixed(0).padStart(5)} | ${(at(4, f) ?? NaN).toFixed(0).padStart(5)}`;
  const out = [];
  for (const [what, match] of files) {
    out.push([`fetched: ${what}, request start → end`, `${pair((x) => fetchOf(match)(x)?.start)}  →  ${pair((x) => fetchOf(match)(x)?.end)}`]);
  }
  const steps = [
    ['wasm-call', 'WebAssembly.instantiateStreaming called (glue evaluated, init() started)'],
    ['wasm-ready', 'wasm compiled and instantiated (its promise resolved; compile streams during the download)'],
    ['app-started', 'app started (__wbindgen_start ran; TrunkApplicationStarted)'],
    ['messages', "messages: the app's code resumes with en.ftl's text and parses it"],
    ['lang', 'messages parsed (<html lang> set; mounting starts)'],
    ['mounted', 'view built (its root put in <body>)'],
    ['mount-frame', "the mounting task's end (the next frame's start; the effects ran before it)"],
    ['resize', "first frame's layout (first ResizeObserver callback: the plots get their size)"],
    ['axes', "the plane's axes and points drawn (its data-drawn)"],
    ['drawn', 'heatmap drawn (putImageData on the plane\'s backdrop)'],
    ['frame', 'the next frame'],
  ];
  for (const [key, what] of steps) out.push([what, pair((x) => x.marks[key])]);
  // The main thread between milestones, from the traced loads.
  const spans = [['navigation', 'wasm-ready'], ['wasm-ready', 'lang'], ['lang', 'mounted'], ['mounted', 'mount-frame'], ['mount-frame', 'drawn']];
  const names = { navigation: 'navigation', 'wasm-ready': 'wasm ready', lang: 'messages parsed', mounted: 'view built', 'mount-frame': "mounting task's end", drawn: 'heatmap drawn' };
  const traceSplit = (rate, [from, to]) => {
    const loads = results.get(`${embed.name}@${rate}`).traced;
    const windows = loads.map((x) => x.trace.window(from === 'navigation' ? 0 : x.marks[from], x.marks[to]));
    const kinds = [...KINDS.map(([k]) => k), 'other'];
    const parts = kinds.map((k) => [k, median(windows.map((w) => w.self[k] ?? 0))]).filter(([, v]) => v >= 0.5);
    const span = median(loads.map((x) => x.marks[to] - (from === 'navigation' ? 0 : x.marks[from])));
    return `${span.toFixed(0)} ms, main thread busy ${median(windows.map((w) => w.busy)).toFixed(0)}: ${parts.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`;
  };
  const width = Math.max(...out.map((r) => r[0].length));
  for (const [what, value] of out) lines.push(`${what.padEnd(width)}  ${value}`);
  lines.push('', "The main thread between them (traced loads, median; self time by kind, ms; other: loading, IPC, a task's untraced time):");
  for (const s of spans) {
    lines.push(`  ${names[s[0]]} → ${names[s[1]]}:`);
    lines.push(`    CPU 1×: ${traceSplit(1, s)}`);
    lines.push(`    CPU 4×: ${traceSplit(4, s)}`);
  }
  return lines;
}

// Run alone: `node scripts/bench-first-plot.mjs [dist] [--playground DIR] [--runs N]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const playground = option('--playground');
  const runs = Number(option('--runs') ?? 5);
  const root = resolve(args[0] ?? 'dist');
  const site = await serve(root);
  try {
    const lines = await firstPlot({
      ours: { url: site.url, root },
      playground: playground ? resolve(playground) : null,
      runs,
      log: (m) => console.error(m),
    });
    if (!playground) lines.push('', 'TF Playground not measured: pass --playground DIR (its built dist/).');
    console.log(lines.join('\n'));
  } finally {
    await site.close();
  }
}
