// Bad input never breaks the page: hundreds of random and malformed URL states fed to the real
// page (as hash changes and as fresh loads), each leaving a live page with finite numbers; and
// the Content-Security-Policy holds (any violation is a console error, which fails the test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, eventually, shownOutput, useSite, openMore } from './helpers.mjs';

const site = useSite();

/** A small seeded generator, so a failure can be replayed. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KEYS = ['v', 'x', 'w', 'b', 'f', 'bd-w', 'bd-b', 'bd-r', 'bd-f', 'bd-lr', 'bd-n', 'bd-s', 'bd-p', 'bd-d', 'bd-pts',
  'nn-h', 'nn-fh', 'nn-fo', 'nn-loss', 'nn-lr', 'nn-l2', 'nn-bs', 'nn-d', 'nn-n', 'nn-s', 'nn-w',
  'bl-m', 'bl-st', 'bl-a', 'bl-w', 'bl-i', 'bl-n', 'bl-s', 'zz', ''];
const VALUES = ['1', '0', '-1', '0.5,0.3,0.8', '1e999', '-1e999', 'NaN', 'Infinity', '', ',,,', 'abc', '%zz', '%00',
  '9'.repeat(400), '1,2,3,4,5,6,7,8,9', 'relu', 'sigmoid', 'custom', 'spiral', 'hh', 'lif', 'paired', '2,2', '8,8', '9,9,9',
  '0.1,0.2,1,0.3,0.4,0', '1.5,-0.5,1', '18446744073709551616', '-0', '0x10', '1_000', 'é', '<script>', '"\'', '1e-320'];

function randomFragment(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const n = Math.floor(next() * 10);
  const parts = [];
  if (next() < 0.8) parts.push(`v=${next() < 0.85 ? 1 : pick(VALUES)}`);
  for (let i = 0; i < n; i++) {
    const value = next() < 0.7 ? pick(VALUES) : String(next() * 200 - 100);
    parts.push(`${pick(KEYS)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  }
  if (next() < 0.1) parts.push('&&&=&');
  return parts.join('&');
}

test('hundreds of random and malformed URL states never break the page', async () => {
  const next = rng(20261129);
  const page = await site.open();
  let loads = 0;
  for (let i = 0; i < 300; i++) {
    const fragment = randomFragment(next);
    if (i % 30 === 0) {
      await page.goto(`${site.site.url}#${fragment}`);
      await page.reload();
      loads++;
    } else {
      await page.evaluate((f) => { window.location.hash = f; }, fragment);
    }
    await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor({ timeout: 5000 });
    const output = await shownOutput(page);
    assert.match(output, /^−?\d+\.\d{4}$/, `fragment #${fragment} → output "${output}"`);
    assert.equal(await page.locator('[role=alertdialog]').count(), 0, `no crash for #${fragment}`);
  }
  assert.ok(loads >= 10);
  const text = await page.locator('body').innerText();
  assert.ok(!/NaN|Infinity/.test(text), 'no NaN or Infinity on the page');
  assertNoProblems(page);
  await page.context().close();
});

test('a diverging network is caught and explained', async () => {
  const page = await site.open();
  const nn = page.getByRole('region', { name: 'Stack neurons in layers' });
  await nn.getByRole('combobox', { name: 'Hidden activation' }).selectOption({ label: 'Linear (none)' });
  await openMore(nn);
  await nn.getByRole('combobox', { name: 'Output activation' }).selectOption({ label: 'Linear (none)' });
  await nn.getByRole('combobox', { name: 'Learning rate' }).selectOption('30');
  await nn.getByRole('combobox', { name: 'Batch size' }).selectOption('1');
  await nn.getByRole('button', { name: 'Train', exact: true }).click();
  await nn.getByText(/The weights blew up/).waitFor({ timeout: 10000 });
  assert.equal(await nn.getByRole('button', { name: 'Train', exact: true }).getAttribute('aria-pressed'), 'false');
  const loss = await nn.locator('.readouts dd').nth(1).textContent();
  assert.match(loss, /^\d+\.\d{3}$/, `the loss is still a number: ${loss}`);
  await eventually(async () => assert.ok(!/NaN|Infinity/.test(await page.locator('body').innerText())));
  assertNoProblems(page);
  await page.context().close();
});

test('the page declares a same-origin Content-Security-Policy', async () => {
  const page = await site.open();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'self'/);
  assert.ok(!/https?:/.test(csp), 'no other origin is allowed');
  // A script from elsewhere would be refused (and reported as a console error).
  const blocked = await page.evaluate(() => new Promise((resolve) => {
    const s = document.createElement('script');
    s.src = 'https://example.invalid/x.js';
    s.onerror = () => resolve(true);
    s.onload = () => resolve(false);
    document.head.appendChild(s);
    setTimeout(() => resolve(true), 1000);
  }));
  assert.ok(blocked);
  const refused = page.problems.filter((p) => /Content Security Policy|Refused/.test(p));
  assert.ok(refused.length >= 1, 'the CSP refused the foreign script');
  await page.context().close();
});
