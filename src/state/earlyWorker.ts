// The training Worker, created by the page's first lines: before React, the stores and the UI have loaded, so the
// Worker's code and MNIST's first slice download while the page's own code does (navigation → first step).
// Import-light on purpose: main.tsx imports it before anything else.
import type { FromWorker, ToWorker } from '../wire/protocol';

/** A Worker started before the engine bridge existed, and what it said meanwhile (start-up marks, progress). */
export interface EarlyWorker {
  worker: Worker;
  said: FromWorker[];
  /** Set when the Worker failed before it was adopted (its code did not load, say): the bridge starts another. */
  failed: boolean;
}

const early: EarlyWorker[] = [];

/** A new training Worker (module Worker: its entry imports the engine's chunk). */
export function newEngineWorker(): Worker {
  return new Worker(new URL('../engine/workerEntry.ts', import.meta.url), { type: 'module', name: 'layer-lab-engine' });
}

/** Creates the Worker now and has it start the data; the bridge adopts it with takeEarlyWorker. */
export function spawnEarly(baseUrl: string): void {
  performance.mark('page:worker-start');
  const worker = newEngineWorker();
  const entry: EarlyWorker = { worker, said: [], failed: false };
  worker.onmessage = (e: MessageEvent<FromWorker>) => entry.said.push(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    entry.failed = true;
  };
  const prefetch: ToWorker<never> = { type: 'prefetch', baseUrl };
  worker.postMessage(prefetch);
  early.push(entry);
}

/** The early Worker, once (later starts — a backend switch, a crash — make their own). */
export function takeEarlyWorker(): EarlyWorker | undefined {
  const entry = early.shift();
  if (entry?.failed) entry.worker.terminate();
  return entry?.failed ? undefined : entry;
}
