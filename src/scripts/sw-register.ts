/**
 * Registers the service worker (scripts/service-worker.mjs) on every page of a production build, and
 * offers a reload when a new deploy's worker has installed. The reload happens only when the reader
 * asks, so a page never mixes two versions of the site.
 */
function offerUpdate(worker: ServiceWorker): void {
	if (document.querySelector('.dla-update')) return;
	// Built by hand rather than with dom.ts's h(): this module is on every page and must stay tiny.
	const element = (tag: string, text: string, className = '') => {
		const node = document.createElement(tag);
		node.textContent = text;
		if (className) node.className = className;
		return node;
	};
	const reload = element('button', 'Reload', 'dla-button');
	const later = element('button', 'Later', 'dla-button');
	const bar = element('div', '', 'dla-update');
	bar.setAttribute('role', 'status');
	bar.append(element('span', 'A new version of this site is ready.'), reload, later);
	reload.addEventListener('click', () => {
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
		worker.postMessage({ type: 'SKIP_WAITING' });
	});
	later.addEventListener('click', () => bar.remove());
	document.body.append(bar);
}

async function register(): Promise<void> {
	const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	// A worker already waiting (installed while another tab had the site open) is an update too.
	if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
		});
	});
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	register().catch((error: unknown) => console.warn('Offline reading is not available:', error));
}
