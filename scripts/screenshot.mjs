// Takes screenshots of the built page (dist/) in headless Chromium, so a person can look at
// what the app shows: `node scripts/screenshot.mjs [out-dir]`. Desktop and 390 px phone,
// light and dark.
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/server.mjs';
import { launch, openPage } from '../tests/e2e/browser.mjs';

const out = process.argv[2] ?? 'target/screenshots';
await mkdir(out, { recursive: true });
const site = await serve('dist');
const browser = await launch();
try {
  const shots = [
    ['desktop-light', { width: 1280, height: 900 }, 'light'],
    ['desktop-dark', { width: 1280, height: 900 }, 'dark'],
    ['phone-light', { width: 390, height: 844 }, 'light'],
  ];
  for (const [name, viewport, colorScheme] of shots) {
    const page = await openPage(browser, site.url, { viewport, colorScheme });
    await page.goto(site.url + (process.env.HASH ?? ''));
    await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    if (page.problems.length) console.log(name, page.problems);
    await page.context().close();
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await site.close();
}
