// The training Worker's entry: small on purpose. tfjs and the engine (worker.ts, ~1 MB) are a separate chunk
// imported at once, and MNIST starts streaming as soon as the page's `init` arrives — so the data's fetch,
// inflation and check overlap the engine's download, evaluation and backend start instead of following them.
// marks.ts first: its evaluation time (MODULE_START) is when the Worker's code began to run.
import { markNow } from './marks';
import type { EngineConfig } from '../experiment/engineConfig';
import type { FromWorker, ToWorker } from '../wire/protocol';
import { startMnist } from './mnistStart';
import { warmWasm } from './wasmWarm';

type Msg = ToWorker<EngineConfig>;
const post = (msg: FromWorker) => (self as unknown as Worker).postMessage(msg);

/** Messages that came before the engine's code: handed over, in order, once it has loaded. */
const early: Msg[] = [];
let receive: ((msg: Msg) => void) | null = null;

self.onmessage = (e: MessageEvent<Msg>) => {
  // Also once the engine is in: tfjs's own request, made at once, then shares the same download.
  if (e.data.type === 'init') warmWasm(e.data);
  if (receive) return receive(e.data);
  if (e.data.type === 'init' || e.data.type === 'prefetch') void startMnist(e.data.baseUrl, post);
  if (e.data.type !== 'prefetch') early.push(e.data);
};

import('./worker').then(
  (engine) => {
    post(markNow('engine-code'));
    receive = engine.receive;
    for (const msg of early.splice(0)) engine.receive(msg);
  },
  (e: unknown) => post({ type: 'fatal', message: `The engine's code did not load: ${e instanceof Error ? e.message : String(e)}` }),
);
