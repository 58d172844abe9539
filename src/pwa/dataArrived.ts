// The page's signal that every MNIST file has arrived in the training Worker (see state/router.ts). The
// service worker registers only after it (src/pwa/register.ts): its precache would otherwise download the
// app and all of MNIST a second time while the Worker's own download and first steps are under way.

/** Dispatched on `window` once the Worker reports the whole of MNIST loaded. */
export const DATA_ARRIVED = 'layer-lab:data-arrived';
