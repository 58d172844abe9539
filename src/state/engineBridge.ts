// Starts the training Worker and connects it: commands go out through the engine link, messages come back
// through the router. A Worker that dies is reported and started again.
import type { FromWorker } from '../wire/protocol';
import { useEngineLink } from './engineLink';
import { routeMessage } from './router';
import { useLab } from './store';

let worker: Worker | null = null;

function spawn(): Worker {
  const w = new Worker(new URL('../engine/workerEntry.ts', import.meta.url), { type: 'module', name: 'layer-lab-engine' });
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
  performance.mark('page:worker-start');
  worker = spawn();
  const w = worker;
  useEngineLink.getState().connect((msg) => w.postMessage(msg));
  useLab.getState().onEngineRestart();
  w.postMessage({ type: 'init', backend: useLab.getState().config.backend, baseUrl: document.baseURI });
}

/** Ends the Worker (tests, page teardown). */
export function stopEngine(): void {
  worker?.terminate();
  worker = null;
  useEngineLink.getState().reset();
}
