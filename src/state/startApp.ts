// Start-up, in one place: the experiment from the URL, the stores' subscriptions to each other, the URL
// sync and the engine. Nothing in state/ subscribes or starts anything when merely imported.
import { connectEngine } from './connectEngine';
import { useEarlyStop } from './earlyStopStore';
import { usePredictions } from './predictionsStore';
import { guardResources } from './resourceGuard';
import { trackRuns } from './runsStore';
import { useStats } from './statsStore';
import { initialState, useLab } from './store';
import { useWeights } from './weightsStore';
import { decodeQuery } from './urlCodec';
import { startUrlSync } from './urlSync';

/** Wires the stores that follow the current run: a new run clears what the old one left behind. */
export function wireRunResets(): () => void {
  return useLab.subscribe((s, prev) => {
    if (s.run === prev.run) return;
    useStats.getState().clearRun();
    useEarlyStop.getState().reset();
    if (s.phase === 'starting' && prev.phase !== 'starting') {
      usePredictions.getState().onEngineRestart();
      useWeights.getState().onEngineRestart();
    }
    usePredictions.getState().clearRun();
    useWeights.getState().clearRun();
  });
}

export function startApp(): void {
  const decoded = decodeQuery(location.search);
  const guarded = guardResources(decoded.config);
  useLab.setState(initialState(guarded.config, decoded.preset, decoded.rejected));
  if (guarded.notice) useLab.getState().addNotice({ key: 'guard', text: guarded.notice });
  wireRunResets();
  startUrlSync();
  trackRuns(useLab, useStats);
  connectEngine();
}
