// The benchmark's Worker: one per backend, so each measures in a clean tfjs instance. It drives the real
// engine (Runner + Trainer, as the app's Worker does) and, for comparison, the plain tfjs way
// (tf.sequential + model.fit) on the same MNIST images, batch size, optimizer and backend.
import * as tfl from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { chooseBackend, wasmThreads } from '../engine/backend';
import type { Dataset } from '../engine/dataset';
import { loadMnist } from '../engine/loadMnist';
import { defaultConfig } from '../experiment/schema';
import { toEngineConfig, type EngineConfig } from '../experiment/engineConfig';
import type { FromWorker } from '../wire/protocol';
import { Runner } from '../engine/runner';
import { StatsTap } from '../engine/statsTap';
import { tf } from '../engine/tfjs';
import { disposeSplit, uploadSplit } from '../engine/dataset';
import { serveWasmFrom } from '../engine/wasmBackend';
import { viewsCost } from './viewsLoad';

export type BenchCase =
  | { kind: 'engine'; name: string; cfg: Partial<EngineConfig>; steps: number; stats: boolean }
  | { kind: 'layersFit'; name: string; batch: number; steps: number }
  | { kind: 'tensors'; name: string; steps: number; resets: number }
  /** A race of `lanes` copies of the default net: examples/s of each lane. */
  | { kind: 'race'; name: string; lanes: number; steps: number }
  /** The default net with the weight images, inspector and network view open vs closed (bench/viewsLoad.ts). */
  | { kind: 'views'; name: string; steps: number };

/** `threads` (wasm only): XNNPACK's pool size; `label` names the results when one backend runs twice. */
export type BenchRequest = {
  backend: 'webgl' | 'wasm' | 'cpu';
  baseUrl: string;
  cases: BenchCase[];
  threads?: number;
  label?: string;
};

/** The app's default experiment, as the engine receives it. */
const DEFAULT: EngineConfig = toEngineConfig(defaultConfig());
let nextRun = 1;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const postRaw = (msg: unknown) => (self as unknown as Worker).postMessage(msg);

/** Configures `runs`, warms up with `warmup` single steps (shader compilation / wasm warm-up), then times the
 * app's own loop (Runner.train) for `steps` updates of the first lane; its examples per second. */
async function loopRate(
  runner: Runner,
  tap: StatsTap,
  runs: EngineConfig[],
  warmup: number,
  stats: boolean,
  steps: number,
  onQuickEvals?: (q: QuickEvals) => void,
): Promise<number> {
  runner.configure(runs.map((config) => ({ run: nextRun++, config })));
  const t = runner.current!;
  for (let i = 0; i < warmup; i++) await runner.step();
  tap.setEnabled(stats);
  const from = t.step;
  const start = performance.now();
  const lane = runner.lane(runner.runId)!;
  const quick = { count: lane.evaluator.quickCount, ms: lane.evaluator.quickMs };
  runner.train();
  while (t.step < from + steps) await sleep(5);
  // WebGL only queues work: wait until the GPU has really finished the counted steps (a readback of the
  // last weights, which the counted steps wrote). Steps queued meanwhile are not counted, a slight undercount.
  const counted = t.step - from;
  await t.vars[t.vars.length - 1].data();
  const seconds = (performance.now() - start) / 1000;
  await runner.pause();
  // The frequent evaluations are part of the loop's time: their share is the throughput they cost.
  onQuickEvals?.({ count: lane.evaluator.quickCount - quick.count, sharePct: (100 * (lane.evaluator.quickMs - quick.ms)) / 1000 / seconds });
  return (counted * t.batch) / seconds;
}

/** The quick evaluations of a timed loop: how many ran, and their share of its wall time (%). */
type QuickEvals = { count: number; sharePct: number };

/** One run of the app's loop; examples per second. */
function engineRate(runner: Runner, tap: StatsTap, c: Extract<BenchCase, { kind: 'engine' }>, onQuickEvals: (q: QuickEvals) => void): Promise<number> {
  return loopRate(runner, tap, [{ ...DEFAULT, ...c.cfg }], 5, c.stats, c.steps, onQuickEvals);
}

/** A race's lanes trained together by the app's loop; examples per second of each lane. */
function raceLaneRate(runner: Runner, tap: StatsTap, c: Extract<BenchCase, { kind: 'race' }>): Promise<number> {
  const lanes = Array.from({ length: c.lanes }, (_, i) => ({ ...DEFAULT, seed: 1 + i }));
  return loopRate(runner, tap, lanes, 1, true, c.steps);
}

/** The tfjs-examples way: a LayersModel of the same shape, Adam, model.fit on an on-device slice of MNIST. */
async function layersFitRate(data: Dataset, batch: number, steps: number): Promise<number> {
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({ inputShape: [784], units: 128, activation: 'relu', kernelInitializer: 'heNormal' }),
      tfl.layers.dense({ units: 64, activation: 'relu', kernelInitializer: 'heNormal' }),
      tfl.layers.dense({ units: 10, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: tfl.train.adam(0.001), loss: 'categoricalCrossentropy' });
  // layers' fit wants the images as one tensor pair: the app's pieces, joined.
  const set = uploadSplit(tf, data.train, 0, batch * steps);
  const [x, y] = [tf.concat(set.pieces.map((p) => p.x)), tf.concat(set.pieces.map((p) => p.y))];
  disposeSplit(tf, set);
  await model.fit(x.slice(0, batch * 5), y.slice(0, batch * 5), { batchSize: batch, epochs: 1, verbose: 0 });
  const start = performance.now();
  await model.fit(x, y, { batchSize: batch, epochs: 1, shuffle: true, verbose: 0 });
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([x, y]);
  model.dispose();
  return (batch * steps) / seconds;
}

/** numTensors before training, after `steps` updates (paused, losses flushed) and after `resets` reset cycles. */
async function tensorCounts(runner: Runner, tap: StatsTap, c: Extract<BenchCase, { kind: 'tensors' }>) {
  runner.configure([{ run: nextRun++, config: DEFAULT }]);
  const before = tf.memory().numTensors;
  const t = runner.current!;
  tap.setEnabled(true);
  runner.train();
  while (t.step < c.steps) await sleep(20);
  await runner.pause();
  await sleep(300); // let an in-flight statistics readback finish
  const afterSteps = tf.memory().numTensors;
  for (let i = 0; i < c.resets; i++) {
    runner.train();
    await sleep(30);
    await runner.pause();
    runner.configure([{ run: nextRun++, config: DEFAULT }]);
  }
  await sleep(50);
  return { before, afterSteps, afterResets: tf.memory().numTensors, bytes: tf.memory().numBytes };
}

self.onmessage = async (e: MessageEvent<BenchRequest>) => {
  const { baseUrl, cases, threads } = e.data;
  const backend = e.data.backend;
  const key = e.data.label ?? backend;
  const post = (msg: { backend: string } & Record<string, unknown>) => postRaw({ ...msg, backend: key });
  try {
    serveWasmFrom(baseUrl, threads);
    const info = await chooseBackend(tf, backend);
    if (info.name !== backend) throw new Error(`backend ${backend} unavailable (got ${info.name})`);
    const data = await loadMnist(baseUrl, () => {});
    const sink: FromWorker[] = [];
    const collect = (m: FromWorker) => void (m.type === 'error' && sink.push(m));
    const runner = new Runner(tf, data, collect);
    // The app's real statistics (per-layer moments, histograms, ratios every STATS_MS), as its Worker wires them.
    const tap = new StatsTap(tf, runner, collect);
    const env = tf.env();
    post({
      type: 'info',
      backend,
      simd: backend === 'wasm' ? await env.getAsync('WASM_HAS_SIMD_SUPPORT') : null,
      threads: backend === 'wasm' ? await env.getAsync('WASM_HAS_MULTITHREAD_SUPPORT') : null,
      threadCount: backend === 'wasm' ? wasmThreads(tf) : null,
      isolated: (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true,
    });
    for (const c of cases) {
      const value =
        c.kind === 'engine'
          ? await engineRate(runner, tap, c, (q) => post({ type: 'result', backend, name: `${c.name}QuickEvals`, value: q }))
          : c.kind === 'layersFit'
            ? await layersFitRate(data, c.batch, c.steps)
            : c.kind === 'race'
              ? await raceLaneRate(runner, tap, c)
              : c.kind === 'views'
                ? await viewsCost(runner, tap, DEFAULT, () => nextRun++, c.steps)
                : await tensorCounts(runner, tap, c);
      post({ type: 'result', backend, name: c.name, value });
      // How far apart the statistics' captures ended up (STATS_MS, or more where a capture is costly).
      if (c.kind === 'engine' && c.stats) post({ type: 'result', backend, name: `${c.name}StatsSpacingMs`, value: Math.round(tap.spacingMs) });
    }
    tap.dispose();
    runner.dispose();
    post({ type: 'done', backend, errors: sink });
  } catch (err) {
    post({ type: 'done', backend, errors: [{ type: 'error', message: err instanceof Error ? err.message : String(err) }] });
  }
};
