// The session's runs: show/hide and pin each, race a preset's variants, overlay them, export them.
import { useMemo, useRef } from 'react';
import { presetById } from '../../state/presets';
import { runLabels, useRunHeads, useRuns } from '../../state/runsStore';
import { useLab } from '../../state/store';
import { ExportButtons } from '../export/ExportButtons';
import { useInView } from '../hooks/useInView';
import { useThrottled } from '../hooks/useThrottled';
import { REDRAW } from '../charts/redraw';
import type { Run } from '../../state/runsStore';
import { GradNormOverlay } from './GradNormOverlay';
import { OverlayChart } from './OverlayChart';

const EMPTY: readonly Run[] = [];

export function ComparePanel() {
  // The list and its labels follow the runs' heads; only the overlays read the runs' data.
  const heads = useRunHeads();
  const toggleShown = useRuns((s) => s.toggleShown);
  const togglePinned = useRuns((s) => s.togglePinned);
  const preset = useLab((s) => s.preset);
  const raceSize = useLab((s) => (s.lanes.length > 1 ? s.lanes.length : 0));
  const present = useLab((s) => s.config.present);
  const charts = useRef<HTMLDivElement>(null);
  const labels = useMemo(() => runLabels(heads), [heads]);
  const shownCount = heads.filter((r) => r.shown).length;
  const panel = useRef<HTMLElement>(null);
  const visible = useInView(panel);
  return (
    <section ref={panel} className="panel compare" aria-label="Compare runs" data-panel="runs" data-panel-compare>
      <div className="compare-head">
        <strong>Runs</strong>
        {raceSize > 0 && (
          <span className="caption-note" data-race-status>
            {preset ? `${presetById[preset]?.label ?? preset}: ` : ''}
            {raceSize} variants train side by side (Train starts them all)
          </span>
        )}
        <ExportButtons count={shownCount} runs={shownRuns} chartRoot={() => charts.current} />
      </div>
      {heads.length === 0 ? (
        <p className="caption-note">Each run you train is kept here (up to 8) to overlay and export.</p>
      ) : (
        <ul className="run-list">
          {heads.map((r, i) => (
            <li key={r.id} data-run={r.id}>
              <label>
                <input type="checkbox" checked={r.shown} onChange={() => toggleShown(r.id)} /> {labels[i]}
              </label>{' '}
              <button
                type="button"
                className="link"
                aria-pressed={r.pinned}
                aria-label={`Pin run ${labels[i]}`}
                onClick={() => togglePinned(r.id)}
              >
                {r.pinned ? 'pinned' : 'pin'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {shownCount > 0 && (
        <div className="compare-charts" ref={charts}>
          <CompareCharts visible={visible} preset={present ? preset : null} />
        </div>
      )}
    </section>
  );
}

const shownRuns = () => useRuns.getState().runs.filter((r) => r.shown);

/**
 * The overlays of the shown runs, redrawn once a second at most (runs change with every metrics message while
 * training). Off screen they keep the data they last drew. With `preset` (lecturer mode) they draw only that
 * preset's runs (a race's variants), so the legend stays short enough to read from the back of the room.
 */
function CompareCharts({ visible, preset }: { visible: boolean; preset: string | null }) {
  const runs = useRuns((s) => s.runs);
  const throttledRuns = useThrottled(visible ? runs : null, REDRAW.runOverlays) ?? EMPTY;
  const chartRuns = useMemo(() => {
    const shown = throttledRuns.filter((r) => r.shown);
    return preset ? shown.filter((r) => r.preset === preset) : shown;
  }, [throttledRuns, preset]);
  const chartLabels = useMemo(() => runLabels(chartRuns), [chartRuns]);
  return (
    <>
      <OverlayChart metric="loss" runs={chartRuns} labels={chartLabels} />
      <OverlayChart metric="accuracy" runs={chartRuns} labels={chartLabels} />
      <GradNormOverlay runs={chartRuns} labels={chartLabels} />
    </>
  );
}
