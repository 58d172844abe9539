// The page's entry, kept tiny: it starts the training Worker (and through it MNIST's download) before the
// page's own code — React, the stores, the UI — has even been fetched, then loads that code (boot.tsx).
import { spawnEarly } from './state/earlyWorker';

spawnEarly(document.baseURI);
void import('./boot');
