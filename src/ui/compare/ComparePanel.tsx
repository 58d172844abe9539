// The session's runs: show/hide and pin each, race a preset's variants, overlay them, export them.
import { useMemo, useRef } from 'react';
import { presetById } from '../../state/presets';
import { runLabels, useRuns } from '../../state/runsStore';
import { useLab } from '../../state/store';
import { ExportButtons } from '../export/ExportButtons';
import { useInView } from '../hooks/useInView';
import { useThrottled } from '../hooks/useThrottled';
import { REDRAW } from '../charts/redraw';
import type { Run } from '../../state/runsStore';

const EMPTY: readonly Run[] = [];
import { GradNormOverlay } from './GradNormOverlay';
import { OverlayChart } from './OverlayChart';

export function ComparePanel() {
  const runs = useRuns((s) => s.runs);
  const toggleShown = useRuns((s) => s.toggleShown);
  const togglePinned = useRuns((s) => s.togglePinned);
  const preset = useLab((s) => s.preset);
  const raceSize = useLab((s) => (s.lanes.length > 1 ? s.lanes.length : 0));
  const charts = useRef<HTMLDivElement>(null);
  const labels = runLabels(runs);
  const shown = runs.filter((r) => r.shown);
  const shownLabels = runLabels(shown);
  // The overlays redraw once a second at most (runs change with every metrics message while training).
  const panel = useRef<HTMLElement>(null);
  const visible = useInView(panel);
  // Off screen, the overlays keep the data they last drew (export reads the store, not the charts).
  const throttledRuns = useThrottled(visible ? runs : null, REDRAW.runOverlays) ?? EMPTY;
  // In lecturer mode the overlay is the main view of a preset: it draws that preset's runs (a race's
  // variants), not every run of the session, so its legend stays short enough to read from the back.
  const present = useLab((s) => s.config.present);
  const chartRuns = useMemo(() => {
    const shownRuns = throttledRuns.filter((r) => r.shown);
    return present && preset ? shownRuns.filter((r) => r.preset === preset) : shownRuns;
  }, [throttledRuns, present, preset]);
  const chartLabels = useMemo(() => runLabels(chartRuns), [chartRuns]);
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
        <ExportButtons runs={shown} labels={shownLabels} chartRoot={() => charts.current} />
      </div>
      {runs.length === 0 ? (
        <p className="caption-note">Each run you train is kept here (up to 8) to overlay and export.</p>
      ) : (
        <ul className="run-list">
          {runs.map((r, i) => (
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
      {shown.length > 0 && (
        <div className="compare-charts" ref={charts}>
          <OverlayChart metric="loss" runs={chartRuns} labels={chartLabels} />
          <OverlayChart metric="accuracy" runs={chartRuns} labels={chartLabels} />
          <GradNormOverlay runs={chartRuns} labels={chartLabels} />
        </div>
      )}
    </section>
  );
}
