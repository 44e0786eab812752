// Shared pieces of the end-to-end tests: one static server and one browser per test file,
// polling assertions, reading numbers as the page shows them, and canvas snapshots.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';

// The build under test: the release `dist/` unless NEURON_LAB_DIST names another (a debug build).
export const DIST = process.env.NEURON_LAB_DIST ?? new URL('../../dist/', import.meta.url).pathname;

/** Starts the server and browser before the file's tests; closes them after. */
export function useSite() {
  const ctx = {};
  before(async () => {
    ctx.site = await serve(DIST);
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.site?.close();
  });
  /** A fresh page at `hash`, waited until the explorer is there. */
  ctx.open = async (hash = '', options = {}) => {
    const page = await openPage(ctx.browser, ctx.site.url, options);
    await page.goto(ctx.site.url + hash);
    await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
    return page;
  };
  /** A fresh page at the teachers' page (`?for=teachers`, plus `query`), waited until it is there. */
  ctx.teachers = async (query = '', options = {}) => {
    const page = await openPage(ctx.browser, ctx.site.url, options);
    await page.goto(`${ctx.site.url}?for=teachers${query}`);
    await page.getByRole('heading', { name: 'For teachers', level: 2 }).waitFor();
    return page;
  };
  return ctx;
}

/**
 * An init script (for `site.open(hash, { init: recordAudio })`) that records what the page asks
 * of Web Audio in `window.__audio`: contexts made, oscillators made, and every value passed to
 * `AudioParam.setTargetAtTime` (the loss tone's pitches in hertz and volumes of at most 1).
 */
export function recordAudio() {
  const log = (window.__audio = { contexts: 0, oscillators: 0, pitches: [], volumes: [] });
  const Context = window.AudioContext;
  window.AudioContext = class extends Context {
    constructor(...args) {
      super(...args);
      log.contexts += 1;
    }
  };
  const createOscillator = BaseAudioContext.prototype.createOscillator;
  BaseAudioContext.prototype.createOscillator = function () {
    log.oscillators += 1;
    return createOscillator.call(this);
  };
  const setTarget = AudioParam.prototype.setTargetAtTime;
  AudioParam.prototype.setTargetAtTime = function (value, time, constant) {
    (value > 1 ? log.pitches : log.volumes).push(value);
    return setTarget.call(this, value, time, constant);
  };
}

/** The pitch in hertz the loss tone should have for `loss` (neuron_core::sonify). */
export const pitchForLoss = (loss) => 220 * 4 ** ((Math.log10(Math.min(10, Math.max(1e-3, loss))) + 3) / 4);

/** Retries `check` until it stops throwing, for up to `ms`. */
export async function eventually(check, ms = 3000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** A number as the page writes it (with a typographic minus). */
export const readNumber = (text) => Number(text.trim().replace('−', '-'));

/** The explorer widget's region. */
export const explorer = (page) => page.getByRole('region', { name: 'Build an artificial neuron' });
/** The decision-boundary widget's region. */
export const boundary = (page) => page.getByRole('region', { name: 'Draw a boundary, then let the neuron learn' });

/** The value in a number field within `scope`, by its accessible name. */
export async function fieldValue(scope, name) {
  return readNumber(await scope.getByRole('textbox', { name, exact: true }).inputValue());
}

/** The neuron output the page shows. */
export async function shownOutput(page) {
  return (await page.getByLabel('Neuron output y').textContent()).trim();
}

/**
 * Brings a plot (a canvas locator) into view, as a person looks at it, and waits until it is
 * drawn: plots out of view are not drawn (they catch up when they come back).
 */
export async function seePlot(plot) {
  await plot.scrollIntoViewIfNeeded();
  await plot.page().waitForFunction((c) => Number(c.dataset.drawn ?? 0) > 0, await plot.elementHandle());
  return plot;
}

/** A plot's drawn-count and its text description, once it is in view and drawn. */
export async function describedPlot(page, name) {
  const plot = await seePlot(page.getByRole('img', { name }));
  return plot.evaluate((c) => [Number(c.dataset.drawn), document.getElementById(c.getAttribute('aria-describedby')).textContent]);
}

/** The pixels of the activation plot, as a data URL (after it is in view and drawn). */
export async function plotPixels(page) {
  const plot = await seePlot(page.getByRole('img', { name: 'Activation function plot' }));
  return plot.evaluate((c) => c.toDataURL());
}

export const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** The explorer's z from the numbers it shows in its fields. */
export async function shownPreActivation(page) {
  const ex = explorer(page);
  const rows = await ex.locator('.input-row').count();
  let z = await fieldValue(ex, 'Bias b value');
  for (let i = 1; i <= rows; i++) {
    z += (await fieldValue(ex, `Input x${i} value`)) * (await fieldValue(ex, `Weight w${i} value`));
  }
  return z;
}

/** Fails if the page logged an error or warning, or made a bad or foreign request. */
export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'the page had problems');
}

/**
 * Opens the "More settings" disclosure of a widget's region (where its advanced controls live),
 * as a person would, unless it is open already.
 */
export async function openMore(region) {
  const details = region.locator('details.more-settings');
  // A click that lands while the page is still settling can miss the summary: click again until
  // the disclosure is open (the state this waits for).
  await eventually(async () => {
    if (!(await details.evaluate((d) => d.open))) await details.locator(':scope > summary').click();
    assert.ok(await details.evaluate((d) => d.open), 'More settings is open');
  }, 15000);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into the page. Evaluated through the DevTools protocol, not added as a script
 * element: the page's Content-Security-Policy runs no inline script but its own.
 */
export async function injectAxe(page) {
  await page.evaluate(AXE_SOURCE);
}

/** axe-core's violations on the page as it is now, one line each (rule, help, elements). */
export async function axeViolations(page) {
  await injectAxe(page);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/**
 * Shows `html` as a course page served by `server` (the site's host, so the same origin as the
 * embeds it frames) at /course.html, as a teacher's page would be: with no
 * Content-Security-Policy of ours. Served, not routed: the site's service worker would answer a
 * routed request from the network.
 */
export async function showCoursePage(page, server, html) {
  // With an icon of its own, as a real page has: a browser asks for /favicon.ico otherwise.
  server.pages['/course.html'] = html.replace('<title>', '<link rel="icon" href="data:,"><title>');
  await page.goto(`${server.origin}/course.html`);
}
