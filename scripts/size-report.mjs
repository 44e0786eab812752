// Prints what a first visit transfers: each file of the release build (dist/), raw and gzip
// (level 9, as a static host would serve it), by kind, and the one language file a visit
// fetches (English's, the largest before compression). `node scripts/size-report.mjs [--json]`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function measure(dir = 'dist') {
  const messages = join('locales', 'en.ftl');
  const files = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isFile() && !f.startsWith('embed-'))
    .concat(statSync(join(dir, messages), { throwIfNoEntry: false }) ? [messages] : [])
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name, kind: extname(name).slice(1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  return { files, total };
}

/**
 * What each embed link's first load is, from the build's files: the page, the widget's own
 * style, glue and wasm (scripts/build-embeds.mjs) and its English messages. (The e2e size
 * test measures what a browser really fetches.)
 */
export function measureEmbeds(dir = 'dist') {
  const gzip = (name) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
  const shared = ['index.html'];
  const embeds = {};
  for (const f of readdirSync(dir)) {
    const m = f.match(/^embed-([a-z]+)-[0-9a-f]+(?:\.js|_bg\.wasm|\.css)$/);
    if (!m) continue;
    embeds[m[1]] ??= [...shared, join('locales', m[1], 'en.ftl')];
    embeds[m[1]].push(f);
  }
  return Object.entries(embeds).map(([widget, files]) => ({ widget, gzip: files.reduce((t, f) => t + gzip(f), 0) }));
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, total } = measure(process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) ?? 'dist');
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files, total }, null, 2));
  } else {
    console.log('file'.padEnd(46) + '  raw KB' + '  gzip KB');
    for (const f of files.sort((a, b) => b.gzip - a.gzip)) console.log(f.name.padEnd(46) + kb(f.raw) + kb(f.gzip));
    console.log('total first load'.padEnd(46) + kb(total.raw) + kb(total.gzip));
    const embeds = measureEmbeds(process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) ?? 'dist');
    if (embeds.length) {
      console.log('\nan embed link\'s first load (?embed=<widget>)'.padEnd(55) + '  gzip KB');
      for (const e of embeds) console.log(`  ${e.widget}`.padEnd(54) + kb(e.gzip));
    }
  }
}
