// Start, Cancel, and how far the search has come with the time it has left.
import { searchProgress } from '../../state/search/progress';
import { selectClock, useSearch } from '../../state/search/searchStore';
import { selectEnded, selectRunning, useLab } from '../../state/store';
import { formatCount } from '../format';
import { useNow } from '../hooks/useNow';

function formatSeconds(s: number | null): string {
  if (s === null) return 'estimating…';
  if (s < 1) return 'done';
  return s < 90 ? `about ${Math.round(s)} s left` : `about ${Math.round(s / 60)} min left`;
}

export function SearchProgress({ numRuns, plannedSteps }: { numRuns: number; plannedSteps: number }) {
  const lanes = useLab((s) => s.lanes);
  const laneStatus = useLab((s) => s.laneStatus);
  const running = useLab(selectRunning);
  const ended = useLab(selectEnded);
  const ready = useLab((s) => s.phase === 'ready');
  const clock = useSearch(selectClock);
  const now = useNow(running);
  const p = searchProgress(
    lanes.map((l) => laneStatus[l.run]),
    numRuns,
    plannedSteps,
    clock,
    now,
  );
  const state = ended ? 'done' : running ? 'running' : p.done > 0 ? 'paused' : 'idle';
  return (
    <div className="search-progress" data-search-state={state} data-metric="search-progress" data-value={p.fraction.toFixed(3)}>
      {running ? (
        <button type="button" onClick={() => useLab.getState().pause()} data-action="search-cancel">
          Cancel
        </button>
      ) : (
        <button type="button" disabled={!ready || ended} onClick={() => useLab.getState().train()} data-action="search-start">
          {p.done > 0 ? 'Continue' : `Start ${numRuns} runs`}
        </button>
      )}
      <progress max={1} value={p.fraction} aria-label="Search progress" />
      <span>
        {formatCount(p.done)} / {formatCount(p.total)} steps · {ended ? 'finished' : running ? formatSeconds(p.secondsLeft) : state}
      </span>
    </div>
  );
}
