// The training Worker's entry: picks the backend, loads MNIST, then hands every message to the Runner.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import { serveWasmFrom } from './wasmBackend';
import { chooseBackend } from './backend';
import { loadMnist } from './loadMnist';
import type { FromWorker, ToWorker } from './protocol';
import { Runner } from './runner';
import { answerInitLab } from './initLab';
import { answerPredict } from './predictions';
import { StatsTap } from './statsTap';
import { tf } from './tfjs';

const post = (msg: FromWorker) => (self as unknown as Worker).postMessage(msg);

let runner: Runner | null = null;
let stats: StatsTap | null = null;
let ready: Promise<Runner | null> | null = null;

async function init(msg: Extract<ToWorker, { type: 'init' }>): Promise<Runner | null> {
  try {
    serveWasmFrom(msg.baseUrl);
    const backend = await chooseBackend(tf, msg.backend);
    const data = await loadMnist(msg.baseUrl, (loaded, total, file) =>
      post({ type: 'progress', loaded, total, file }),
    );
    runner = new Runner(tf, data, post);
    stats = new StatsTap(tf, runner, post);
    post({ type: 'ready', backend: backend.name, reason: backend.reason, numTrain: data.train.count, numTest: data.test.count });
    return runner;
  } catch (e) {
    post({ type: 'fatal', message: e instanceof Error ? e.message : String(e) });
    return null;
  }
}

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'init') {
    ready ??= init(msg);
    return;
  }
  const r = await ready;
  if (!r) return;
  switch (msg.type) {
    case 'configure':
      return r.configure(msg.config);
    case 'train':
      return r.train();
    case 'pause':
      return r.pause();
    case 'step':
      return r.stepOnce(msg.count);
    case 'reset':
      return r.reset();
    case 'speed':
      return r.setSpeed(msg.stepsPerSec);
    case 'stats':
      return stats?.setEnabled(msg.enabled);
    case 'init-lab':
      return post(await answerInitLab(tf, msg, r.data));
    case 'predict':
      return post(await answerPredict(tf, msg, r));
  }
}

// Messages are handled one at a time, in order, so a reset never interleaves with a half-done step.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<ToWorker>) => {
  queue = queue
    .then(() => handle(e.data))
    .catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
