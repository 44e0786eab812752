// What a newcomer runs: the README's first command, `scripts/serve.sh`, and its developer
// variant `scripts/serve.sh --dev`. Each is started as a person would start it (the tools are
// installed by then), the test waits until 127.0.0.1:8080 serves the page, opens it in headless
// Chromium, and checks that every widget of every section renders (its plots drawn) and
// responds (a slider moved by keyboard redraws a plot or changes a number), with no console
// error, no failed request and no trap. Then the server is stopped.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { launch, openPage } from '../e2e/browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const URL_ = 'http://127.0.0.1:8080/';
// A cold machine compiles every crate first; a warm one only links and bundles.
const START_LIMIT_MS = 25 * 60 * 1000;

/** Starts `scripts/serve.sh ...args` in its own process group; resolves once the page is served. */
async function startServer(args) {
  const child = spawn('bash', ['scripts/serve.sh', ...args], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = null;
  child.on('exit', (code) => (exited = code));
  const stop = async () => {
    if (exited !== null) return;
    const gone = new Promise((ok) => child.on('exit', ok));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await gone;
  };
  const end = Date.now() + START_LIMIT_MS;
  for (;;) {
    if (exited !== null) throw new Error(`scripts/serve.sh ${args.join(' ')} exited (${exited}) before serving:\n${log.slice(-3000)}`);
    if (Date.now() > end) {
      await stop();
      throw new Error(`scripts/serve.sh ${args.join(' ')} served nothing within ${START_LIMIT_MS / 60000} minutes:\n${log.slice(-3000)}`);
    }
    // Served, and built: the page names its wasm module and that module is there.
    const html = await fetch(URL_).then((r) => (r.ok ? r.text() : ''), () => '');
    // (A release build names it in its list of binaries: scripts/build-embeds.mjs.)
    const list = html.match(/<script id=["']?bundles["']?[^>]*>([^<]*)<\/script>/);
    const wasm = list ? `${JSON.parse(list[1]).lesson.code}_bg.wasm` : html.match(/["']\.?\/?([^"']+_bg\.wasm)["']/)?.[1];
    if (wasm && (await fetch(URL_ + wasm, { method: 'HEAD' }).then((r) => r.ok, () => false))) {
      return { stop, log: () => log };
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Every widget on the page renders and responds. */
async function checkEveryWidget(page) {
  await page.goto(URL_);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor({ timeout: 60000 });
  const ids = await page.evaluate(() => [...document.querySelectorAll('section.widget')].map((s) => s.getAttribute('aria-labelledby')));
  assert.ok(ids.length >= 7, `every section's widgets are on the page (found ${ids.join(', ')})`);
  for (const id of ids) {
    const title = await page.locator(`#${id}`).textContent();
    const widget = page.getByRole('region', { name: title, exact: true });
    await widget.scrollIntoViewIfNeeded();
    await widget.evaluate((w) => w.scrollIntoView({ block: 'start' }));
    // Its plots: canvases with an accessible name (a layered plot also has unnamed canvases
    // under and over it, which carry no drawn count of their own).
    const canvases = widget.locator('canvas[role="img"]');
    const count = await canvases.count();
    const drawnCounts = async () => widget.evaluate((w) => [...w.querySelectorAll('canvas')].map((c) => Number(c.dataset.drawn ?? 0)));
    if (count > 0) {
      // Rendered: its first plot is drawn (later ones may sit below the screen, undrawn).
      await page.waitForFunction((id) => {
        const c = document.getElementById(id).closest('section').querySelector('canvas[role="img"]');
        return Number(c.dataset.drawn ?? 0) > 0;
      }, id, { timeout: 30000 });
    } else {
      assert.ok((await widget.innerText()).length > 200, `${title}: has content`);
    }
    const slider = widget.getByRole('slider').first();
    if ((await widget.getByRole('slider').count()) === 0) continue;
    // Responds: a keyboard step on its first slider redraws a plot or changes the text.
    const before = { drawn: await drawnCounts(), text: await widget.innerText() };
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      ({ id, before }) => {
        const w = document.getElementById(id).closest('section');
        const drawn = [...w.querySelectorAll('canvas')].map((c) => Number(c.dataset.drawn ?? 0));
        return drawn.some((n, i) => n > (before.drawn[i] ?? 0)) || w.innerText !== before.text;
      },
      { id, before },
      { timeout: 30000 },
    );
  }
  assert.equal(await page.locator('.crash').count(), 0, 'no crash message');
  assert.deepEqual(page.problems, [], 'the page had problems');
}

for (const args of [[], ['--dev']]) {
  const command = ['scripts/serve.sh', ...args].join(' ');
  test(`${command} serves a page whose widgets all render and respond`, { timeout: START_LIMIT_MS + 5 * 60 * 1000 }, async () => {
    const server = await startServer(args);
    const browser = await launch();
    try {
      const page = await openPage(browser, URL_, { viewport: { width: 1280, height: 900 } });
      await checkEveryWidget(page);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
}
