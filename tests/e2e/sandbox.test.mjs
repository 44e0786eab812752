// A course page may frame a widget in a sandbox. In every sandbox a course page uses, with a host
// that sends CORS headers and one that does not, the widget either runs as it does unsandboxed
// (styled, alone, responding) or a visible message says what the frame needs; never an empty
// frame, never an uncaught error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { DIST, readNumber } from './helpers.mjs';
import { serve } from './server.mjs';

const SANDBOXES = ['allow-scripts', 'allow-scripts allow-same-origin', null];
const course = (sandbox) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Week 3</title></head>
<body><h1>Week 3: neurons</h1>
<iframe title="Neuron Lab" ${sandbox === null ? '' : `sandbox="${sandbox}"`} src="/index.html?embed=explorer" style="width:900px;height:900px;border:0"></iframe>
</body></html>`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const cors of [false, true]) {
  for (const sandbox of SANDBOXES) {
    const label = `${sandbox === null ? 'no sandbox' : `sandbox="${sandbox}"`}, host ${cors ? 'with' : 'without'} CORS headers`;
    test(`an embedded widget in a frame with ${label}`, async () => {
      const site = await serve(DIST, { cors, pages: { '/course.html': course(sandbox) } });
      try {
        const page = await openPage(browser, site.origin);
        const uncaught = [];
        page.on('pageerror', (e) => uncaught.push(e.message));
        page.on('console', (m) => {
          if (/uncaught/i.test(m.text())) uncaught.push(m.text());
        });
        await page.goto(`${site.origin}/course.html`);
        const frame = page.frameLocator('iframe');
        // An opaque origin (sandboxed without allow-same-origin) reads the page's own files as
        // another site's: only a host that allows that (CORS) lets the widget start.
        const runs = !(sandbox === 'allow-scripts' && !cors);
        if (runs) {
          const ex = frame.getByRole('region', { name: 'Build an artificial neuron' });
          await ex.waitFor({ timeout: 20000 });
          // Styled and alone: the embed's stylesheet hides the rest of the lesson.
          assert.equal(await frame.getByRole('region', { name: 'Draw a boundary, then let the neuron learn' }).count(), 0);
          assert.equal(await frame.locator('.app.embed').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() !== ''), true, 'the stylesheet applies');
          // And it responds.
          const output = frame.getByLabel('Neuron output y');
          const before = readNumber(await output.textContent());
          await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('2.5');
          await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).press('Enter');
          await (await output.elementHandle()).waitForElementState('visible');
          const after = await output.evaluate(async (el, before) => {
            const read = () => Number(el.textContent.trim().replace('−', '-'));
            while (read() === before) await new Promise((r) => requestAnimationFrame(r));
            return read();
          }, before);
          assert.ok(after > before, `the output rose from ${before} to ${after}`);
        } else {
          const message = frame.getByRole('alertdialog', { name: 'This frame keeps Neuron Lab from starting' });
          await message.waitFor({ timeout: 20000 });
          const said = await message.textContent();
          assert.match(said, /allow-same-origin/);
          assert.ok(!said.includes('\\'), `no stray escape in "${said}"`);
          assert.equal(await message.getByRole('link', { name: 'Open Neuron Lab on its own' }).count(), 1);
          // And the address to copy, for a sandbox that refuses to open the link.
          assert.match(await message.locator('code').textContent(), /^http:\/\/127\.0\.0\.1:\d+\/index\.html\?embed=explorer$/);
        }
        assert.deepEqual(uncaught, [], 'no uncaught error');
        await page.context().close();
      } finally {
        await site.close();
      }
    });
  }
}
