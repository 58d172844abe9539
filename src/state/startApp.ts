// Start-up, in one place: the experiment from the URL, the stores' subscriptions to each other, the URL
// sync and the engine. Nothing in state/ subscribes or starts anything when merely imported.
import { connectEngine } from './connectEngine';
import { useEarlyStop } from './earlyStopStore';
import { useLandscape } from './landscapeStore';
import { usePaths } from './pathsStore';
import { usePredictions } from './predictionsStore';
import { useLessons } from './lessonStore';
import { parseProgress, PROGRESS_KEY, serializeProgress } from './lessons/progress';
import { guardResources } from './resourceGuard';
import { trackRuns } from './runsStore';
import { useSearch } from './search/searchStore';
import { useLrFinder } from './search/lrFinderStore';
import { useStats } from './statsStore';
import { initialState, useLab } from './store';
import { useWeights } from './weightsStore';
import { useInspector } from './inspectorStore';
import { useNetwork } from './networkStore';
import { decodeQuery } from './urlCodec';
import { startUrlSync } from './urlSync';

/** Wires the stores that follow the current run: a new run clears what the old one left behind. */
export function wireRunResets(): () => void {
  return useLab.subscribe((s, prev) => {
    if (s.run === prev.run) return;
    useStats.getState().clearRun();
    useEarlyStop.getState().reset();
    useSearch.getState().reset();
    useLrFinder.getState().reset();
    if (s.phase === 'starting' && prev.phase !== 'starting') {
      usePredictions.getState().onEngineRestart();
      useWeights.getState().onEngineRestart();
      usePaths.getState().onEngineRestart();
      useInspector.getState().onEngineRestart();
      useNetwork.getState().onEngineRestart();
    }
    usePredictions.getState().clearRun();
    useWeights.getState().clearRun();
    useLandscape.getState().clearRun();
    useInspector.getState().clearRun();
    useNetwork.getState().clearRun();
  });
}

/** Lesson progress lives in localStorage: read once, written on every change (storage may be unavailable). */
export function wireLessonProgress(storage: Pick<Storage, 'getItem' | 'setItem'> | null): () => void {
  try {
    useLessons.getState().load(parseProgress(storage?.getItem(PROGRESS_KEY) ?? null));
  } catch {
    // A blocked storage (private mode, a sandboxed frame) means no saved progress, not a broken page.
  }
  return useLessons.subscribe((s, prev) => {
    if (s.progress === prev.progress) return;
    try {
      storage?.setItem(PROGRESS_KEY, serializeProgress(s.progress));
    } catch {
      // Full or blocked: progress is kept for this visit only.
    }
  });
}

export function startApp(): void {
  performance.mark('page:app-start');
  const decoded = decodeQuery(location.search);
  const guarded = guardResources(decoded.config);
  useLab.setState(initialState(guarded.config, decoded.preset, decoded.rejected));
  if (guarded.notice) useLab.getState().addNotice({ key: 'guard', text: guarded.notice });
  wireRunResets();
  wireLessonProgress(storageOrNull());
  startUrlSync();
  trackRuns(useLab, useStats);
  connectEngine();
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
