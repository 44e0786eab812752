// The page in other languages: each locale from the first paint, with its own numbers, no
// English left, its shared links, offline, accessible; the pseudo-locale at 360 px; the
// language menu; the browser's language as the default; an unknown language falls back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { serve } from './server.mjs';
import { DIST, assertNoProblems, eventually, seePlot, axeViolations } from './helpers.mjs';


// Words each language's page must show (headings and controls of every section).
const MARKERS = {
  es: ['La neurona biológica', 'La neurona artificial', 'Dónde se rompe', 'Peso', 'Entrenar'],
  de: ['Das biologische Neuron', 'Das künstliche Neuron', 'Wo sie zusammenbricht', 'Gewicht', 'Trainieren'],
  'zh-CN': ['生物神经元', '人工神经元', '权重', '训练'],
};

// English words that never belong in a sentence of these languages. A text with one of them is
// a string that missed the catalogue (citations are allowed: they keep their journals' names).
// Case matters: "AND" (the gate) and "Neuron Lab" (the name) are the same in every language.
const ENGLISH = /\b(The|the|and|with|This|this|that|When|when|which|is|are|of|to|your|neuron|weight|input|output|train)\b/;
const CITATION = /(Lehninger|et al\.|\d{4}[a-z]?[,;)]|J\. Physiol|Nat\. |Science|Nature|Neuron \d|PLoS|eLife|https?:|doi)/;

let site;
let browser;
before(async () => {
  site = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** A page at `query` (and `hash`), waited until the app is there. */
async function open(query, { hash = '', locale = 'en-US', viewport } = {}) {
  const page = await openPage(browser, site.url, { locale, ...(viewport ? { viewport } : {}) });
  await page.goto(`${site.url}${query}${hash}`);
  await page.locator('.app').waitFor();
  return page;
}

/** Every piece of text the page offers a person: text nodes and accessible names. */
function texts(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.querySelector('.app'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent.closest('script, style, code, pre, .formula, .equation, svg text')) continue;
      const t = n.textContent.trim();
      if (t) out.push(t);
    }
    for (const el of document.querySelectorAll('.app [aria-label], .app [title], .app [placeholder], .app [aria-valuetext]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

const output = (page) => page.locator('.explorer .output-value');

for (const lang of Object.keys(MARKERS)) {
  test(`the page is in ${lang} from the first paint, with no English left`, async () => {
    // The first frame the app paints is already in the language: record the tagline as soon as
    // it exists.
    const page = await openPage(browser, site.url);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const tagline = document.querySelector('.tagline');
        if (tagline) {
          window.__firstTagline = tagline.textContent;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.url}?lang=${lang}`);
    await page.locator('.app').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    const first = await page.evaluate(() => window.__firstTagline);
    assert.equal(first, await page.locator('.tagline').textContent());
    assert.doesNotMatch(first, ENGLISH, 'the first tagline is not English');
    const all = (await texts(page)).join('\n');
    for (const marker of MARKERS[lang]) assert.ok(all.includes(marker), `${lang}: “${marker}” is shown`);
    // A hyphenated technical term kept in English (Integrate-and-Fire) is not a sentence.
    const english = (await texts(page)).filter((t) => ENGLISH.test(t.replace(/\w+(-\w+)+/g, '')) && !CITATION.test(t));
    assert.deepEqual(english, [], `${lang}: text left in English`);
    assertNoProblems(page);
    await page.context().close();
  });
}

test('the worked example reads 0,7231 in Spanish and German, 0.7231 in English and Chinese', async () => {
  for (const [lang, shown] of [['es', '0,7231'], ['de', '0,7231'], ['en', '0.7231'], ['zh-CN', '0.7231']]) {
    const page = await open(`?lang=${lang}`);
    await eventually(async () => assert.equal((await output(page).textContent()).trim(), shown, lang));
    await page.context().close();
  }
});

test('typing 0,7 into a weight field in German gives the output 0.7 gives in English', async () => {
  const outputs = {};
  for (const [lang, typed] of [['de', '0,7'], ['en', '0.7']]) {
    const page = await open(`?lang=${lang}`);
    const field = page.locator('.explorer .param-number').nth(3); // x1, x2, x3, then w1
    await field.fill(typed);
    await eventually(async () => assert.notEqual((await output(page).textContent()).trim(), lang === 'de' ? '0,7231' : '0.7231'));
    outputs[lang] = (await output(page).textContent()).trim();
    await page.context().close();
  }
  assert.equal(outputs.de.replace(',', '.'), outputs.en);
  assert.match(outputs.de, /^0,\d{4}$/);
});

test('a shared link keeps the language, and opens in it for someone whose browser is English', async () => {
  const page = await open('?lang=de', { hash: '#v=1&x=1&w=2&b=-1&f=relu' });
  // The share panel is a disclosure in the footer; its link field has a stable id.
  await page.locator('details.share > summary').click();
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /[?&]lang=de\b/);
  await page.context().close();
  const other = await openPage(browser, site.url, { locale: 'en-US' });
  await other.goto(link);
  await other.locator('.app').waitFor();
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'de');
  await eventually(async () => assert.equal((await output(other).textContent()).trim(), '1,0000'));
  await other.context().close();
});

test('the browser language is the default; an unknown ?lang= falls back to English with a notice', async () => {
  const german = await open('', { locale: 'de-AT' });
  assert.equal(await german.evaluate(() => document.documentElement.lang), 'de');
  await german.context().close();
  const chinese = await open('', { locale: 'zh' });
  assert.equal(await chinese.evaluate(() => document.documentElement.lang), 'zh-CN');
  await chinese.context().close();
  const unknown = await open('?lang=tlh', { locale: 'de-DE' });
  assert.equal(await unknown.evaluate(() => document.documentElement.lang), 'en');
  await unknown.getByText('The page is not available in “tlh”, so it is shown in English.').waitFor();
  await unknown.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await unknown.context().close();
});

test('a language whose file does not arrive falls back to English, with English numbers and no crash message', async () => {
  const page = await openPage(browser, site.url, { locale: 'en-US' });
  await page.route('**/locales/de.ftl', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${site.url}?lang=de`);
  await page.getByRole('heading', { name: 'Build an artificial neuron' }).waitFor();
  await page.getByText('The page is not available in “de”, so it is shown in English.').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await eventually(async () => assert.equal((await output(page).textContent()).trim(), '0.7231'));
  assert.equal(await page.locator('.crash').count(), 0, 'no "could not start" message over a page that started');
  await page.context().close();
});

test('the language menu reloads the page in the chosen language and keeps the state', async () => {
  const page = await open('', { hash: '#v=1&x=1&w=2&b=-1&f=relu' });
  await eventually(async () => assert.equal((await output(page).textContent()).trim(), '1.0000'));
  const menu = page.getByRole('combobox', { name: 'Language' });
  assert.deepEqual(await menu.locator('option').allTextContents(), ['English', 'Español', 'Deutsch', '简体中文']);
  await menu.selectOption('es');
  await page.waitForURL(/lang=es/);
  await page.locator('.app').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await eventually(async () => assert.equal((await output(page).textContent()).trim(), '1,0000'));
  assert.match(page.url(), /#v=1&x=1&w=2&b=-1&f=relu/);
  await page.context().close();
});

test('axe finds no violations in any language', async () => {
  for (const lang of ['es', 'de', 'zh-CN', 'en-XA']) {
    const page = await open(`?lang=${lang}`);
    // Scroll through the page first, as a reader does: the sections far below have
    // `content-visibility: auto`, and until they have been laid out once axe reads stale
    // positions for them (in Chinese it found a button "behind" a summary 18 000 px down).
    for (let seen = false; !seen;) {
      seen = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      });
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], lang);
    await page.context().close();
  }
});

test('a second visit in German works with the network cut', async () => {
  const page = await open('?lang=de');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await eventually(async () => assert.ok(await page.evaluate(async () => {
    const keys = await caches.keys();
    if (!keys.length) return false;
    const cache = await caches.open(keys[0]);
    const urls = (await cache.keys()).map((r) => r.url);
    return urls.some((u) => u.endsWith('.wasm')) && urls.some((u) => u.endsWith('/locales/de.ftl'));
  })), 10000);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('.app').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await eventually(async () => assert.equal((await output(page).textContent()).trim(), '0,7231'));
  const all = (await texts(page)).join('\n');
  for (const marker of MARKERS.de) assert.ok(all.includes(marker), `offline: “${marker}” is shown`);
  await page.context().close();
});

test('the pseudo-locale holds at 360 px: nothing scrolls sideways, every plot drawn', async () => {
  const page = await open('?lang=en-XA', { viewport: { width: 360, height: 740 } });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
  // Every widget, brought into view as a person scrolls, fits the width.
  for (const plot of await page.locator('canvas[role="img"]:visible').all()) {
    await seePlot(plot);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `the page is ${wide} px wider than the screen`);
  }
  // And no element sticks out of the screen, unless a box that scrolls sideways holds it (a
  // code snippet, a wide table) or it is only for screen readers.
  const overflowing = await page.evaluate(() => [...document.querySelectorAll('.app *')]
    .filter((el) => {
      if (el.getBoundingClientRect().right <= window.innerWidth + 1) return false;
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return false;
      }
      return getComputedStyle(el).position !== 'absolute';
    })
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.slice(0, 40)}`));
  assert.deepEqual(overflowing, []);
  await page.context().close();
});

// Large numbers by each language's own rules: Chinese groups by 万 and 亿 (860亿, not "86 十亿"),
// Spanish says "mil millones" and joins them to the noun with "de". The scale chart's counts are
// written by the browser's Intl (compact notation); the prose by the translators.
const LARGE = {
  en: { neurons: 'about 86 billion neurons', synapses: 'about 100 trillion synapses', prose: ['86 billion neurons', '10¹⁴ synapses', 'over a trillion', '1.6 trillion'] },
  es: { neurons: 'aproximadamente 86 mil millones de neuronas', synapses: 'aproximadamente 100 billones de sinapsis', prose: ['86 mil millones de neuronas', '10¹⁴ sinapsis', 'superaron el billón', '1,6 billones'] },
  de: { neurons: 'etwa 86 Milliarden Neuronen', synapses: 'etwa 100 Billionen Synapsen', prose: ['86 Milliarden Neuronen', '10¹⁴ Synapsen', 'über eine Billion', '1,6 Billionen'] },
  'zh-CN': { neurons: '约860亿个神经元', synapses: '约100万亿个突触', prose: ['860亿个神经元', '10¹⁴ 个突触', '超过一万亿', '1.6万亿'] },
};
for (const [lang, want] of Object.entries(LARGE)) {
  test(`86 billion neurons, 10¹⁴ synapses and a trillion parameters read right in ${lang}`, async () => {
    const page = await open(`?lang=${lang}`);
    await page.locator('#s6').waitFor({ state: 'attached' });
    const bars = await page.locator('g.scale-bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
    assert.ok(bars.some((b) => b.includes(want.neurons)), `${want.neurons} in ${JSON.stringify(bars)}`);
    assert.ok(bars.some((b) => b.includes(want.synapses)), `${want.synapses} in ${JSON.stringify(bars)}`);
    const scale = await page.locator('#s4').innerText();
    for (const words of want.prose) assert.ok(scale.includes(words), `"${words}" in section 4`);
    assertNoProblems(page);
    await page.context().close();
  });
}
