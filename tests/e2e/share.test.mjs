// The share dialog builds a link and an embed snippet with the current settings; the link's
// hidden controls are gone and its locked controls cannot be used.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNoProblems, boundary, eventually, fieldValue, useSite } from './helpers.mjs';
import { openPage } from './browser.mjs';

const site = useSite();

test('a shared link hides and locks the chosen controls', async () => {
  const page = await site.open();
  await boundary(page).getByRole('slider', { name: 'Bias b', exact: true }).fill('0.5');
  await page.getByText('Share or embed').click();
  await page.getByRole('combobox', { name: 'Share' }).selectOption({ label: 'Only the decision boundary' });
  await page.getByRole('checkbox', { name: 'Hide: Data controls' }).check();
  await page.getByRole('checkbox', { name: 'Lock: Learning settings' }).check();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  assert.match(link, /\?embed=boundary&hide=bd-data&lock=bd-learning#v=1&.*bd-b=0\.5/);
  const snippet = await page.getByRole('textbox', { name: 'Embed code for a course page' }).inputValue();
  assert.match(snippet, /^<iframe id="neuron-lab-boundary-[0-9a-z]{4}" title="Neuron Lab" src="/);
  assert.ok(snippet.includes(link.replaceAll('&', '&amp;')), 'the link, as an attribute');
  // The link and the snippet copy with one press, and say so.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await page.getByRole('status').filter({ hasText: /^Copied\.$/ }).first().waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await page.getByRole('button', { name: 'Copy the embed code' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  // The next snippet's frame has another id: two snippets on one course page never clash.
  const next = await page.getByRole('textbox', { name: 'Embed code for a course page' }).inputValue();
  assert.notEqual(next.match(/id="([^"]+)"/)[1], snippet.match(/id="([^"]+)"/)[1]);
  assertNoProblems(page);

  const student = await openPage(site.browser, site.site.url);
  await student.goto(link);
  const bd = boundary(student);
  await bd.waitFor();
  assert.equal(await fieldValue(bd, 'Bias b value'), 0.5);
  await eventually(async () => assert.equal(await student.locator('.boundary .data-panel').isVisible(), false));
  await eventually(async () => assert.ok(await student.locator('#bd-rule').evaluate((el) => el.closest('[inert]') !== null)));
  const focusable = await student.locator('#bd-rule').evaluate((el) => { el.focus(); return document.activeElement === el; });
  assert.equal(focusable, false, 'a locked control cannot even take the focus');
  assert.equal(await bd.getByRole('button', { name: 'Train', exact: true }).count(), 1, 'the rest still works');
  // Unknown group names are ignored.
  await student.goto(`${site.site.url}?hide=nonsense,%7Bbody%7D#v=1`);
  await student.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  assert.ok(await student.locator('main').isVisible());
  assertNoProblems(student);
  await student.context().close();
  await page.context().close();
});

test('a whole-lesson link locks the chosen controls in every section, the first and the later ones', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?lock=bd-learning,bl-playback#v=1`);
  await boundary(page).waitFor();
  // The boundary's learning rule is in section 3, built after the first screen.
  await eventually(async () => assert.ok(await page.locator('#bd-rule').evaluate((el) => el.closest('[inert]') !== null)));
  // The biological lab's playback is in section 1, built with the first screen.
  const play = page.getByRole('region', { name: 'Record a biological neuron' }).getByRole('button', { name: 'Play' });
  await eventually(async () => assert.ok(await play.evaluate((el) => el.closest('[inert]') !== null)));
  assertNoProblems(page);
  await page.context().close();
});

test('the dialog turns the challenges and the concept checks off in the link, and the link does it', async () => {
  const page = await site.open();
  await page.getByText('Share or embed').click();
  await page.getByRole('checkbox', { name: 'Hide the challenges (?challenges=off)' }).check();
  await page.getByRole('checkbox', { name: 'Hide the concept checks (?quiz=off)' }).check();
  const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
  assert.match(link, /\?challenges=off&quiz=off#v=1&/);
  const student = await openPage(site.browser, site.site.url);
  await student.goto(link);
  await student.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await student.getByRole('heading', { name: 'Stack neurons in layers' }).waitFor();
  assert.equal(await student.getByRole('article').count(), 0, 'no challenge card');
  assert.equal(await student.getByRole('button', { name: 'Check my answers' }).count(), 0, 'no concept check');
  assertNoProblems(student);
  await student.context().close();
  await page.context().close();
});
