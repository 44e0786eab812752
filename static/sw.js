// Neuron Lab's service worker: after the first visit the page keeps working offline.
// Network first (so a new version is picked up as soon as there is a connection), the cache as
// the fallback. Only this origin's GET requests are touched. Bump VERSION to drop old caches.
const VERSION = 2;
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
    // And every language's messages, from the page's list of languages, so that any language
    // works offline after one visit.
    const list = html.match(/<script id=["']?languages["']?[^>]*>([^<]*)<\/script>/);
    const languages = list ? Object.keys(JSON.parse(list[1])) : [];
    files.push(...languages.map((tag) => `./locales/${tag}.ftl`));
    await cache.addAll([...new Set(files)]);
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
    try {
      const response = await fetch(request);
      if (response.ok) {
        const cache = await caches.open(CACHE);
        await cache.put(request, response.clone());
      }
      return response;
    } catch (error) {
      const cached = await caches.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
