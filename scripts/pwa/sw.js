// Layer Lab's service worker, written by hand. The build (scripts/pwa/swPlugin.ts) prepends
//   const PRECACHE = { version, files }
// where `files` lists every built file and data file (relative to this script) and `version` hashes their
// contents, the data manifest included: a new build or new data means a new cache name.
/* global PRECACHE */
const CACHE = `layer-lab-${PRECACHE.version}`;
// Written last during install: a cache without it was interrupted and is never served from.
const COMPLETE = '__layer-lab-precache-complete__';
const scope = new URL('./', self.location.href);
const url = (file) => new URL(file, scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A half-written cache of this same version (an earlier install that died) starts over.
      const old = await caches.open(CACHE);
      if (!(await old.match(url(COMPLETE)))) await caches.delete(CACHE);
      const cache = await caches.open(CACHE);
      // cache: 'no-cache' asks the server whether each HTTP-cached copy is current (a 304 reuses it): a new
      // version never precaches an old file, and what the page's first load fetched is not downloaded again.
      await cache.addAll(PRECACHE.files.map((f) => new Request(url(f), { cache: 'no-cache' })));
      await cache.put(url(COMPLETE), new Response(PRECACHE.version));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('layer-lab-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/**
 * Cross-origin isolation on hosts that cannot set headers (GitHub Pages): every response this worker serves
 * carries COOP/COEP, so the page (after one reload, see src/pwa/register.ts) gets SharedArrayBuffer and
 * tfjs-wasm threads. Same-origin files need no CORP header under require-corp.
 */
function isolated(res) {
  if (res.status === 0 || res.type === 'opaque') return res;
  const headers = new Headers(res.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  const complete = await cache.match(url(COMPLETE));
  // Navigations (any query string: the URL is the experiment) get the app shell.
  const key = request.mode === 'navigate' ? url('./') : request;
  // ignoreVary: the server may answer `Vary: Origin`, and module scripts send an Origin the precache did not.
  const hit = complete && (await cache.match(key, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }));
  return isolated(hit || (await fetch(request)));
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope.href)) return;
  event.respondWith(respond(request));
});
