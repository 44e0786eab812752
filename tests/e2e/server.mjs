// A tiny static file server for the built site (dist/), on loopback only. Used by the
// end-to-end tests, the screenshot script and the size report; no dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` on 127.0.0.1 at a free port, under `prefix` (a sub-path such as
 * "/course/lab/", to check that the site works away from the host's root); resolves to
 * { url, origin, close }. `cors` adds `Access-Control-Allow-Origin: *` to every answer (as
 * some hosts do); `pages` maps further paths of the server (outside `prefix`, such as
 * "/course.html") to html, for course pages that frame the site. `types` overrides content
 * types by extension (a host that sends `.wasm` as `application/octet-stream`).
 */
export async function serve(root, { prefix = '/', cors = false, pages = {}, types = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    if (cors) res.setHeader('access-control-allow-origin', '*');
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (Object.hasOwn(pages, full)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(pages[full]);
        return;
      }
      if (!full.startsWith(prefix)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const path = '/' + full.slice(prefix.length);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    // Further pages may be added while it runs (a test's course page).
    pages,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
