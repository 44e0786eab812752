// Delivery without a build and without a server. A page opened from a file (double-clicked, on a
// USB stick, sent by mail) may load no module, no wasm and no language file beside it, so the
// built site cannot start that way; a teacher who has no web server gets instead one html file
// that carries everything it needs and asks for nothing. A teacher who has one (or a course page
// to embed widgets from) gets the built site as one zip to unpack there.
//
//   node scripts/single-file.mjs [dist/] [out/]        (after a release build; out/ is dist-share/)
//
// neuron-lab.html: the style, the wasm-bindgen glue and Trunk's loader inline, the wasm and every
// language file as data in the page, a page-local answer to its own `fetch('./locales/…')`, and
// the policy's script hashes recomputed (scripts/csp.mjs). It registers no service worker: there
// is no sw.js beside it. neuron-lab-site.zip: the build as it is, service worker included.
// Idempotent: the same build gives byte-identical files.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import AdmZip from 'adm-zip';
import { allowInlineScripts } from './csp.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const dist = args[0] ?? join(root, 'dist');
const out = args[1] ?? join(root, 'dist-share');

const read = (name) => readFileSync(join(dist, name));
/** A data block (never run) holding `value` as JSON, safe inside a <script> element. */
const jsonBlock = (id, value) =>
  `<script id=${id} type=application/json>${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** The attributes of a tag's text, lower-case names to values ('' for a bare attribute). */
function attributes(tag) {
  const attrs = {};
  const inner = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const [, name, value = ''] of inner.matchAll(/([^\s=]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
    attrs[name.toLowerCase()] = value.replace(/^["']|["']$/g, '');
  }
  return attrs;
}

/** Text that must sit inside a <script> or <style> element and end only at its own close. */
function inlinable(text, what) {
  if (/<\/(script|style)|<!--|<script/i.test(text)) throw new Error(`${what} holds a "</script", "<script" or "<!--": it cannot be inlined as it is`);
  return text;
}

/**
 * The glue's exports, exported name -> its name inside the module. An inline module script can
 * keep its `export`s (nobody can import them), so the loader that follows it in the same script
 * takes what it needs from these local names.
 */
async function exportsOf(glue, file) {
  const names = new Map();
  for (const [, name] of glue.matchAll(/\bexport\s+(?:async\s+)?(?:function\s*\*?|class|const|let|var)\s*([\w$]+)/g)) names.set(name, name);
  for (const [, list] of glue.matchAll(/\bexport\s*\{([^}]*)\}/g)) {
    for (const item of list.split(',')) {
      const [local, as] = item.trim().split(/\s+as\s+/);
      if (local) names.set(as ?? local, local);
    }
  }
  // What the module really exports, by loading it: the glue's top level only defines things.
  const real = Object.keys(await import(pathToFileURL(join(dist, file)).href)).sort();
  if (JSON.stringify([...names.keys()].sort()) !== JSON.stringify(real)) {
    throw new Error(`${file}: its exports read as ${[...names.keys()]}, but it exports ${real}`);
  }
  if (!names.has('default')) throw new Error(`${file}: no default export (the init function)`);
  return names;
}

/** The one-file page. */
async function singleFile() {
  let html = read('index.html').toString('utf8');

  // A release build chooses among binaries (the lesson's, or an embedded widget's own:
  // scripts/build-embeds.mjs). The one file carries the lesson's alone, started as Trunk starts
  // it: the list and the chooser give way to the lesson's stylesheet link, and Trunk's loader comes back in place of the one that
  // chooses.
  const bundles = html.match(/<script id=["']?bundles["']?[^>]*>([^<]*)<\/script>/);
  if (bundles) {
    const { lesson: { code: lesson, style } } = JSON.parse(bundles[1]);
    const chooser = html.slice(bundles.index + bundles[0].length).match(/^<script>[\s\S]*?<\/script>/);
    if (!chooser || !chooser[0].includes('neuronLabBundle')) throw new Error('index.html: the list of binaries is not followed by its chooser');
    html = html.replace(bundles[0] + chooser[0], () => `<link rel=stylesheet href=./${style}>`);
    const starts = [...html.matchAll(/<script type=["']?module["']?>[\s\S]*?<\/script>/g)];
    if (starts.length !== 1 || !starts[0][0].includes('neuronLabBundle')) throw new Error('index.html: not one module script that starts the chosen binary');
    html = html.replace(starts[0][0], () => `<script type=module>import init, * as bindings from './${lesson}.js';
const wasm = await init({ module_or_path: './${lesson}_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));</script>`);
  }

  // Trunk's loader: it imports the glue and hands the wasm's address to its init.
  const loaders = [...html.matchAll(/<script\b[^>]*\btype=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)];
  if (loaders.length !== 1) throw new Error(`index.html: ${loaders.length} module scripts, expected Trunk's loader alone`);
  const [loaderTag, loader] = loaders[0];
  const imported = loader.match(/import\s+([\w$]+)\s*,\s*\*\s*as\s+([\w$]+)\s+from\s*(['"])\.\/([^'"]+\.js)\3\s*;?/);
  const wasmPath = loader.match(/(['"])\.\/([^'"]+\.wasm)\1/);
  if (!imported || !wasmPath) throw new Error("index.html: Trunk's loader does not read `import init, * as bindings from './….js'` and `'./…_bg.wasm'`");
  const [importLine, init, bindings, , glueFile] = imported;
  const glue = inlinable(read(glueFile).toString('utf8'), glueFile);
  const names = await exportsOf(glue, glueFile);
  const wasm = read(wasmPath[2]);
  // The same loader, with the glue's own names for `init` and `bindings` and the wasm's bytes
  // (decoded from the page) for its address; in a block, so that its names shadow the glue's.
  const namespace = [...names].map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
  const module = `${glue}
;{
const ${init} = ${names.get('default')}, ${bindings} = Object.freeze({ __proto__: null, ${namespace} });
const neuronLabWasm = () => {
  const text = atob(JSON.parse(document.getElementById('neuron-lab-wasm').textContent));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
};
${loader.replace(importLine, '').replace(wasmPath[0], 'neuronLabWasm()')}
}`;
  html = html.replace(loaderTag, () => `<script type=module>${module}</script>`);

  // Links: the style inline, the preloads gone, and nothing else that would load a file.
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const { rel = '', href = '' } = attributes(tag);
    if (rel === 'stylesheet') return `<style>${inlinable(read(href).toString('utf8'), href)}</style>`;
    if (rel === 'modulepreload' || rel === 'preload') return '';
    if (!href || href.startsWith('data:')) return tag;
    throw new Error(`index.html: <link rel=${rel} href=${href}> would load another file`);
  });
  const external = html.replace(/<!--[\s\S]*?-->/g, '').match(/<script\b[^>]*\bsrc=[^>]*>/i);
  if (external) throw new Error(`index.html: ${external[0]} would load another file`);

  // Every language file, and a fetch that answers the page's requests for them from the page.
  // First of all scripts: the page's own first script fetches its language at once. And no
  // service worker: navigator.serviceWorker reads as absent, so the app does not try one.
  const locales = {};
  for (const name of readdirSync(join(dist, 'locales')).filter((n) => n.endsWith('.ftl')).sort()) {
    locales[name.slice(0, -'.ftl'.length)] = read(join('locales', name)).toString('utf8');
  }
  const languages = html.match(/<script\b[^>]*\bid=["']?languages["']?[^>]*>([\s\S]*?)<\/script>/i);
  for (const tag of languages ? Object.keys(JSON.parse(languages[1])) : []) {
    if (!(tag in locales)) throw new Error(`${dist}: no locales/${tag}.ftl for a language the page lists`);
  }
  const shim = `(function () {
  var files = JSON.parse(document.getElementById('neuron-lab-locales').textContent);
  var network = window.fetch;
  window.fetch = function (input, options) {
    var url = new URL(typeof input === 'string' ? input : (input && input.url) || String(input), document.baseURI);
    url.search = url.hash = '';
    for (var tag in files) {
      if (url.href === new URL('./locales/' + tag + '.ftl', document.baseURI).href) {
        return Promise.resolve(new Response(files[tag], { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
      }
    }
    return network.apply(window, arguments);
  };
  try {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', { configurable: true, get: function () { return undefined; } });
  } catch (e) {}
})();`;
  const first = html.search(/<script\b/i);
  if (first < 0) throw new Error('index.html: no script');
  html = `${html.slice(0, first)}${jsonBlock('neuron-lab-locales', locales)}<script>${shim}</script>${html.slice(first)}`;

  // The wasm last, so that the page above it is parsed (and says it is loading) before its 1.5 MB.
  const wasmBlock = jsonBlock('neuron-lab-wasm', wasm.toString('base64'));
  html = /<\/body>/i.test(html) ? html.replace(/<\/body>/i, () => `${wasmBlock}</body>`) : html + wasmBlock;

  // The page's mark (index.html's own scripts read it: a page opened from a file is not a
  // broken copy when it is this one), then the policy for these scripts.
  const marked = html.replace(/<meta charset=["']?utf-8["']?\s*\/?>/i, (meta) => `${meta}<meta content=single-file name=neuron-lab-delivery>`);
  if (marked === html) throw new Error('index.html: no <meta charset=utf-8> to put the mark after');
  return Buffer.from(allowInlineScripts(marked, 'neuron-lab.html').html, 'utf8');
}

/**
 * The build as one zip: every file, sorted, with a fixed date, so the same build gives the same
 * bytes. Not hidden ones: Trunk stages a build in progress in dist/.stage/.
 */
function siteZip() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  if (!files.includes('index.html')) throw new Error(`${dist} has no index.html: build first (trunk build --release)`);
  const zip = new AdmZip(undefined, { noSort: true });
  for (const name of files.sort()) {
    const entry = zip.addFile(name, read(name), '', 0o644);
    entry.header.time = new Date(2026, 0, 1);
  }
  return zip.toBuffer();
}

const written = [
  ['neuron-lab.html', await singleFile()],
  ['neuron-lab-site.zip', siteZip()],
];
mkdirSync(out, { recursive: true });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, bytes] of written) {
  const path = join(out, name);
  writeFileSync(path, bytes);
  console.log(`${relative(process.cwd(), path)}  ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
}
