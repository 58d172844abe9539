// "What does the net learn?": every first-layer unit's incoming weights as a 28 × 28 image, live while
// training. Closed by default; while open and the page is visible it asks the engine at most once a second
// (one [784, units] readback), and only when the net has moved on since the images it has.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { presetById } from '../../state/presets';
import { useLab } from '../../state/store';
import { selectFrozen, selectWeightImages, useWeights } from '../../state/weightsStore';
import { formatCount, formatNumber, formatPercent } from '../format';
import { useUnitSelection } from '../inspector/useUnitSelection';
import { UnitImage } from './UnitImage';
import { WeightLegend } from './WeightLegend';
import { countDistinct, neighbourAgreement, WHITE_BELOW, whiteFraction } from './weightImage';
import './weights.css';

const PAGE = 64;
const POLL_MS = 1000;
const selectStep = (s: ReturnType<typeof useLab.getState>) => s.status?.step ?? -1;
const selectReady = (s: ReturnType<typeof useLab.getState>) => s.phase === 'ready' && s.status !== null;
/** In lecturer mode, a preset that is about the images opens them at once. */
const selectLecturerShows = (s: ReturnType<typeof useLab.getState>) =>
  s.config.present && s.preset !== null && (presetById[s.preset]?.panels?.includes('weights') ?? false);

export function WeightsPanel() {
  const [open, setOpen] = useState(() => selectLecturerShows(useLab.getState()));
  const [page, setPage] = useState(0);
  const latest = useWeights(selectWeightImages);
  const frozen = useWeights(selectFrozen);
  const ready = useLab(selectReady);
  // A lecturer switching to a preset about the images sees them opened, as on a fresh load of its link.
  // (State adjusted during render when the flag changes, React's pattern for it: no effect, no extra pass.)
  const lecturerShows = useLab(selectLecturerShows);
  const [shownFor, setShownFor] = useState(lecturerShows);
  if (lecturerShows !== shownFor) {
    setShownFor(lecturerShows);
    if (lecturerShows) setOpen(true);
  }
  const { select } = useUnitSelection();
  const panel = useRef<HTMLDetailsElement>(null);
  // The first weight layer is layer 0 of [hidden..., output] either way (a hidden layer or the templates).
  const inspect = useCallback((unit: number) => select({ layer: 0, unit }), [select]);

  useEffect(() => {
    if (!open || !ready) return;
    const ask = () => {
      // Nothing for a hidden page or a panel lecturer mode or `hide=` does not show.
      if (document.visibilityState !== 'visible' || panel.current?.checkVisibility?.() === false) return;
      const have = useWeights.getState().latest?.step;
      if (have === undefined || have !== selectStep(useLab.getState())) useWeights.getState().request();
    };
    ask();
    const id = setInterval(ask, POLL_MS);
    return () => clearInterval(id);
  }, [open, ready]);

  const images = latest?.images;
  const units = images?.units ?? 0;
  const pages = Math.max(1, Math.ceil(units / PAGE));
  const shown = Math.min(page, pages - 1);
  const distinct = useMemo(() => (images ? countDistinct(images.values, images.units) : 0), [images]);
  // What the L1, L2 and dropout presets point at, as numbers beside the pictures (one pass each, per readback).
  const white = useMemo(() => (images ? whiteFraction(images.values, images.maxAbs) : 0), [images]);
  const smooth = useMemo(() => (images ? neighbourAgreement(images.values, images.units) : 0), [images]);
  const templates = images?.layer === 'output';
  const numFrozen = frozen?.filter(Boolean).length ?? 0;

  return (
    <details ref={panel} className="panel weights" data-panel="weights" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Weight images</summary>
      {open && (
        <div
          className="weights-body"
          data-weights-step={latest?.step ?? -1}
          data-weights-units={units}
          data-weights-layer={images?.layer ?? ''}
          data-weights-distinct={distinct}
          data-weights-white={white}
          data-weights-smooth={smooth}
        >
          <p className="caption-note">
            {templates
              ? 'No hidden layer: the output weights are the ten class templates — the image of digit d is what the score for d adds up.'
              : 'First hidden layer: each image is one unit’s 784 incoming weights, laid out like the input digit.'}{' '}
            At step {latest ? formatCount(latest.step) : '–'} · {formatCount(distinct)} different image{distinct === 1 ? '' : 's'} among{' '}
            {formatCount(units)} units{numFrozen > 0 ? ` · ${formatCount(numFrozen)} frozen (❄: no weight moved more than 0.01 % of the scale since the last image)` : ''}.
          </p>
          {images && (
            <p className="caption-note" data-metric="weights-texture">
              White (|w| under {formatPercent(WHITE_BELOW, 0)} of the scale): <strong>{formatPercent(white, 0)}</strong> of the
              weights · neighbouring pixels agree: <strong>{formatNumber(smooth, 2)}</strong> (1 smooth, 0 speckle).
            </p>
          )}
          {images && <WeightLegend maxAbs={images.maxAbs} />}
          {pages > 1 && (
            <div className="weights-pager" role="group" aria-label="Pages of units">
              <button type="button" data-action="weights-prev" disabled={shown === 0} onClick={() => setPage(shown - 1)}>
                ‹ Previous
              </button>
              <span>
                Units {formatCount(shown * PAGE)}–{formatCount(Math.min(units, (shown + 1) * PAGE) - 1)} of {formatCount(units)}
              </span>
              <button type="button" data-action="weights-next" disabled={shown >= pages - 1} onClick={() => setPage(shown + 1)}>
                Next ›
              </button>
            </div>
          )}
          <ul className="weights-grid" aria-label={templates ? 'Class templates' : 'First-layer units'}>
            {images &&
              Array.from({ length: Math.min(PAGE, units - shown * PAGE) }, (_, i) => shown * PAGE + i).map((u) => (
                <UnitImage
                  key={u}
                  values={images.values}
                  unit={u}
                  maxAbs={images.maxAbs}
                  label={templates ? `digit ${u}` : `unit ${u}`}
                  frozen={frozen?.[u] ?? false}
                  onSelect={inspect}
                />
              ))}
          </ul>
        </div>
      )}
    </details>
  );
}
