// Starts the training Worker and connects it: commands go out through the engine link, messages come back
// through the router. A Worker that dies is reported and started again.
import type { FromWorker } from '../wire/protocol';
import { probeWebglRenderer } from '../wire/webglRenderer';
import { newEngineWorker, takeEarlyWorker } from './earlyWorker';
import { useEngineLink } from './engineLink';
import { routeMessage } from './router';
import { useLab } from './store';

let worker: Worker | null = null;

function spawn(): Worker {
  const early = takeEarlyWorker();
  if (!early) performance.mark('page:worker-start');
  const w = early?.worker ?? newEngineWorker();
  // What the early Worker said before the bridge existed (start-up marks, download progress) is routed first.
  if (early) queueMicrotask(() => early.said.splice(0).forEach((m) => w === worker && routeMessage(m)));
  w.onmessage = (e: MessageEvent<FromWorker>) => {
    // A message still queued from a Worker already replaced is ignored.
    if (w === worker) routeMessage(e.data);
  };
  w.onerror = (e) => {
    e.preventDefault();
    startEngine();
    useLab.getState().onError(`The training worker crashed (${e.message || 'unknown error'}); it was restarted.`);
  };
  return w;
}

/** (Re)starts the engine with the backend the config asks for: a new Worker, and a new run once it is ready. */
export function startEngine(): void {
  worker?.terminate();
  worker = spawn();
  const w = worker;
  const backend = useLab.getState().config.backend;
  // `auto` decides by the WebGL renderer, asked here where it is cheap (see wire/webglRenderer.ts).
  const renderer = backend === 'auto' ? probeWebglRenderer() : undefined;
  // Every later message is counted after it is posted, so the Worker's training loop can end its slice early
  // for it (see `sent` in wire/protocol.ts). `init` goes first, so the Worker counts from the same start.
  // Shared memory needs cross-origin isolation; without it no count is kept.
  const sent = globalThis.crossOriginIsolated ? new SharedArrayBuffer(4) : undefined;
  const count = sent ? new Int32Array(sent) : null;
  w.postMessage({ type: 'init', backend, baseUrl: document.baseURI, renderer, sent });
  useEngineLink.getState().connect((msg) => {
    w.postMessage(msg);
    if (count) Atomics.add(count, 0, 1);
  });
  useLab.getState().onEngineRestart();
}

/** Ends the Worker (tests, page teardown). */
export function stopEngine(): void {
  worker?.terminate();
  worker = null;
  useEngineLink.getState().reset();
}
