// Launches Debian's Chromium through playwright-core with the flags these machines need, and
// records what must never happen on a page: console errors, uncaught exceptions, failed
// requests and requests to any other origin.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The browser, with `args` added to the flags (a benchmark's, for one). */
export async function launch(args = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
}

/**
 * A new page at `viewport` whose problems are collected in `page.problems`: console errors,
 * page errors, failed requests, and requests that leave `origin`. `init` runs in the page
 * before its own scripts. `locale` is the browser's language (the page's default language).
 */
export async function openPage(browser, origin, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', reducedMotion = 'no-preference', init = null, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion, locale });
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.problems = problems;
  return page;
}
