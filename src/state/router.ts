// The page's one router for the Worker's messages. Every message about a run names it; anything from a run
// that is no longer current is dropped here, once, for every store. The switch is exhaustive: a new message
// type fails the type-check until it is routed.
import { DATA_ARRIVED } from '../pwa/dataArrived';
import type { FromWorker } from '../wire/protocol';
import { useEarlyStop } from './earlyStopStore';
import { useLandscape } from './landscapeStore';
import { usePaths } from './pathsStore';
import { usePredictions } from './predictionsStore';
import { useRuns } from './runsStore';
import { useStats } from './statsStore';
import { useWeights } from './weightsStore';
import { useInspector } from './inspectorStore';
import { useNetwork } from './networkStore';
import { useLab } from './store';
import { routeSearch } from './search/routeSearch';
import { useLrFinder } from './search/lrFinderStore';

/** True when a message belongs to a run that is no longer being trained (and must be dropped). */
export function isStale(msg: FromWorker): boolean {
  if (!('run' in msg) || msg.run === null) return false;
  const { run, lanes } = useLab.getState();
  return msg.run !== run && !lanes.some((l) => l.run === msg.run);
}

/** A race lane other than the first: its curves go straight to its entry in Runs (the race's main view). */
function routeLane(msg: FromWorker & { run: number }): void {
  const lane = useLab.getState().lanes.find((l) => l.run === msg.run);
  if (!lane) return;
  const runs = useRuns.getState();
  if (msg.type === 'status') useLab.getState().onLaneStatus(msg.run, msg.status);
  else if (msg.type === 'metrics') runs.onLaneLosses(lane, useLab.getState().preset, msg.points);
  else if (msg.type === 'eval') runs.onLaneEval(lane, useLab.getState().preset, msg.point);
  // Statistics, predictions and early-stop reports speak for the first lane only.
}

export function routeMessage(msg: FromWorker): void {
  if (msg.type === 'batch') return msg.msgs.forEach(routeMessage);
  if (isStale(msg)) return;
  const lab = useLab.getState();
  if (lab.config.mode === 'search') routeSearch(msg, lab, performance.now());
  if ('run' in msg && msg.run !== null && msg.run !== lab.run && msg.type !== 'error') return routeLane(msg);
  switch (msg.type) {
    case 'progress':
      // (No window in the stores' unit tests.)
      if (msg.loaded >= msg.total) globalThis.dispatchEvent?.(new Event(DATA_ARRIVED));
      return lab.onProgress(msg.loaded, msg.total);
    case 'ready':
      performance.mark('page:engine-ready');
      useStats.getState().onEngineReady();
      usePredictions.getState().onEngineReady();
      useWeights.getState().onEngineReady();
      usePaths.getState().onEngineReady();
      useInspector.getState().onEngineReady();
      useNetwork.getState().onEngineReady();
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
    case 'weights':
      return useWeights.getState().onWeights(msg.id, msg.step, msg.images);
    case 'unit':
      return useInspector.getState().onUnit(msg.id, msg.step, msg.result, msg.heavy);
    case 'network':
      return useNetwork.getState().onNetwork(msg.id, msg.step, msg.result);
    case 'early-stop':
      return useEarlyStop.getState().onEarlyStop(msg.info);
    case 'paths-progress':
      return usePaths.getState().onProgress(msg.id, msg.done, msg.total);
    case 'paths':
      return usePaths.getState().onPaths(msg.id, msg.paths);
    case 'landscape-progress':
      return useLandscape.getState().onProgress(msg.id, msg.done, msg.total, msg.etaMs);
    case 'landscape':
      return useLandscape.getState().onResult(msg.id, msg.result);
    case 'lr-finder':
      return useLrFinder.getState().onPoints(msg.id, msg.points, msg.done, msg.stopped);
    case 'error':
      return lab.onError(msg.message);
    case 'mark':
      // On the page's timeline (the Worker's clock starts elsewhere): the bench reads these.
      return void performance.mark(msg.name, { startTime: msg.at - performance.timeOrigin });
    default: {
      const unrouted: never = msg;
      throw new Error(`Unrouted message ${JSON.stringify(unrouted)}`);
    }
  }
}
