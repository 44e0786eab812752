// Trunk's post-build hook, second step (scripts/post-build.sh): lets the page's inline scripts
// run under a Content-Security-Policy without 'unsafe-inline'. Each inline <script> of the
// staged index.html (the page's own, Trunk's module loader, and `trunk serve`'s reload script)
// is named in script-src by the SHA-256 of its text, so the browser runs exactly these and no
// script an injection could add. Run after everything else has changed the html (minifying).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR ?? process.argv[2], 'index.html');
let html = readFileSync(file, 'utf8');
// `trunk serve`'s reload script has placeholders that the server fills in each answer (the
// page's host and the path of its WebSocket), which would change the script after it was
// hashed. Filled here the way the server fills them when it is not told a host: the browser's
// own `window.location.host`, and the root path scripts/serve.sh serves from. The server then
// finds nothing to replace, and the script runs as hashed.
html = html
  .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
  .replaceAll('`{{__TRUNK_ADDRESS__}}`', 'window.location.host')
  .replaceAll('{{__TRUNK_WS_BASE__}}', process.env.TRUNK_WS_BASE ?? '/');
const hashes = new Set();
// Comments first, so that a "<script" in one is not taken for a script.
const code = html.replace(/<!--[\s\S]*?-->/g, '');
for (const [, attrs, body] of code.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc=/i.test(attrs) || /type=["']?application\/json/i.test(attrs)) continue;
  // The browser hashes the script's text as parsed, with line ends made \n.
  const text = body.replace(/\r\n?/g, '\n');
  hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}
let found = false;
// Only in the policy's own <meta> element.
html = html.replace(/(<meta\b[^>]*Content-Security-Policy[^>]*>|<meta\b[^>]*content="[^"]*script-src[^"]*"[^>]*>)/i, (meta) =>
  meta.replace(/script-src ([^;"]*)/, (_, sources) => {
    found = true;
    const kept = sources.split(/\s+/).filter((s) => s && s !== "'unsafe-inline'" && !s.startsWith("'sha256-"));
    return `script-src ${[...kept, ...hashes].join(' ')}`;
  }));
if (!found) throw new Error(`${file}: no script-src in the Content-Security-Policy`);
writeFileSync(file, html);
console.log(`csp-hashes: ${hashes.size} inline scripts allowed by hash`);
