// The training Worker's entry: picks the backend, loads MNIST, then routes every message to the Runner.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import type { EngineConfig } from '../experiment/engineConfig';
import type { FromWorker, ToWorker } from '../wire/protocol';
import { serveWasmFrom } from './wasmBackend';
import { chooseBackend } from './backend';
import { loadMnist } from './loadMnist';
import { Runner } from './runner';
import { answerInitLab } from './initLab';
import { answerPredict } from './predictions';
import { answerWeights } from './weightImages';
import { answerInspectUnit } from './unitInspect';
import { answerNetwork } from './networkView';
import { StatsTap } from './statsTap';
import { tf } from './tfjs';

type Msg = ToWorker<EngineConfig>;
const post = (msg: FromWorker) => (self as unknown as Worker).postMessage(msg);

let stats: StatsTap | null = null;
let ready: Promise<Runner | null> | null = null;

async function init(msg: Extract<Msg, { type: 'init' }>): Promise<Runner | null> {
  try {
    serveWasmFrom(msg.baseUrl);
    const backend = await chooseBackend(tf, msg.backend);
    const data = await loadMnist(msg.baseUrl, (loaded, total, file) => post({ type: 'progress', loaded, total, file }));
    const runner = new Runner(tf, data, post);
    stats = new StatsTap(tf, runner, post);
    post({ type: 'ready', backend: backend.name, reason: backend.reason, numTrain: data.train.count, numTest: data.test.count });
    return runner;
  } catch (e) {
    post({ type: 'fatal', message: e instanceof Error ? e.message : String(e) });
    return null;
  }
}

/** The one router: every message type has a case, and a new one fails the type-check until it is routed. */
async function handle(msg: Msg): Promise<void> {
  if (msg.type === 'init') {
    ready ??= init(msg);
    return;
  }
  const r = await ready;
  if (!r) return;
  switch (msg.type) {
    case 'configure':
      return r.configure(msg.runs);
    case 'train':
      return r.train();
    case 'pause':
      // Stopping is synchronous; the readback and evaluation that follow must not hold up a new run.
      return background(r.pause());
    case 'step':
      return r.step();
    case 'set-speed':
      return r.setSpeed(msg.stepsPerSec);
    case 'set-stats':
      return stats?.setEnabled(msg.enabled);
    case 'init-lab':
      return background(answerInitLab(tf, msg, r.data).then(post));
    case 'predict':
      // Its work is queued on the device before the first await, so a later new run cannot pull the net
      // from under it; the answer names its run, and the page drops it if that run was replaced.
      return background(answerPredict(tf, msg, r).then(post));
    case 'weights':
      return background(answerWeights(tf, msg, r).then(post));
    case 'inspect-unit':
      return background(answerInspectUnit(tf, msg, r).then(post));
    case 'network':
      return background(answerNetwork(tf, msg, r).then(post));
    default: {
      const unrouted: never = msg;
      throw new Error(`Unknown message ${JSON.stringify(unrouted)}`);
    }
  }
}

const report = (err: unknown) => post({ type: 'error', run: null, message: err instanceof Error ? err.message : String(err) });

/** Work that may finish after later messages are handled (it checks its run before posting). */
function background(work: Promise<unknown>): void {
  work.catch(report);
}

// Messages are handled one at a time, in order, so a new run never interleaves with a half-done step.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<Msg>) => {
  queue = queue
    .then(() => handle(e.data))
    .catch(report);
};
