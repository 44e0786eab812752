// Neuron Lab's service worker: after the first visit the page keeps working offline.
// Network first (so a new version is picked up as soon as there is a connection), the cache as
// the fallback. Only this origin's GET requests are touched. Bump VERSION to drop old caches.
const VERSION = 4;
const CACHE = `neuron-lab-v${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The page names its hashed script, wasm and style files: cache the page and all of them.
    // (A release build's html is minified, so an attribute's value may be quoted or not.)
    const page = await fetch('./', { cache: 'no-cache' });
    const html = await page.clone().text();
    await cache.put('./', page);
    const files = [...html.matchAll(/(?:href|src)=["']?(\.\/[^"'\s>#?]+)/g)].map((m) => m[1]);
    // The lesson's binary and style, from the page's list of binaries (scripts/build-embeds.mjs); a
    // widget's own binary, for embed links, is kept when an embed first loads it.
    const bundles = html.match(/<script id=["']?bundles["']?[^>]*>([^<]*)<\/script>/);
    if (bundles) {
      const { lesson } = JSON.parse(bundles[1]);
      files.push(`./${lesson.code}.js`, `./${lesson.code}_bg.wasm`, `./${lesson.style}`);
    }
    // And every language's messages, from the page's list of languages, so that any language
    // works offline after one visit.
    const list = html.match(/<script id=["']?languages["']?[^>]*>([^<]*)<\/script>/);
    const languages = list ? Object.keys(JSON.parse(list[1])) : [];
    // The page's own files or nothing (a page without its wasm is no offline copy); each
    // language on its own, so that one missing file costs that language, not the others.
    await cache.addAll([...new Set(files)]);
    await Promise.allSettled(languages.map((tag) => cache.add(`./locales/${tag}.ftl`)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    let response;
    try {
      response = await fetch(request);
    } catch (error) {
      const cached = await caches.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
    // Keep a copy for offline use; a full or blocked cache never costs the answer itself.
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {}));
    }
    return response;
  })());
});
