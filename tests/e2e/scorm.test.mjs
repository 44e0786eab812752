// The SCORM 1.2 packages a teacher uploads, under a real SCORM 1.2 runtime: scorm-again's
// `Scorm12API` as `window.API` in an LMS page that frames the unzipped package from a deep
// sub-path, as a course system does. The learner works through the page's own controls; the
// test reads what the runtime recorded, ends the session, and launches again with what an LMS
// keeps. Also: an LMS whose calls fail, a host that sends the wasm as a plain download, a package
// opened outside any LMS, and the manifest against the rules course systems check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import AdmZip from 'adm-zip';
import { launch, openPage } from './browser.mjs';
import { DIST, assertNoProblems, eventually } from './helpers.mjs';
import { serve } from './server.mjs';

const require = createRequire(import.meta.url);
const ROOT = mkdtempSync(join(tmpdir(), 'neuron-lab-lms-'));
// Where the LMS keeps unpacked content: deep, as Moodle's pluginfile.php/… paths are.
const CONTENT = '/lms/course/7/scorm/42/content';
const RIGHT = [1, 3, 0, 2, 1, 2, 3, 0, 2, 1];
const wrong = (i) => (RIGHT[i] === 0 ? 1 : 0);

let site;
let octet;
let browser;

/** Writes the packages (as a teacher would) and unpacks each under the LMS's content folder. */
function makePackages(dir, extra = []) {
  execFileSync('node', [new URL('../../scripts/scorm-package.mjs', import.meta.url).pathname, DIST, dir, ...extra]);
  return readdirSync(dir).filter((f) => f.endsWith('.zip'));
}

before(async () => {
  const plain = join(ROOT, 'zips');
  const mastery = join(ROOT, 'zips-mastery');
  for (const zip of makePackages(plain)) {
    new AdmZip(join(plain, zip)).extractAllTo(join(ROOT, CONTENT, zip.replace('.zip', '')), true);
  }
  for (const zip of makePackages(mastery, ['--mastery', '80'])) {
    new AdmZip(join(mastery, zip)).extractAllTo(join(ROOT, CONTENT, `mastery-${zip.replace('.zip', '')}`), true);
  }
  mkdirSync(join(ROOT, 'lms'), { recursive: true });
  writeFileSync(join(ROOT, 'lms', 'scorm12.js'), readFileSync(require.resolve('scorm-again/scorm12/min')));
  site = await serve(ROOT);
  octet = await serve(ROOT, { types: { '.wasm': 'application/octet-stream' } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await octet?.close();
  rmSync(ROOT, { recursive: true, force: true });
});

/** The launch address of package `name` (its manifest's resource href, as the LMS reads it). */
function launchOf(name) {
  const manifest = readFileSync(join(ROOT, CONTENT, name, 'imsmanifest.xml'), 'utf8');
  const href = manifest.match(/adlcp:scormtype="sco" href="([^"]+)"/)[1].replace(/&amp;/g, '&');
  return `${CONTENT}/${name}/${href}`;
}

/**
 * An LMS page: `window.API` is a scorm-again runtime holding `kept` (what the LMS stored from the
 * last session), and a sandboxed iframe (as Canvas frames content) launches the package. `api`
 * replaces the runtime's script.
 */
async function lms(server, name, { kept = null, api = null } = {}) {
  // What the LMS takes from the manifest: the mastery score, if the package sets one.
  const mastery = readFileSync(join(ROOT, CONTENT, name, 'imsmanifest.xml'), 'utf8').match(/<adlcp:masteryscore>(\d+)</)?.[1];
  if (mastery) kept = { ...(kept ?? {}), student_data: { mastery_score: mastery } };
  const path = `/lms/player-${Math.random().toString(36).slice(2)}.html`;
  server.pages[path] = `<!doctype html><html lang=en><meta charset=utf-8><title>Course</title><link rel=icon href="data:,">
<script src="/lms/scorm12.js"></script>
<script>
${api ?? `window.API = new Scorm12API({ logLevel: 5, autocommit: false });
const kept = ${JSON.stringify(kept)};
if (kept) window.API.loadFromJSON(kept);`}
</script>
<iframe id=sco title="Neuron Lab" style="width:100%;height:1200px;border:0" src="${launchOf(name)}"
  sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads"></iframe>`;
  const page = await openPage(browser, server.origin);
  await page.goto(server.origin + path);
  return page;
}

const sco = (page) => page.frameLocator('#sco');
/**
 * The page's problems, without the browser's warning about the LMS's own frame (a sandbox with
 * both allow-scripts and allow-same-origin, as course systems frame content, "can escape its
 * sandboxing"): that is the course page's choice, not the package's.
 */
function assertNoPackageProblems(page) {
  assert.deepEqual(page.problems.filter((p) => !/can escape its sandboxing/.test(p)), [], 'the page had problems');
}
/** What the runtime holds. */
const cmi = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.API.cmi)));
const interactions = (data) => data.interactions?.childArray ?? Object.values(data.interactions ?? {}).filter((x) => x && x.id);

/** What an LMS keeps of a session for the next launch. */
function keptOf(data) {
  return {
    suspend_data: data.suspend_data,
    core: { lesson_status: data.core.lesson_status, entry: 'resume' },
  };
}

/** Ends the session as a learner leaving the page does (the frame navigates away). */
async function leave(page) {
  await page.evaluate(() => { document.getElementById('sco').src = 'about:blank'; });
  await eventually(async () => assert.equal((await cmi(page)).core.exit, 'suspend'));
}

test('the lesson package: status, score, one interaction per answer, and a second launch resumes progress and settings', async () => {
  const page = await lms(site, 'neuron-lab-scorm12');
  const frame = sco(page);
  await frame.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await eventually(async () => assert.equal((await cmi(page)).core.lesson_status, 'incomplete'));

  // A challenge and a setting, through the page's controls.
  const ex = frame.getByRole('region', { name: 'Build an artificial neuron' });
  await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('-1.96');
  await ex.getByRole('article', { name: 'Hit 0.25 (solved)', exact: true }).waitFor();
  await ex.getByRole('textbox', { name: 'Weight w2 value', exact: true }).fill('1.5');
  await ex.getByRole('textbox', { name: 'Weight w2 value', exact: true }).press('Enter');

  // The concept check after the lesson: nine right, question 4 wrong.
  const post = frame.getByRole('region', { name: '7. Check your understanding' });
  for (const [i, choice] of RIGHT.entries()) {
    await post.getByRole('group', { name: new RegExp(`^${i + 1}\\. `) }).getByRole('radio').nth(i === 3 ? wrong(3) : choice).check();
  }
  await post.getByRole('button', { name: 'Check my answers' }).click();
  await eventually(async () => {
    const data = await cmi(page);
    assert.equal(data.core.lesson_status, 'completed');
    assert.equal(Number(data.core.score.raw), 90);
    assert.equal(Number(data.core.score.min), 0);
    assert.equal(Number(data.core.score.max), 100);
  });
  const data = await cmi(page);
  const list = interactions(data);
  assert.equal(list.length, 10, 'one interaction per answered question');
  assert.equal(list[0].id, 'post-parts-mapping');
  assert.equal(list[0].type, 'choice');
  assert.equal(list[0].result, 'correct');
  assert.equal(list[3].id, 'post-what-learns');
  assert.equal(list[3].result, 'wrong');
  assert.equal(list[3].student_response, String.fromCharCode(97 + wrong(3)));
  assert.equal(list.filter((i) => i.result === 'correct').length, 9);
  assert.match(data.suspend_data, /^NL-[0-9A-Z-]{19}\|v=1&/);
  await eventually(async () => assert.match((await cmi(page)).suspend_data, /&w=0\.4,1\.5,0\.9&/));

  await leave(page);
  const ended = await cmi(page);
  assert.match(ended.core.session_time, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  assertNoPackageProblems(page);
  await page.context().close();

  // A second launch, in a fresh browser (no local storage): the LMS's data brings it all back.
  const again = await lms(site, 'neuron-lab-scorm12', { kept: keptOf(ended) });
  const frame2 = sco(again);
  const ex2 = frame2.getByRole('region', { name: 'Build an artificial neuron' });
  await ex2.getByRole('article', { name: 'Hit 0.25 (solved)', exact: true }).waitFor();
  await eventually(async () => assert.equal(Number(await ex2.getByRole('textbox', { name: 'Weight w2 value', exact: true }).inputValue()), 1.5));
  await frame2.getByText(/^Your progress: 1 of 13 challenges, after 9\/10/).waitFor();
  const resumed = await cmi(again);
  assert.equal(resumed.core.lesson_status, 'completed', 'a completed lesson stays completed');
  assert.equal(interactions(resumed).length, 0, 'answers already reported are not sent again');
  assertNoPackageProblems(again);
  await again.context().close();
});

test('a widget package with a mastery score: the share of its challenges, passed once all are solved', async () => {
  const page = await lms(site, 'mastery-neuron-lab-explorer-scorm12');
  const frame = sco(page);
  const ex = frame.getByRole('region', { name: 'Build an artificial neuron' });
  await ex.waitFor();
  // Only the explorer is shown: the package launches it alone.
  assert.equal(await frame.getByRole('region', { name: 'Draw a boundary, then let the neuron learn' }).isVisible(), false);
  await eventually(async () => assert.equal((await cmi(page)).student_data.mastery_score, '80'));

  await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('-1.96');
  await eventually(async () => {
    const data = await cmi(page);
    assert.equal(Number(data.core.score.raw), 50);
    assert.equal(data.core.lesson_status, 'incomplete', 'short of mastery a widget stays incomplete');
  });
  // NAND: the step function, two inputs, w = (−2, −2), b = 3.
  await ex.getByRole('combobox', { name: 'Activation function' }).selectOption({ label: 'Step (threshold)' });
  await ex.getByRole('button', { name: 'Remove input x3' }).click();
  await ex.getByRole('textbox', { name: 'Weight w1 value', exact: true }).fill('-2');
  await ex.getByRole('textbox', { name: 'Weight w2 value', exact: true }).fill('-2');
  await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('3');
  await eventually(async () => {
    const data = await cmi(page);
    assert.equal(Number(data.core.score.raw), 100);
    assert.equal(data.core.lesson_status, 'passed');
  });
  assertNoPackageProblems(page);
  await page.context().close();
});

test('a widget package carries its own binary and the lesson\'s, no other widget\'s, and any widget still starts', async () => {
  const dir = join(ROOT, CONTENT, 'neuron-lab-layers-scorm12');
  const files = readdirSync(dir);
  assert.ok(files.some((f) => /^embed-layers-[0-9a-f]+_bg\.wasm$/.test(f)), 'the widget\'s own wasm');
  assert.ok(files.some((f) => /^neuron-lab-[0-9a-f]+_bg\.wasm$/.test(f)), 'the lesson\'s, for its link to the whole lesson');
  assert.deepEqual(files.filter((f) => f.startsWith('embed-') && !f.startsWith('embed-layers-')), []);
  assert.deepEqual(readdirSync(join(dir, 'locales')).filter((f) => !f.endsWith('.ftl')), ['layers']);
  const listed = (d) => Object.keys(JSON.parse(readFileSync(join(d, 'index.html'), 'utf8').match(/<script id=["']?bundles["']?[^>]*>([^<]*)<\/script>/)[1]).embeds);
  assert.deepEqual(listed(dir), ['layers']);
  const lesson = join(ROOT, CONTENT, 'neuron-lab-scorm12');
  assert.deepEqual(readdirSync(lesson).filter((f) => f.startsWith('embed-')), [], 'the lesson\'s package has no widget binary');
  assert.deepEqual(listed(lesson), []);

  const page = await openPage(browser, site.origin);
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()));
  await page.goto(`${site.origin}${CONTENT}/neuron-lab-layers-scorm12/index.html?embed=layers`);
  await page.getByRole('region', { name: 'Stack neurons in layers' }).waitFor();
  assert.ok((await fetched()).some((f) => /^embed-layers-.*_bg\.wasm$/.test(f)));
  // Another widget, asked for by an edited link: the lesson's binary builds it.
  await page.goto(`${site.origin}${CONTENT}/neuron-lab-layers-scorm12/index.html?embed=boundary`);
  await page.getByRole('region', { name: 'Draw a boundary, then let the neuron learn' }).waitFor();
  assert.ok((await fetched()).some((f) => /^neuron-lab-.*_bg\.wasm$/.test(f)));
  assertNoProblems(page);
  await page.context().close();
});

test('an LMS whose calls fail: the page keeps working, keeps the progress, and says once what was not saved', async () => {
  const failing = `const real = new Scorm12API({ logLevel: 5 });
let error = '0';
window.API = {
  LMSInitialize: (a) => real.LMSInitialize(a),
  LMSGetValue: (e) => real.LMSGetValue(e),
  LMSSetValue: () => { error = '351'; return 'false'; },
  LMSCommit: () => { error = '101'; return 'false'; },
  LMSFinish: (a) => real.LMSFinish(a),
  LMSGetLastError: () => error,
  LMSGetErrorString: (c) => ({ 351: 'General set failure', 101: 'General exception' })[c] ?? '',
  LMSGetDiagnostic: () => '',
};`;
  const page = await lms(site, 'neuron-lab-scorm12', { api: failing });
  const frame = sco(page);
  const notices = frame.getByRole('region', { name: 'Notices' }).or(frame.locator('.notices'));
  await eventually(async () => assert.match(await notices.first().textContent(), /could not save .*351: General set failure/));
  const ex = frame.getByRole('region', { name: 'Build an artificial neuron' });
  await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('-1.96');
  await ex.getByRole('article', { name: 'Hit 0.25 (solved)', exact: true }).waitFor();
  await frame.getByText(/^Your progress: 1 of 13 challenges/).waitFor();
  // Each failure is said once, not at every change.
  const text = await notices.first().textContent();
  assert.equal(text.match(/351: General set failure/g).length, 1, text);
  assertNoPackageProblems(page);
  await page.context().close();
});

test('a host that sends the wasm as a plain download: the package still starts and reports', async () => {
  const page = await lms(octet, 'neuron-lab-boundary-scorm12');
  const frame = sco(page);
  await frame.getByRole('region', { name: 'Draw a boundary, then let the neuron learn' }).getByRole('button', { name: 'Train', exact: true }).waitFor();
  await eventually(async () => assert.equal((await cmi(page)).core.lesson_status, 'incomplete'));
  // wasm-bindgen says it fell back from streaming compilation; nothing else may go wrong.
  assert.deepEqual(page.problems.filter((p) => !/can escape its sandboxing/.test(p)).filter((p) => !/`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application\/wasm` MIME type/.test(p)), []);
  await page.context().close();
});

test('a package opened outside any LMS works as the site does, and says nothing about a course', async () => {
  const page = await openPage(browser, site.origin);
  await page.goto(site.origin + launchOf('neuron-lab-scorm12'));
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  const ex = page.getByRole('region', { name: 'Build an artificial neuron' });
  await ex.getByRole('textbox', { name: 'Bias b value', exact: true }).fill('-1.96');
  await ex.getByRole('article', { name: 'Hit 0.25 (solved)', exact: true }).waitFor();
  assert.equal(await page.locator('.notices').count(), 0, 'no notice');
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0, 'no service worker in a package');
  assertNoProblems(page);
  await page.context().close();
});

test('every package: a manifest with the SCORM 1.2 structure course systems check, and the whole site inside', async () => {
  const page = await openPage(browser, site.origin);
  await page.goto(`${site.origin}/lms/scorm12.js`);
  const dir = join(ROOT, 'zips');
  const zips = readdirSync(dir).filter((f) => f.endsWith('.zip')).sort();
  assert.equal(zips.length, 9, 'the lesson and eight widgets');
  for (const name of zips) {
    const zip = new AdmZip(join(dir, name));
    const files = zip.getEntries().map((e) => e.entryName);
    assert.ok(files.includes('imsmanifest.xml'), `${name}: imsmanifest.xml at the root`);
    assert.ok(!files.includes('sw.js'), `${name}: no service worker`);
    assert.match(zip.readAsText('index.html'), /<meta content=scorm12 name=neuron-lab-delivery>/);
    const report = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
      const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
      const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
      const all = (tag, ns = CP) => [...doc.getElementsByTagNameNS(ns, tag)];
      const root = doc.documentElement;
      return {
        root: [root.localName, root.namespaceURI],
        identifiers: [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier')),
        schema: all('schema').map((e) => e.textContent),
        schemaversion: all('schemaversion').map((e) => e.textContent),
        default: all('organizations')[0]?.getAttribute('default'),
        organizations: all('organization').map((e) => e.getAttribute('identifier')),
        titles: all('title').map((e) => e.textContent),
        items: all('item').map((e) => e.getAttribute('identifierref')),
        resources: all('resource').map((e) => ({
          id: e.getAttribute('identifier'),
          type: e.getAttribute('type'),
          scormtype: e.getAttributeNS(ADLCP, 'scormtype'),
          href: e.getAttribute('href'),
          files: [...e.getElementsByTagNameNS(CP, 'file')].map((f) => f.getAttribute('href')),
        })),
        mastery: all('masteryscore', ADLCP).map((e) => e.textContent),
      };
    }, zip.readAsText('imsmanifest.xml'));
    assert.equal(report.error, undefined, `${name}: well-formed XML`);
    assert.deepEqual(report.root, ['manifest', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'], name);
    assert.equal(new Set(report.identifiers).size, report.identifiers.length, `${name}: identifiers are unique`);
    for (const id of report.identifiers) assert.match(id, /^[A-Za-z_][\w.-]*$/, `${name}: ${id} is an xsd:ID`);
    assert.deepEqual(report.schema, ['ADL SCORM']);
    assert.deepEqual(report.schemaversion, ['1.2']);
    assert.ok(report.organizations.includes(report.default), `${name}: the default organization exists`);
    for (const t of report.titles) assert.ok(t.trim().length > 0 && t.length <= 200, `${name}: title "${t}"`);
    assert.equal(report.resources.length, 1);
    const [res] = report.resources;
    for (const ref of report.items) assert.equal(ref, res.id, `${name}: the item names the resource`);
    assert.equal(res.type, 'webcontent');
    assert.equal(res.scormtype, 'sco');
    const launchFile = res.href.split('?')[0];
    assert.ok(files.includes(launchFile), `${name}: the launch file ${launchFile} is in the zip`);
    assert.deepEqual([...res.files].sort(), files.filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/')).sort(), `${name}: every file listed`);
    for (const href of [res.href, ...res.files]) assert.doesNotMatch(href, /^\/|^[a-z]+:|(^|\/)\.\.(\/|$)/, `${name}: ${href} is relative`);
    assert.deepEqual(report.mastery, [], `${name}: no mastery score unless asked`);
  }
  const withMastery = new AdmZip(join(ROOT, 'zips-mastery', 'neuron-lab-scorm12.zip')).readAsText('imsmanifest.xml');
  assert.match(withMastery, /<adlcp:masteryscore>80<\/adlcp:masteryscore>/);
  // The same build gives the same bytes: the script is idempotent.
  const again = join(ROOT, 'zips-again');
  makePackages(again);
  for (const name of zips) assert.ok(readFileSync(join(dir, name)).equals(readFileSync(join(again, name))), `${name} is reproducible`);
  await page.context().close();
});
