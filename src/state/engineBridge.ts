// Starts the training Worker and wires it to the store: commands go out through setEngineSender,
// messages come back into `receive`. A worker that dies is reported and started again.
import type { FromWorker, ToWorker } from '../engine/protocol';
import { setEngineSender, useLab } from './store';
import { useStats } from './statsStore';
import { useEarlyStop } from './earlyStopStore';
import { usePredictions } from './predictionsStore';

let worker: Worker | null = null;

function spawn(): Worker {
  const w = new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module', name: 'layer-lab-engine' });
  w.onmessage = (e: MessageEvent<FromWorker>) => {
    useLab.getState().receive(e.data);
    useStats.getState().receive(e.data);
    useEarlyStop.getState().receive(e.data);
    usePredictions.getState().receive(e.data);
  };
  w.onerror = (e) => {
    e.preventDefault();
    useLab.setState({ error: `The training worker crashed (${e.message || 'unknown error'}); it was restarted.` });
    startEngine();
  };
  return w;
}

/** (Re)starts the engine with the backend the config asks for. */
export function startEngine(): void {
  worker?.terminate();
  worker = spawn();
  const w = worker;
  setEngineSender((msg: ToWorker) => w.postMessage(msg));
  useLab.setState({ phase: 'starting', backend: null, status: null });
  w.postMessage({ type: 'init', backend: useLab.getState().config.backend, baseUrl: document.baseURI });
}

/** Starts the engine once, and again whenever the backend choice changes (a new Worker is the clean way). */
export function connectEngine(): void {
  startEngine();
  useLab.subscribe((s, prev) => {
    if (s.config.backend !== prev.config.backend) startEngine();
  });
}
