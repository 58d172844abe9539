// The training Worker's engine: picks the backend, takes the MNIST stream workerEntry.ts started, then routes
// every message to the Runner. Loaded by workerEntry.ts, which hands it every message through `receive`.
import { markAt, markNow, MODULE_START } from './marks';
import type { EngineConfig } from '../experiment/engineConfig';
import type { FromWorker, ToWorker } from '../wire/protocol';
import { serveWasmFrom } from './wasmBackend';
import { chooseBackend, type LoadBackend } from './backend';
import { releaseRest, startMnist } from './mnistStart';
import { LrFinder } from './lrFinder';
import { Runner } from './runner';
import { answerInitLab } from './initLab';
import { answerPredict } from './predictions';
import { answerWeights } from './weightImages';
import { LandscapeJobs } from './landscapeJob';
import { answerPaths } from './optPaths';
import { answerInspectUnit } from './unitInspect';
import { answerNetwork } from './networkView';
import { StatsTap } from './statsTap';
import { PendingMessages } from './pendingMessages';
import { ASKED_SHARE, viewBudgets, type ViewBudget, type ViewKind } from './viewBudget';
import { tf } from './tfjs';
import { batchPosts } from './postBatch';

type Msg = ToWorker<EngineConfig>;
const post = batchPosts((msg: FromWorker) => (self as unknown as Worker).postMessage(msg));

/** WebGL's and the CPU's backends are a large part of this Worker's code: each is fetched and evaluated only
 * when it may be used (a GPU, chosen, or the last resort), so a start on WebAssembly does not wait for them. */
const loadBackend: LoadBackend = (name) => {
  if (name === 'webgl') return import('@tensorflow/tfjs-backend-webgl').then(() => undefined);
  if (name === 'cpu') return import('@tensorflow/tfjs-backend-cpu').then(() => undefined);
  return Promise.resolve();
};

/** See init: how long after ready the rest of MNIST starts streaming in if no step has been taken. */
const REST_AFTER_READY_MS = 1000;

/** The page's messages not yet taken (training slices end early for them). */
const pending = new PendingMessages();

let stats: StatsTap | null = null;
let finder: LrFinder | null = null;
/** The weight images, unit inspector and network view: together at most VIEW_SHARE of the time while training. */
let views: Record<ViewKind, ViewBudget> | null = null;
let ready: Promise<Runner | null> | null = null;
const landscapes = new LandscapeJobs();

async function init(msg: Extract<Msg, { type: 'init' }>): Promise<Runner | null> {
  try {
    post(markAt('code-start', MODULE_START));
    post(markNow('init'));
    serveWasmFrom(msg.baseUrl);
    // The data streams in (started by workerEntry.ts) while the backend starts; ready comes once its first
    // slice is verified, and a later loading error is as fatal as an early one.
    const loading = startMnist(msg.baseUrl, post);
    // `renderer` absent (an older page, a test): the Worker probes on its own thread.
    const backend = await chooseBackend(tf, msg.backend, msg.renderer, loadBackend);
    post(markNow('backend'));
    const data = await loading;
    data.arrival?.complete.catch((e: unknown) => post({ type: 'fatal', message: e instanceof Error ? e.message : String(e) }));
    // The rest of MNIST streams in once the first step is done, or REST_AFTER_READY_MS after ready when
    // nothing trains (a run that needs more images than the first slice waits at most that long).
    const runner = new Runner(tf, data, (m) => {
      if (m.type === 'mark' && m.name === 'engine:first-losses') releaseRest();
      post(m);
    });
    setTimeout(releaseRest, REST_AFTER_READY_MS);
    runner.messageWaiting = () => pending.waiting;
    stats = new StatsTap(tf, runner, post);
    finder = new LrFinder(tf, data, post);
    post(markNow('runner'));
    views = viewBudgets(() => runner.isRunning);
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
  if (msg.type === 'prefetch') {
    // Normally taken by the entry already; starting twice returns the same stream.
    void startMnist(msg.baseUrl, post);
    return;
  }
  const r = await ready;
  if (!r) return;
  switch (msg.type) {
    case 'configure':
      // A run whose build needs images still streaming in (early stopping's validation slice) waits for them.
      return r.whenDataFor(msg.runs).then(() => r.configure(msg.runs));
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
      // Test-set predictions first wait (off the queue) for the whole test set while it streams in, then
      // work on a snapshot of the net in chunks, yielding (predictions.ts); the answer names the run whose
      // net it used, and the page drops it if that run was replaced.
      return background((msg.image ? Promise.resolve() : r.testReady).then(() => answerPredict(tf, msg, r)).then((m) => m && post(m)));
    case 'weights':
      return background(views!.weights.run(() => answerWeights(tf, msg, r)).then(post));
    case 'paths':
      return background(answerPaths(tf, msg, post).then(post));
    case 'landscape':
      // In the background, yielding between chunks: training, pause and a cancel still get through.
      return background(landscapes.answer(tf, msg, r, post).then(post));
    case 'landscape-cancel':
      return landscapes.cancel(msg.id);
    case 'lr-finder':
      // In the background, so a cancel (or anything else) is handled between its readbacks.
      return background(finder!.run(msg.id, msg.run, msg.config));
    case 'lr-finder-cancel':
      return finder?.cancel(msg.id);
    case 'inspect-unit':
      return background(views!.unit.run((pace) => answerInspectUnit(tf, msg, r, pace), msg.heavy ? ASKED_SHARE : undefined).then(post));
    case 'network':
      return background(views!.network.run(() => answerNetwork(tf, msg, r)).then(post));
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

/** Takes one message from the page (workerEntry.ts owns `self.onmessage`). */
export function receive(msg: Msg): void {
  if (msg.type === 'init') pending.attach(msg.sent);
  else if (msg.type !== 'prefetch') pending.took();
  queue = queue.then(() => handle(msg)).catch(report);
}
