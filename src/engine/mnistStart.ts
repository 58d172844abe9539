// One MNIST stream per Worker, started by whichever asks first: the Worker's entry starts it as soon as the
// page's `init` arrives (before the engine's code has loaded), and the engine's init then picks up the same
// stream instead of fetching again.
import type { FromWorker } from '../wire/protocol';
import type { Dataset } from './dataset';
import { streamMnist } from './loadMnist';
import { markNow } from './marks';

interface Started {
  baseUrl: string;
  loading: Promise<Dataset>;
}

const started: Started[] = [];

/** Resolved by releaseRest: the later shards wait for it (see streamMnist). */
let release: () => void = () => undefined;
const restWhen = new Promise<void>((resolve) => (release = resolve));

/**
 * Lets the rest of MNIST stream in: the engine calls it once the first run has taken its first step, or a
 * moment after it is ready when nothing trains (see worker.ts). Later calls do nothing.
 */
export function releaseRest(): void {
  release();
}

/** The stream of `baseUrl`'s MNIST, started on the first call; progress and the data-start and first-slice marks go to `post`. */
export function startMnist(baseUrl: string, post: (msg: FromWorker) => void): Promise<Dataset> {
  // The page's address (query included) may have been rewritten between the page's first lines and its init,
  // so streams are keyed by the folder the data lives under, not the address string.
  const folder = new URL('.', baseUrl).href;
  const known = started.find((s) => s.baseUrl === folder);
  if (known) return known.loading;
  post(markNow('data-start'));
  const loading = streamMnist(baseUrl, (loaded, total, file) => post({ type: 'progress', loaded, total, file }), restWhen);
  loading.then(
    () => post(markNow('first-slice')),
    () => undefined,
  );
  started.push({ baseUrl: folder, loading });
  return loading;
}
