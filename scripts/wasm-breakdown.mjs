// What the wasm is made of, to decide what to cut (docs/implementation-notes.md, "What the wasm
// is made of"): the release build's wasm before wasm-bindgen and wasm-opt, which still has its
// function names, read by `twiggy` (`cargo install twiggy`; not needed by any test), summed by
// crate, with the largest functions. Sizes are of the unoptimised code: wasm-opt shrinks every
// part, so the shares, not the bytes, carry over to the shipped file.
//
//   node scripts/wasm-breakdown.mjs [wasm] [--top N]
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 20;
const wasm = args[0] ?? 'target/wasm32-unknown-unknown/release/neuron-lab.wasm';
const twiggy = process.env.TWIGGY ?? join(homedir(), '.cargo/bin/twiggy');

const csv = execFileSync(twiggy, ['top', '-n', '1000000', '--format', 'csv', wasm], { maxBuffer: 1 << 28 }).toString();

/** The fields of one CSV line (names may be quoted, with "" for a quote). */
function fields(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') quoted = false; else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The crate an item belongs to: the first path segment of its name (`<T as tachys::…>` counts
 *  for tachys), or what kind of section it is. */
function owner(name) {
  if (name.startsWith('data segment')) return 'data segments (strings, tables)';
  if (/^(type|elem|table|global|memory)\[/.test(name)) return 'wasm types and tables';
  if (/^(export "?)?"?__wbindgen_describe/.test(name) || /^export "?"?__wbindgen/.test(name)) return 'wasm-bindgen descriptors (removed by wasm-bindgen)';
  if (name.startsWith('import ')) return 'imports from JavaScript';
  const path = name.replace(/^<+/, '').match(/^([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (path) return path[1];
  const inner = name.match(/([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return inner ? inner[1] : 'other';
}

const crates = new Map();
const items = [];
let described = 0;
for (const line of csv.trim().split('\n').slice(1)) {
  const [name, shallow] = fields(line);
  const bytes = Number(shallow);
  // Names and wasm-bindgen's own section are stripped from the shipped file.
  if (/function names|custom section|subsection/.test(name)) continue;
  const crate = owner(name);
  if (crate.startsWith('wasm-bindgen descriptors')) { described += bytes; continue; }
  items.push([name, bytes]);
  crates.set(crate, (crates.get(crate) ?? 0) + bytes);
}
const total = items.reduce((sum, [, b]) => sum + b, 0);
const kb = (b) => (b / 1024).toFixed(1).padStart(7);
const pct = (b) => `${((100 * b) / total).toFixed(1).padStart(5)}%`;
console.log(`${wasm}: ${(total / 1024).toFixed(0)} KB of code and data (without names, and without ${(described / 1024).toFixed(0)} KB of descriptors wasm-bindgen removes)\n`);
console.log('By crate:');
for (const [crate, bytes] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(bytes)} KB ${pct(bytes)}  ${crate}`);
console.log(`\nThe ${top} largest functions and data:`);
for (const [name, bytes] of items.sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${kb(bytes)} KB ${pct(bytes)}  ${name.replace(/::h[0-9a-f]{16}$/, '').slice(0, 110)}`);
}
