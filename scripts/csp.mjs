// The page runs under a Content-Security-Policy without 'unsafe-inline': each inline script it
// may run is named in script-src by the SHA-256 of its text. Every page the project writes
// (Trunk's build through scripts/csp-hashes.mjs, the one-file copy of scripts/single-file.mjs)
// names its scripts the same way, from here, so that no copy runs a script the others would not.
import { createHash } from 'node:crypto';

/** The `'sha256-…'` source of each inline script of `html` (not data blocks, not `src=` ones). */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  // Comments first, so that a "<script" in one is not taken for a script.
  const code = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [, attrs, body] of code.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attrs) || /type=["']?application\/json/i.test(attrs)) continue;
    // The browser hashes the script's text as parsed, with line ends made \n.
    const text = body.replace(/\r\n?/g, '\n');
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * `html` with its policy's script-src naming exactly its inline scripts: earlier hashes and any
 * 'unsafe-inline' go, every other source stays. Throws if the page has no script-src to set
 * (`name` says which page).
 */
export function allowInlineScripts(html, name = 'index.html') {
  const hashes = inlineScriptHashes(html);
  let found = false;
  // Only in the policy's own <meta> element.
  const out = html.replace(/(<meta\b[^>]*Content-Security-Policy[^>]*>|<meta\b[^>]*content="[^"]*script-src[^"]*"[^>]*>)/i, (meta) =>
    meta.replace(/script-src ([^;"]*)/, (_, sources) => {
      found = true;
      const kept = sources.split(/\s+/).filter((s) => s && s !== "'unsafe-inline'" && !s.startsWith("'sha256-"));
      return `script-src ${[...kept, ...hashes].join(' ')}`;
    }));
  if (!found) throw new Error(`${name}: no script-src in the Content-Security-Policy`);
  return { html: out, hashes };
}
