// Embedding: one widget alone at ?embed=<widget>, its state from the fragment, its height
// reported to the parent page; plots can be saved as PNG.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { assertNoProblems, eventually, fieldValue, useSite, showCoursePage } from './helpers.mjs';
import { openPage } from './browser.mjs';

const site = useSite();

test('an embed URL shows only its widget, with the state from the link', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?embed=boundary#v=1&bd-w=3,-1&bd-b=0.5&bd-d=xor`);
  const bd = page.getByRole('region', { name: 'Draw a boundary, then let the neuron learn' });
  await bd.waitFor();
  assert.equal(await page.getByRole('navigation', { name: 'Contents' }).count(), 0, 'no page chrome');
  assert.equal(await page.getByRole('region', { name: 'Build an artificial neuron' }).count(), 0, 'no other widget');
  assert.equal(await fieldValue(bd, 'Weight w1 value'), 3);
  assert.equal(await bd.getByRole('combobox', { name: 'Data set' }).inputValue(), 'xor');
  const open = page.getByRole('link', { name: 'Open the whole lesson in Neuron Lab' });
  await eventually(async () => assert.match(await open.getAttribute('href'), /#v=1&.*bd-w=3,-1/));
  // An unknown widget: the whole lesson, with a notice.
  await page.goto(`${site.site.url}?embed=nonsense`);
  await page.getByText(/asks for a widget “nonsense” that Neuron Lab does not have/).waitFor();
  await page.getByRole('navigation', { name: 'Contents' }).waitFor();
  assertNoProblems(page);
  await page.context().close();
});

test('an embedded widget shows the learner\'s progress code under it, new after each challenge solved', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?embed=dendrite`);
  const dd = page.getByRole('region', { name: 'One neuron that computes XOR' });
  await dd.waitFor();
  const code = page.locator('.embed-progress .progress-code-value');
  await code.waitFor();
  const before = (await code.textContent()).trim();
  assert.match(before, /^NL(-[0-9A-Z]{4}){4}$/);
  await page.getByRole('button', { name: 'Copy the progress code' }).waitFor();
  await dd.getByRole('textbox', { name: 'Strength s (nA) value' }).fill('0.75');
  await dd.getByRole('article', { name: 'Turn XOR into AND (solved)', exact: true }).waitFor();
  await eventually(async () => assert.notEqual((await code.textContent()).trim(), before));
  // A widget with no challenges (and a link without challenges) has no code to hand in.
  await page.goto(`${site.site.url}?embed=scale`);
  await page.getByRole('region', { name: 'Scale: brains and networks' }).waitFor();
  assert.equal(await page.locator('.embed-progress').count(), 0);
  await page.goto(`${site.site.url}?embed=dendrite&challenges=off`);
  await dd.waitFor();
  assert.equal(await page.locator('.embed-progress').count(), 0);
  assertNoProblems(page);
  await page.context().close();
});

test('an iframe embed sizes itself from the height it is sent', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?embed=explorer`);
  await page.getByRole('region', { name: 'Build an artificial neuron' }).waitFor();
  // A course page on the same host, with the snippet the embed module documents.
  await showCoursePage(page, site.site, `<!doctype html><title>Course</title><h1>Week 3</h1>
    <iframe id="nl" title="Neuron Lab" src="${site.site.url}?embed=explorer" style="width:1000px;height:150px;border:0"></iframe>
    <script>addEventListener('message', e => { if (e.data && e.data.type === 'neuron-lab:height') document.getElementById('nl').style.height = e.data.height + 'px'; });</script>`);
  await eventually(async () => {
    const h = await page.locator('#nl').evaluate((f) => f.getBoundingClientRect().height);
    assert.ok(h > 600, `the iframe grew to ${h}px`);
  }, 10000);
  const frame = page.frameLocator('#nl');
  await frame.getByLabel('Neuron output y').waitFor();
  assert.equal((await frame.getByLabel('Neuron output y').textContent()).trim(), '0.7231');
  assertNoProblems(page);
  await page.context().close();
});

/** The dialog's snippet for `option` (the share menu's "Only …"), as a teacher copies it. */
async function snippetFor(page, option) {
  await page.getByRole('combobox', { name: 'Share' }).selectOption({ label: option });
  const box = page.getByRole('textbox', { name: 'Embed code for a course page' });
  const snippet = await box.inputValue();
  // Copying makes the next snippet's frame id new (as pasting two of them would need).
  await page.getByRole('button', { name: 'Copy the embed code' }).click();
  await eventually(async () => assert.notEqual(await box.inputValue(), snippet));
  return snippet;
}

test('three widget snippets on one course page: each frame takes its own height, and keeps a whole screen without script', async () => {
  const page = await site.open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByText('Share or embed').click();
  const snippets = [];
  for (const option of ['Only the artificial neuron', 'Only the decision boundary', 'Only the scale comparison']) {
    snippets.push(await snippetFor(page, option));
  }
  const ids = snippets.map((s) => s.match(/<iframe id="([^"]+)"/)[1]);
  assert.equal(new Set(ids).size, 3, `three ids: ${ids}`);
  await page.context().close();

  // With the scripts, as pasted: each frame as tall as its own page, whatever the others send.
  const course = await openPage(site.browser, site.site.url, { viewport: { width: 1000, height: 900 } });
  await showCoursePage(course, site.site, `<!doctype html><title>Course</title><h1>Week 3</h1>${snippets.join('\n<p>Next:</p>\n')}`);
  for (const id of ids) {
    await eventually(async () => {
      const [outer, inner] = await course.locator(`#${id}`).evaluate((f) => [f.getBoundingClientRect().height, f.contentDocument?.documentElement.scrollHeight ?? 0]);
      assert.ok(inner > 300 && Math.abs(outer - inner) <= 1, `${id}: frame ${outer}px, its page ${inner}px`);
    }, 15000);
  }
  const heights = await Promise.all(ids.map((id) => course.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height)));
  assert.ok(new Set(heights.map(Math.round)).size >= 2, `the frames took their own heights: ${heights}`);
  assertNoProblems(course);

  // Without them (a course system that strips scripts): 840 px each, not the browser's 150.
  const stripped = snippets.map((s) => s.replace(/<script>[\s\S]*?<\/script>/, ''));
  await showCoursePage(course, site.site, `<!doctype html><title>Course</title><h1>Week 3</h1>${stripped.join('\n')}`);
  for (const id of ids) {
    await course.frameLocator(`#${id}`).locator('.widget.embedded').waitFor();
    assert.equal(await course.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height), 840);
  }
  assertNoProblems(course);
  await course.context().close();
});

test('a plot can be saved as a PNG file', async () => {
  const page = await site.open();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PNG: Activation function plot' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'activation-function-plot.png');
  const path = await file.path();
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(path);
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(bytes.length > 5000);
  assertNoProblems(page);
  await page.context().close();
});

test('a layered plane saves as one PNG: the heatmap under the axes, points and line', async () => {
  const page = await openPage(site.browser, site.site.url);
  await page.goto(`${site.site.url}?embed=boundary#v=1&bd-w=3,-1&bd-b=0.5&bd-d=and`);
  const name = 'Save PNG: Decision plane: the neuron\'s output over inputs x1 and x2, with the data';
  const plane = page.getByRole('img', { name: /^Decision plane/ });
  await page.waitForFunction((c) => Number(c.dataset.drawn ?? 0) > 0, await plane.elementHandle());
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const path = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const url = `data:image/png;base64,${readFileSync(path).toString('base64')}`;
  // Decode it in the page and count its colours: a heatmap gives hundreds, axes alone a few.
  const colours = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let k = 0; k < d.length; k += 16) seen.add(`${d[k]},${d[k + 1]},${d[k + 2]}`);
    return seen.size;
  }, url);
  assert.ok(colours > 200, `the saved plane has ${colours} colours`);
  assertNoProblems(page);
  await page.context().close();
});

// Every message id of the English file: a message an embed's own catalogue lacked would show as
// its id (src/i18n: a missing message reads as its id).
const MESSAGE_IDS = [...readFileSync(new URL('../../locales/en.ftl', import.meta.url), 'utf8').matchAll(/^([a-z][\w]*(?:-[\w]+)+) =/gm)].map((m) => m[1]);

test('an embed link loads its widget\'s own binary and messages, and shows every word it needs', async () => {
  const widgets = ['neuron', 'explorer', 'boundary', 'layers', 'bridge', 'dendrite', 'timing', 'scale'];
  const visits = [...widgets.map((w) => [w, 'en']), ['layers', 'de'], ['neuron', 'zh-CN'], ['boundary', 'es']];
  for (const [widget, lang] of visits) {
    const page = await openPage(site.browser, site.site.url);
    await page.goto(`${site.site.url}?embed=${widget}&lang=${lang}`);
    await page.locator('.widget.embedded').waitFor();
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(fetched.some((p) => new RegExp(`/embed-${widget}-[0-9a-f]+_bg\\.wasm$`).test(p)), `${widget}: its own wasm (${fetched})`);
    assert.ok(!fetched.some((p) => /\/neuron-lab-[0-9a-f]+(_bg\.wasm|\.js)$/.test(p)), `${widget}: not the lesson's binary`);
    assert.ok(fetched.some((p) => p.endsWith(`/locales/${widget}/${lang}.ftl`)), `${widget}: its own ${lang} messages`);
    // Its words, seen and told: no message id among them.
    const words = await page.locator('.app').evaluate((app) => {
      const told = [...app.querySelectorAll('*')].flatMap((e) =>
        ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'alt', 'placeholder'].map((a) => e.getAttribute(a) ?? ''));
      return `${app.textContent}\n${told.join('\n')}`;
    });
    const missing = MESSAGE_IDS.filter((id) => words.includes(id));
    assert.deepEqual(missing, [], `${widget} in ${lang} shows message ids`);
    assertNoProblems(page);
    await page.context().close();
  }
});
