// The class view on the teachers' page: learners' codes made by the page itself (each learner answers
// the concept check through its controls), pasted as a gradebook export with bad lines, read
// into the class's numbers, checked against values worked out by hand; and a class of 500.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage } from './browser.mjs';
import { assertNoProblems, eventually, injectAxe, useSite } from './helpers.mjs';

const site = useSite();
const RIGHT = [1, 3, 0, 2, 1, 2, 3, 0, 2, 1];
const wrong = (i) => (RIGHT[i] === 0 ? 1 : 0);
const teachers = (page) => page.getByRole('region', { name: 'For teachers' });

async function answer(scope, choices) {
  for (const [i, choice] of choices.entries()) {
    await scope.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) }).getByRole('radio').nth(choice).check();
  }
}

/** A learner's code, made by the page: the checks answered as given (null: not taken). */
async function learnerCode({ before, after, solveTarget = false }) {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(site.site.url);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  if (solveTarget) {
    const ex = page.getByRole('region', { name: 'Build an artificial neuron' });
    await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('-1.96');
    await ex.getByRole('article', { name: 'Hit 0.25 (solved)', exact: true }).waitFor();
  }
  if (before) {
    await page.getByText('Check what you know first (optional, 10 questions)').click();
    const pre = page.locator('details.pre-check');
    await answer(pre, before);
    await pre.getByRole('button', { name: 'Check my answers' }).click();
    await pre.locator('.quiz-score').getByText(/^You scored/).waitFor();
  }
  const post = page.getByRole('region', { name: '7. Check your understanding' });
  await answer(post, after);
  await post.getByRole('button', { name: 'Check my answers' }).click();
  await post.locator('.quiz-score').getByText(/^You scored/).waitFor();
  await page.locator('details.progress-panel > summary').click();
  const code = (await page.getByRole('status', { name: 'Progress code', exact: true }).textContent()).trim();
  assertNoProblems(page);
  await page.context().close();
  return code;
}

/** Pastes `text` into the class view and reads it. */
async function readClass(page, text) {
  const tc = teachers(page);
  await tc.getByRole('textbox', { name: 'Progress codes (one per line, or “name, code”)' }).fill(text);
  await tc.getByRole('button', { name: 'Read the codes' }).click();
  return tc;
}

const cells = (table) => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));

test('the class view: codes from the page, a gradebook export with bad lines, and the numbers worked out by hand', async () => {
  // Four learners, each made through the page's own concept checks.
  const ann = await learnerCode({ before: RIGHT.map((_, i) => wrong(i)), after: RIGHT, solveTarget: true }); // 0 -> 10
  const bo = await learnerCode({ before: RIGHT.map((r, i) => (i < 5 ? r : wrong(i))), after: RIGHT.map((r, i) => (i === 3 ? wrong(i) : r)) }); // 5 -> 9
  const cy = await learnerCode({ before: null, after: RIGHT.map((r, i) => (i < 7 ? r : wrong(i))) }); // - -> 7
  const di = await learnerCode({ before: RIGHT.map((r, i) => (i < 2 ? r : wrong(i))), after: RIGHT.map((r, i) => (i < 8 ? r : wrong(i))) }); // 2 -> 8
  for (const code of [ann, bo, cy, di]) assert.match(code, /^NL(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
  const mistyped = ann.slice(0, -1) + (ann.at(-1) === 'A' ? 'B' : 'A');
  // Line 1 a header; Ed's code is from the first version (scores only: before 3, after 9;
  // Find the threshold and NAND solved).
  const text = [
    'Name,Progress code',
    `"Doe, Ann",${ann}`,
    `Bo,${bo}`,
    `Cy,${cy.toLowerCase().replaceAll('-', ' ')}`,
    `Di\t${di}`,
    'Ed,NL-8024-WQGG',
    `Bo,${bo}`,
    `Fay,${mistyped}`,
    'hello world',
  ].join('\r\n');

  const page = await site.teachers();
  const tc = await readClass(page, text);
  await eventually(async () => assert.equal((await tc.locator('.class-status').textContent()).trim(), '5 learners read; 3 lines could not be read (listed below).'));
  assert.deepEqual((await tc.locator('.class-problems li').allTextContents()).map((t) => t.trim()), [
    `Line 7, “Bo,${bo}”: The same learner and code as line 3: counted once.`,
    `Line 8, “Fay,${mistyped}”: That code has a mistyped character (its check digit does not match).`,
    'Line 9, “hello world”: No progress code on this line.',
  ]);
  // Before: 0, 5, 2, 3 (4 learners) = 25 %; after: 10, 9, 7, 8, 9 (5) = 86 %.
  await tc.getByText('Before the lesson: 25% right on average (4 learners took it). After it: 86% (5 learners).').waitFor();
  // Matched (Ann, Bo, Di, Ed): pre 25 %, post 90 %: ⟨g⟩ = 65 / 75 = 0.87.
  await tc.getByText('Normalised gain ⟨g⟩ = 0.87 over the 4 learners with both scores (their averages: 25% before, 90% after)', { exact: false }).waitFor();

  const questions = tc.getByRole('table', { name: /^Each question/ });
  const rows = await cells(questions);
  assert.equal(rows.length, 10);
  // Question 1 before: Ann wrong, Bo and Di right (Cy did not take it; Ed's code has no answers).
  assert.deepEqual(rows[0].slice(1), ['67% (2 of 3)', '100% (4 of 4)', '—']);
  // Question 4 after: Bo chose the wrong option A.
  assert.deepEqual(rows[3].slice(1), ['33% (1 of 3)', '75% (3 of 4)', 'A (1)']);
  // Question 10 after: Cy and Di chose A.
  assert.deepEqual(rows[9].slice(1), ['0% (0 of 3)', '50% (2 of 4)', 'A (2)']);
  assert.match(await questions.locator('caption').textContent(), /4 of 5 learners’ codes do\.$/);

  const challenges = await cells(tc.getByRole('table', { name: 'Each challenge: how many learners solved it.' }));
  const solvedBy = Object.fromEntries(challenges);
  assert.equal(solvedBy['Find the threshold'], '1 of 5');
  assert.equal(solvedBy['Hit 0.25'], '1 of 5');
  assert.equal(solvedBy['Make the neuron compute NAND'], '1 of 5');
  assert.equal(solvedBy['Fire at 50 Hz'], '0 of 5');

  const learners = await cells(tc.getByRole('table', { name: 'Each learner' }));
  assert.deepEqual(learners, [
    ['Doe, Ann', '1 of 13', '0/10', '10/10'],
    ['Bo', '0 of 13', '5/10', '9/10'],
    ['Cy', '0 of 13', '—', '7/10'],
    ['Di', '0 of 13', '2/10', '8/10'],
    ['Ed', '2 of 13', '3/10', '9/10'],
  ]);

  // The chart draws the shares: question 10's after bar is half of question 1's.
  const heights = await tc.locator('svg.class-chart rect.after').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('height'))));
  assert.equal(heights.length, 11, 'ten after bars and the legend');
  assert.ok(Math.abs(heights[9] - heights[0] / 2) < 0.2, `${heights}`);

  // The CSV download: a header and a row per learner, names quoted where they must be.
  const href = await tc.getByRole('link', { name: 'Download the table (CSV)' }).getAttribute('href');
  const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, '')).trimEnd().split('\r\n');
  assert.equal(csv.length, 6);
  assert.match(csv[0], /^Name,Challenges solved,threshold,refractory,fire-50,target-output,/);
  assert.ok(csv[1].startsWith('"Doe, Ann",1,0,0,0,1,0,'), csv[1]);
  assert.ok(csv[1].endsWith(',B,D,A,C,B,C,D,A,C,B'), csv[1]);
  assert.ok(csv[5].startsWith('Ed,2,1,0,0,0,1,'), csv[5]);

  await injectAxe(page);
  const violations = await page.evaluate(async () => (await window.axe.run(document.querySelector('.class-view'))).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  assertNoProblems(page);
  await page.context().close();
});

test('a class of 500 pasted at once is read and shown whole', async () => {
  // One learner's code, made by the page, given to 500 named learners.
  const code = await learnerCode({ before: null, after: RIGHT.map((r, i) => (i % 2 ? r : wrong(i))) });
  const text = Array.from({ length: 500 }, (_, i) => `Learner ${i + 1},${code}`).join('\n');
  const page = await site.teachers();
  const tc = await readClass(page, text);
  await eventually(async () => assert.equal((await tc.locator('.class-status').textContent()).trim(), '500 learners read.'));
  assert.equal(await tc.getByRole('table', { name: 'Each learner' }).locator('tbody tr').count(), 500);
  await tc.getByText('Before the lesson: — right on average (0 learners took it). After it: 50% (500 learners).').waitFor();
  assertNoProblems(page);
  await page.context().close();
});
