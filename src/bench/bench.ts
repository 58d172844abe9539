// The benchmark page's script: runs each backend's cases in its own Worker, one backend after another
// (never two at once: they would share the two cores), and exposes the collected results to scripts/bench.mjs.
import type { BenchCase, BenchRequest } from './benchWorker';

type Msg = { type: 'info' | 'result' | 'done'; backend: string; name?: string; value?: unknown; errors?: unknown[] };

function runBackend(req: BenchRequest): Promise<Msg[]> {
  return new Promise((resolve) => {
    const w = new Worker(new URL('./benchWorker.ts', import.meta.url), { type: 'module', name: `bench-${req.backend}` });
    const got: Msg[] = [];
    w.onmessage = (e: MessageEvent<Msg>) => {
      got.push(e.data);
      if (e.data.type === 'done') {
        w.terminate();
        resolve(got);
      }
    };
    w.onerror = (e) => {
      got.push({ type: 'done', backend: req.backend, errors: [e.message] });
      w.terminate();
      resolve(got);
    };
    w.postMessage(req);
  });
}

async function runBench(plan: { backend: BenchRequest['backend']; cases: BenchCase[] }[]): Promise<Msg[]> {
  const all: Msg[] = [];
  for (const p of plan) all.push(...(await runBackend({ ...p, baseUrl: new URL('../../', document.baseURI).href })));
  return all;
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
document.body.dataset.ready = '1';
