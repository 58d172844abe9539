// Registers the service worker of a production build (sw.js next to index.html, emitted by
// scripts/pwa/swPlugin.ts) and reports on <html>:
//   data-offline="ready"   the worker is active, so every file of this version is cached (install is atomic);
//   data-isolated="1"|"0"  whether the page is cross-origin isolated (tfjs-wasm threads need it).
// On a host that cannot send COOP/COEP, the worker adds them; the first visit reloads once to get them.
import { DATA_ARRIVED } from './dataArrived';

const root = document.documentElement;

/** If MNIST never finishes arriving (an error, a very slow link), the worker registers after this anyway. */
const REGISTER_AT_LATEST_MS = 60_000;
root.dataset.isolated = globalThis.crossOriginIsolated ? '1' : '0';

const RELOADED = 'layer-lab-isolation-reload';

/** Reloads once when a worker controls the page but the page came without isolation headers. */
function isolateOnce(): void {
  if (globalThis.crossOriginIsolated) {
    sessionStorage.removeItem(RELOADED);
    return;
  }
  // Only once per tab session: if the reload did not isolate the page, the host or browser refuses it.
  if (!navigator.serviceWorker.controller || sessionStorage.getItem(RELOADED)) return;
  sessionStorage.setItem(RELOADED, '1');
  location.reload();
}

async function register(): Promise<void> {
  const sw = navigator.serviceWorker;
  sw.addEventListener('controllerchange', isolateOnce);
  // Relative to the page, so the app works from any sub-path.
  const reg = await sw.register(new URL('sw.js', document.baseURI), { scope: './' });
  await sw.ready;
  // An update may still be installing; "ready" means this tab's files are all in the active cache.
  const active = reg.active;
  if (active) root.dataset.offline = 'ready';
  isolateOnce();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () =>
    register().catch((e: unknown) => {
      root.dataset.offline = 'unavailable';
      console.warn('Layer Lab works online only: the service worker did not register.', e);
    });
  // After the page's load and MNIST's arrival: the precache then revalidates what the Worker already fetched
  // (sw.js asks with cache: 'no-cache') instead of downloading ~13 MB alongside the first slice and first steps.
  const loaded = new Promise<void>((resolve) =>
    document.readyState === 'complete' ? resolve() : addEventListener('load', () => resolve(), { once: true }),
  );
  const arrived = new Promise<void>((resolve) => {
    addEventListener(DATA_ARRIVED, () => resolve(), { once: true });
    setTimeout(resolve, REGISTER_AT_LATEST_MS);
  });
  void Promise.all([loaded, arrived]).then(start);
} else {
  root.dataset.offline = 'unavailable';
}
