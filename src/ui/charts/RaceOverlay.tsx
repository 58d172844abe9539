// A race's main view: every lane's curve on one chart, live, with a legend naming what differs.
import { useMemo } from 'react';
import { laneLabels } from '../../state/race';
import { useRuns } from '../../state/runsStore';
import { selectRaceLanes, useLab } from '../../state/store';
import { OverlayChart } from '../compare/OverlayChart';
import { useThrottled } from '../hooks/useThrottled';
import { REDRAW } from './redraw';

export function RaceOverlay({ metric }: { metric: 'loss' | 'accuracy' }) {
  const lanes = useLab(selectRaceLanes);
  const runs = useThrottled(useRuns((s) => s.runs), metric === 'loss' ? REDRAW.loss : REDRAW.accuracy);
  const labels = useMemo(() => laneLabels(lanes), [lanes]);
  // Lanes in race order, each with its run (or an empty one until its first loss arrives).
  const laneRuns = useMemo(
    () =>
      lanes.map(
        (l) =>
          runs.find((r) => r.id === l.run) ?? { id: l.run, config: l.config, preset: null, query: '', losses: [], evals: [], stats: [], pinned: false, shown: true },
      ),
    [lanes, runs],
  );
  return <OverlayChart metric={metric} runs={laneRuns} labels={labels} mainChart />;
}

/** True while the current run is a race (several lanes). */
export const useIsRace = () => useLab((s) => s.lanes.length > 1);
