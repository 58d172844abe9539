// The page's one router for the Worker's messages. Every message about a run names it; anything from a run
// that is no longer current is dropped here, once, for every store. The switch is exhaustive: a new message
// type fails the type-check until it is routed.
import type { FromWorker } from '../wire/protocol';
import { useEarlyStop } from './earlyStopStore';
import { usePredictions } from './predictionsStore';
import { useStats } from './statsStore';
import { useLab } from './store';

/** True when a message belongs to a run other than the current one (and must be dropped). */
export function isStale(msg: FromWorker): boolean {
  return 'run' in msg && msg.run !== null && msg.run !== useLab.getState().run;
}

export function routeMessage(msg: FromWorker): void {
  if (isStale(msg)) return;
  const lab = useLab.getState();
  switch (msg.type) {
    case 'progress':
      return lab.onProgress(msg.loaded, msg.total);
    case 'ready':
      useStats.getState().onEngineReady();
      usePredictions.getState().onEngineReady();
      return lab.onReady(msg.backend, msg.reason);
    case 'fatal':
      return lab.onFatal(msg.message);
    case 'warming':
      return lab.onWarming();
    case 'status':
      return lab.onStatus(msg.status);
    case 'metrics':
      return lab.onMetrics(msg.points, msg.examplesPerSec);
    case 'eval':
      return lab.onEval(msg.point);
    case 'diverged':
      return lab.onDiverged(msg.step);
    case 'layer-stats':
      return useStats.getState().onLayerStats(msg.step, msg.layers);
    case 'init-lab-result':
      return useStats.getState().onInitLab(msg.id, msg.result);
    case 'predictions':
      return usePredictions.getState().onTest(msg.id, msg.step, msg.result);
    case 'image-probs':
      return usePredictions.getState().onImage(msg.id, msg.probs);
    case 'early-stop':
      return useEarlyStop.getState().onEarlyStop(msg.info);
    case 'error':
      return lab.onError(msg.message);
    default: {
      const unrouted: never = msg;
      throw new Error(`Unrouted message ${JSON.stringify(unrouted)}`);
    }
  }
}
