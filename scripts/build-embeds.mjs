// Trunk's post-build hook, release builds (scripts/post-build.sh): a binary of each widget alone,
// which an embed link (`index.html?embed=<id>`) loads instead of the whole lesson's (issue 29:
// an embedded widget's first load was the whole lesson's 545 KB gzip).
//
// For each widget (Cargo.toml's features `only-<id>`, runtime::visibility::BUILT_FOR):
//   - the binary built with `--features only-<id>`: the lesson's text, the other widgets, the
//     predictions and the concept check are not compiled (crate::in_lesson!, with_widget!);
//   - wasm-bindgen and wasm-opt as Trunk runs them for the lesson's, the glue minified by terser,
//     named by a hash of their content like Trunk's: embed-<id>-<hash>.js and _bg.wasm;
//   - its messages: locales/<id>/<lang>.ftl, the messages whose ids the binary holds (every id is
//     a literal the binary carries: src/i18n) with those they refer to, every term, and those
//     the page's own scripts use before the app runs (page-loading, crash-*);
//   - its style: embed-<id>-<hash>.css, the rules of the lesson's stylesheet whose classes it
//     names (cutStylesheet);
// and in index.html, in place of Trunk's loader and the stylesheet link, one that reads the query
// string: a list of the binaries (#bundles), a script that picks one, links its style and starts
// fetching its code at once (preloads), and the module that starts it (see docs/implementation-notes.md, "One binary per embedded widget").
//
//   node scripts/build-embeds.mjs <staging dir>     (run by post-build.sh, in Trunk's staging)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';


/** The widgets that have a binary of their own: Cargo.toml's `only-<id>` features. */
export function widgets(cargoToml = readFileSync('Cargo.toml', 'utf8')) {
  return [...cargoToml.matchAll(/^only-([a-z]+)\s*=/gm)].map((m) => m[1]);
}

/** A file's name with a hash of `bytes`, as Trunk names the lesson's. */
const hashOf = (...parts) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex').slice(0, 16);
};

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 }).toString();

/** Builds the binary of `widget` alone: its uplifted wasm's path. */
function cargoBuild(widget) {
  const out = run('cargo', [
    'build', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '--bin', 'neuron-lab',
    '--features', `only-${widget}`, '--message-format', 'json-render-diagnostics',
  ]);
  const artifact = out.split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((m) => m.reason === 'compiler-artifact' && m.target?.name === 'neuron-lab' && m.target.kind.includes('bin'))
    .pop();
  const wasm = artifact?.filenames.find((f) => f.endsWith('.wasm'));
  if (!wasm) throw new Error(`cargo built no wasm for only-${widget}`);
  return wasm;
}

/**
 * A catalogue cut to the messages `keep` says yes to, with those they refer to and every term
 * (`-name`). Entries are a first line `id = …` and its indented continuation lines (the staged
 * files have no comments: post-build.sh removed them).
 */
export function cutCatalogue(ftl, keep) {
  const entries = new Map();
  let current = null;
  for (const line of ftl.split('\n')) {
    const head = line.match(/^(-?[A-Za-z][\w-]*)\s*=/);
    if (head) {
      current = { id: head[1], lines: [line] };
      entries.set(current.id, current);
    } else if (current && /^\s/.test(line) && line.trim()) {
      current.lines.push(line);
    } else if (line.trim()) {
      throw new Error(`a line that is neither an entry nor its continuation: ${line}`);
    }
  }
  const wanted = new Set([...entries.keys()].filter((id) => id.startsWith('-') || keep(id)));
  // Message references: `{ other-message }` (terms are all kept).
  for (const id of wanted) {
    for (const [, ref] of entries.get(id).lines.join('\n').matchAll(/\{\s*([A-Za-z][\w-]*)(?:\.[\w-]+)?\s*\}/g)) {
      if (entries.has(ref)) wanted.add(ref);
    }
  }
  return [...entries.values()].filter((e) => wanted.has(e.id)).map((e) => e.lines.join('\n')).join('\n') + '\n';
}

/** `css`'s top-level blocks: [prelude, body]. (Trunk's minified css: no comments.) */
function blocks(css) {
  const out = [];
  let i = 0;
  for (let open = css.indexOf('{', i); open >= 0; open = css.indexOf('{', i)) {
    let depth = 1;
    let j = open + 1;
    for (; depth; j++) {
      if (j >= css.length) throw new Error('css: a block without its end');
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    out.push([css.slice(i, open).trim(), css.slice(open + 1, j - 1)]);
    i = j;
  }
  return out;
}

/** A selector list's selectors (commas inside parentheses do not split). */
function selectors(list) {
  const parts = [''];
  let depth = 0;
  for (const c of list) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && !depth) parts.push('');
    else parts[parts.length - 1] += c;
  }
  return parts;
}

/**
 * The stylesheet cut to the rules that can match a page built from `haystack` (the widget's
 * binary, glue, messages and the html): a selector is dropped when a class it needs appears
 * nowhere in it (class names are literals there, as message ids are). Lenient on purpose: any
 * occurrence keeps a class, `:not(…)` needs nothing, `:is`/`:where` lists are kept whole.
 */
export function cutStylesheet(css, haystack) {
  const needed = (selector) => {
    if (/:(is|where)\(/.test(selector)) return true;
    const bare = selector.replace(/:not\((?:[^()]|\([^()]*\))*\)/g, '');
    return [...bare.matchAll(/\.([A-Za-z_][\w-]*)/g)].every(([, c]) => haystack.includes(c));
  };
  const cut = (text) => blocks(text).map(([prelude, body]) => {
    if (/^@(media|supports|container|layer)\b/.test(prelude)) {
      const inner = cut(body);
      return inner ? `${prelude}{${inner}}` : '';
    }
    if (prelude.startsWith('@')) return `${prelude}{${body}}`;
    const kept = selectors(prelude).filter(needed);
    return kept.length ? `${kept.join(',')}{${body}}` : '';
  }).join('');
  return cut(css);
}

/** The text of every inline script of `html` (the ids the page's own scripts use). */
const inlineScripts = (html) => [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).join('\n');

function main() {
  const staging = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('usage: node scripts/build-embeds.mjs <staging dir>');
  const indexFile = join(staging, 'index.html');
  let html = readFileSync(indexFile, 'utf8');
  const scripts = inlineScripts(html);
  const lessonJs = html.match(/import init, \* as bindings from '\.\/(neuron-lab-[0-9a-f]+)\.js';/);
  if (!lessonJs) throw new Error("index.html: Trunk's loader is not `import init, * as bindings from './neuron-lab-<hash>.js'`");
  const lesson = lessonJs[1];
  const styleLink = html.match(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi);
  if (styleLink?.length !== 1) throw new Error('index.html: not one stylesheet link');
  const lessonStyle = styleLink[0].match(/href=["']?\.\/([^"'\s>]+\.css)/)?.[1];
  if (!lessonStyle) throw new Error(`index.html: ${styleLink[0]} names no ./….css`);
  const css = readFileSync(join(staging, lessonStyle), 'utf8');
  const languages = readdirSync(join(staging, 'locales')).filter((n) => n.endsWith('.ftl'));

  const work = mkdtempSync(join(tmpdir(), 'neuron-lab-embeds-'));
  const embeds = {};
  try {
    for (const widget of widgets()) {
      const started = Date.now();
      const built = join(work, `${widget}.wasm`);
      writeFileSync(built, readFileSync(cargoBuild(widget)));
      const out = join(work, widget);
      run('wasm-bindgen', ['--target=web', `--out-dir=${out}`, '--out-name=embed', '--no-typescript', built]);
      run('wasm-opt', ['-Oz', `--output=${join(out, 'opt.wasm')}`, join(out, 'embed_bg.wasm')]);
      run('node', ['node_modules/terser/bin/terser', join(out, 'embed.js'), '--module', '--compress', '--mangle', '--output', join(out, 'min.js')]);
      const js = readFileSync(join(out, 'min.js'));
      const wasm = readFileSync(join(out, 'opt.wasm'));
      const name = `embed-${widget}-${hashOf(js, wasm)}`;
      writeFileSync(join(staging, `${name}.js`), js);
      writeFileSync(join(staging, `${name}_bg.wasm`), wasm);

      // Its messages: an id counts as used if the binary holds it (as its own bytes) or the
      // page's scripts name it.
      const quoted = (id) => new RegExp(`['"\\x60]${id}['"\\x60]`);
      const holds = (id) => wasm.includes(Buffer.from(id)) || quoted(id).test(scripts);
      mkdirSync(join(staging, 'locales', widget), { recursive: true });
      const catalogues = [];
      for (const file of languages) {
        const ftl = cutCatalogue(readFileSync(join(staging, 'locales', file), 'utf8'), holds);
        writeFileSync(join(staging, 'locales', widget, file), ftl);
        catalogues.push(ftl);
      }
      // Its style: the rules whose classes it names somewhere.
      const haystack = [wasm.toString('latin1'), js.toString('utf8'), html, ...catalogues].join('\n');
      const style = cutStylesheet(css, haystack);
      const styleName = `embed-${widget}-${hashOf(style)}.css`;
      writeFileSync(join(staging, styleName), style);
      embeds[widget] = { code: name, style: styleName };
      console.log(`build-embeds: ${widget}: ${(wasm.length / 1024).toFixed(0)} KB wasm in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // Trunk's loader and its preloads give way to one that chooses.
  const loader = html.match(/<script type=["']?module["']?>[^<]*import init, \* as bindings[\s\S]*?<\/script>/);
  if (!loader) throw new Error("index.html: no Trunk loader");
  html = html.replace(loader[0], () => '');
  html = html.replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*>/gi, (tag) => {
    if (!tag.includes(lesson)) throw new Error(`index.html: a preload that is not the lesson's: ${tag}`);
    return '';
  });
  const bundles = { lesson: { code: lesson, style: lessonStyle }, embeds };
  const minified = (file, module) => run('node', ['node_modules/terser/bin/terser', file, '--compress', '--mangle', ...(module ? ['--module'] : [])]).trim();
  const chooser = `<script id=bundles type=application/json>${JSON.stringify(bundles)}</script>` +
    `<script>${minified('scripts/bundle-chooser.js', false)}</script>`;
  const start = `<script type=module>${minified('scripts/bundle-start.js', true)}</script>`;
  // The chooser where the stylesheet link was (before every other script: the language script
  // reads where the messages are), the module where Trunk's was.
  html = html.replace(styleLink[0], () => chooser);
  html = html.replace(/<\/head>/i, () => `${start}</head>`);
  writeFileSync(indexFile, html);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
