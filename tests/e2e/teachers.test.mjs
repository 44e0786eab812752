// The teachers' page (`?for=teachers`): the answers live there and nowhere on the learners' page;
// the learners' page reaches it only from its Share dialog; the answer key says what the model's
// own experiments show; the worksheet and the answer key print as documents of their own.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { assertNoProblems, eventually, axeViolations, useSite } from './helpers.mjs';

const site = useSite();
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const texts = async (locator) => (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());

/** What the teachers' page says: each challenge's solution, each prediction's answer. */
async function answerKey() {
  const page = await site.teachers();
  const key = page.locator('#answer-key');
  const solutions = await texts(key.locator('.teachers-table tbody td:last-child'));
  const predictions = await key.locator('.key-predictions li').evaluateAll((items) => items.map((li) => {
    const answer = li.querySelector('.key-answer').textContent.trim();
    return { question: li.textContent.replace(answer, '').replace(/\s+/g, ' ').trim(), answer };
  }));
  assertNoProblems(page);
  await page.context().close();
  return { solutions, predictions };
}

test('the learners\' page has no solution and no answer key; its Share dialog links to the teachers\' page', async () => {
  const { solutions, predictions } = await answerKey();
  assert.equal(solutions.length, 13);
  assert.equal(predictions.length, 9);
  const page = await site.open();
  await page.locator('#s6').waitFor({ state: 'attached' });
  const text = (await page.evaluate(() => document.body.textContent)).replace(/\s+/g, ' ');
  for (const solution of solutions) assert.ok(!text.includes(solution), `the learners' page shows the solution “${solution.slice(0, 60)}…”`);
  for (const heading of ['For teachers', 'Answer key', 'Challenges and solutions', 'The concept check\'s answers', 'Lesson plan']) {
    assert.equal(await page.getByRole('heading', { name: heading }).count(), 0, `no heading “${heading}”`);
  }
  assert.equal(await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: /teachers/i }).count(), 0);
  // The one way there: the Share dialog, which a teacher opens.
  const links = page.locator('a[href*="for=teachers"]');
  assert.equal(await links.count(), 1);
  assert.equal(await links.evaluate((a) => !!a.closest('details.share')), true);
  await page.getByText('Share or embed', { exact: true }).click();
  const [teachersPage] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: 'Open the teachers\' page' }).click(),
  ]);
  await teachersPage.getByRole('heading', { name: 'For teachers', level: 2 }).waitFor();
  assert.match(teachersPage.url(), /\?for=teachers$/);
  assert.equal(await teachersPage.title(), 'For teachers · Neuron Lab');
  // And back: the learners' lesson, without the teachers' key.
  await teachersPage.getByRole('link', { name: 'Open the learners\' lesson' }).click();
  await teachersPage.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  assert.doesNotMatch(teachersPage.url(), /for=teachers/);
  assertNoProblems(page);
  await page.context().close();
});

test('in another language the way to the teachers\' page keeps it', async () => {
  const page = await site.open();
  await page.goto(`${site.site.url}?lang=de`);
  await page.getByRole('heading', { name: 'Baue ein künstliches Neuron' }).waitFor();
  const href = await page.locator('a[href*="for=teachers"]').getAttribute('href');
  assert.match(href, /\?for=teachers&lang=de$/);
  await page.goto(new URL(href, site.site.url).href);
  await page.getByRole('heading', { name: 'Für Lehrkräfte', level: 2 }).waitFor();
  await page.getByRole('button', { name: 'Arbeitsblatt drucken' }).waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('the answer key gives, for each prediction, what the model\'s experiment shows', async () => {
  const { predictions } = await answerKey();
  const page = await site.open();
  await page.locator('#s6').waitFor({ state: 'attached' });
  for (const { question, answer } of predictions) {
    const group = page.getByRole('group', { name: new RegExp(`^Predict, then run it\\. ${escape(question)}`) });
    await group.scrollIntoViewIfNeeded();
    await group.getByRole('radio', { name: answer, exact: true }).check();
    await group.getByRole('button', { name: 'Run it' }).click();
    const status = group.getByRole('status');
    await eventually(async () => assert.match(await status.textContent(), /You predicted/), 10000);
    assert.match(await status.textContent(), new RegExp(`You predicted “${escape(answer)}”, and that is what happened\\.`), question);
  }
  assertNoProblems(page);
  await page.context().close();
});

test('the worksheet and the answer key each print alone, as documents', async () => {
  const page = await site.teachers();
  // The browser's print dialog, as the test's stand-in: it counts the calls; the PDF is printed
  // below from the state the button left.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [button, shown, hidden, heading, file] of [
    ['Print the worksheet', '#worksheet', '#answer-key', 'Worksheet: biological and artificial neurons', 'worksheet.pdf'],
    ['Print the answer key', '#answer-key', '#worksheet', 'Answer key: biological and artificial neurons', 'answer-key.pdf'],
  ]) {
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: button }).click();
    await eventually(async () => assert.equal(await page.evaluate(() => window.__printed), file === 'worksheet.pdf' ? 1 : 2));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(shown).isVisible(), true);
    assert.equal(await page.locator(shown).getByRole('heading', { name: heading }).isVisible(), true);
    assert.equal(await page.locator(hidden).isVisible(), false);
    for (const other of ['.site-header', '.print-buttons', '#teachers > h2', '.decoder', '.class-view']) {
      assert.equal(await page.locator(other).first().isVisible(), false, `${other} is not printed`);
    }
    await page.pdf({ path: ARTIFACTS + file, format: 'A4' });
  }
  // The worksheet: a box per option, lines to write on, a question per prediction and challenge.
  await page.emulateMedia({ media: 'screen' });
  const sheet = page.locator('#worksheet');
  assert.equal(await sheet.locator('.sheet-item').count(), 9 + 13);
  assert.equal(await sheet.locator('.tick-box').count(), 28);
  // After printing, the page prints as itself again.
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await eventually(async () => assert.equal(await page.evaluate(() => document.documentElement.dataset.print ?? null), null));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#teachers > h2').isVisible(), true);
  assertNoProblems(page);
  await page.context().close();
});

test('axe finds no violations on the teachers\' page with every part open', async () => {
  const page = await site.teachers();
  const closed = page.locator('#teachers details:not([open]) > summary');
  while (await closed.count()) await closed.first().click();
  const violations = await axeViolations(page);
  assert.deepEqual(violations, []);
  assertNoProblems(page);
  await page.context().close();
});
