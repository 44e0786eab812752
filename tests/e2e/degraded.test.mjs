// The clumsy and the hostile inputs that once degraded the page now get clear, bounded answers:
// an overlong ?lang=, a CSV with a byte-order mark, 50 MB pasted into the CSV box, a settings
// file too large to be one, "NaN" and "1,500" typed into a number field, a bad seed in a link,
// and an injected inline script, which the Content-Security-Policy now stops.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DIST, assertNoProblems, boundary, explorer, openMore, useSite } from './helpers.mjs';

const site = useSite();

test('a ?lang= of 10,000 characters gives a one-line notice and no sideways scroll', async () => {
  const page = await site.open('', {});
  await page.goto(`${site.site.url}?lang=${'x'.repeat(10000)}`);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  const notice = page.getByText(/The page is not available in/);
  assert.equal(await notice.textContent(), `The page is not available in “${'x'.repeat(24)}…”, so it is shown in English.`);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= innerWidth), 'no sideways scroll');
  assertNoProblems(page);
  await page.context().close();
});

/** Opens the boundary widget's CSV box. */
async function csvBox(page) {
  const bd = boundary(page);
  await bd.scrollIntoViewIfNeeded();
  await openMore(bd);
  await bd.getByText('Points as CSV').click();
  return bd.getByRole('textbox', { name: 'One point per line: x1,x2,label (label 0 or 1)' });
}

test('a CSV that begins with a byte-order mark loads', async () => {
  const page = await site.open();
  const box = await csvBox(page);
  await box.fill('\uFEFFx1,x2,label\n0.1,0.2,1\n0.7,0.9,0\n');
  await boundary(page).getByRole('button', { name: 'Load points' }).click();
  await boundary(page).getByText('Loaded 2 points.').waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('50 MB pasted into the CSV box is cut at what fits and refused at once', async () => {
  const page = await site.open();
  const box = await csvBox(page);
  await box.focus();
  // A paste, as the browser does it: the box takes no more than its maxlength.
  const took = await box.evaluate((el) => {
    const start = performance.now();
    document.execCommand('insertText', false, '0.1,0.2,1\n'.repeat(5_000_000));
    return { ms: performance.now() - start, length: el.value.length };
  });
  assert.equal(took.length, 32768, 'the box keeps what fits');
  await boundary(page).getByRole('button', { name: 'Load points' }).click();
  await boundary(page).getByText(/Line 401: at most 400 points can be loaded/).waitFor();
  console.log(`pasting 50 MB took ${Math.round(took.ms)} ms`);
  assertNoProblems(page);
  await page.context().close();
});

test('a settings file too large to be one is refused without reading it', async () => {
  const page = await site.open();
  const input = page.locator('input[type=file][accept*="json"]');
  await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2_000_000, 32) });
  await page.getByText('Nothing loaded. This file is too large to be a Neuron Lab settings file.').waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('"NaN" is not a number, "1,500" in English is fifteen hundred, and "-" is still being typed', async () => {
  const page = await site.open();
  const ex = explorer(page);
  const field = ex.getByRole('textbox', { name: 'Bias b value', exact: true });
  const hint = ex.locator('.param:has(input[aria-label="Bias b value"]) .param-hint');
  await field.fill('NaN');
  await eventuallyText(hint, /^Not a number; still using 0\.10$/);
  await field.fill('1,500');
  await eventuallyText(hint, /^Must be between −3 and 3; still using 0\.10$/);
  await field.fill('-');
  await eventuallyText(hint, /^$/);
  assert.equal(await field.getAttribute('aria-invalid'), 'false');
  await field.fill('-1.5');
  await field.press('Enter');
  assert.equal(await field.inputValue(), '−1.50');
  assertNoProblems(page);
  await page.context().close();
});

async function eventuallyText(locator, pattern) {
  await locator.page().waitForFunction(
    ([el, source]) => new RegExp(source).test(el.textContent.trim()),
    [await locator.elementHandle(), pattern.source],
  );
}

test('a bad seed in a link gets a notice like every other bad key', async () => {
  for (const [key, widget] of [['bd-s', 'decision-boundary'], ['nn-s', 'network'], ['bl-s', 'biological-neuron']]) {
    const page = await site.open(`#v=1&${key}=not-a-seed`);
    await page.getByText(`The link's ${widget} seed could not be read; the default is used.`).waitFor();
    assertNoProblems(page);
    await page.context().close();
  }
});

test('script-src allows no inline script but the page\'s own, and an injected one does not run', async () => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  const csp = html.match(/<meta[^>]*content="([^"]*)"[^>]*Content-Security-Policy/)[1];
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), scriptSrc);
  assert.match(scriptSrc, /'sha256-[A-Za-z0-9+/=]+'/);
  const page = await site.open();
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.head.append(s);
    return window.__injected === true;
  });
  assert.equal(ran, false, 'the injected script was blocked');
  assert.ok(page.problems.every((p) => /Content Security Policy/.test(p)), page.problems.join('\n'));
  await page.context().close();
});
