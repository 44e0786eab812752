// Trunk's post-build hook, second step (scripts/post-build.sh): lets the page's inline scripts
// run under a Content-Security-Policy without 'unsafe-inline'. Each inline <script> of the
// staged index.html (the page's own, Trunk's module loader, and `trunk serve`'s reload script)
// is named in script-src by the SHA-256 of its text, so the browser runs exactly these and no
// script an injection could add. Run after everything else has changed the html (minifying).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowInlineScripts } from './csp.mjs';

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
const { html: allowed, hashes } = allowInlineScripts(html, file);
writeFileSync(file, allowed);
console.log(`csp-hashes: ${hashes.size} inline scripts allowed by hash`);
