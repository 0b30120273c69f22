// Service worker of DevOps Learning: AWS, written by scripts/service-worker.mjs from scripts/sw-template.js.
// Cache-first from one versioned cache; a new deploy is a new worker that waits until the reader reloads.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE = [/* __PRECACHE__ */];
const CACHE = `dla-${VERSION}`;

self.addEventListener('install', (event) => {
	// No skipWaiting(): open pages keep the version they started with until the reader accepts the update.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith('dla-') && key !== CACHE) await caches.delete(key);
			await self.clients.claim();
		})(),
	);
});

self.addEventListener('message', (event) => {
	if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Query strings never select another file here: a page's holds a widget's shared state, and the
			// search index adds cache-busting ones (pagefind-entry.json?ts=…).
			const page = request.mode === 'navigate';
			const cached = await cache.match(request, { ignoreSearch: true });
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch (error) {
				const notFound = page ? await cache.match(`${BASE}404.html`) : undefined;
				if (notFound) return notFound;
				throw error;
			}
		})(),
	);
});
