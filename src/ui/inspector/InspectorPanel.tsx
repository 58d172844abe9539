// The unit inspector: one unit of any layer — its incoming weights, its activation histogram on a test
// batch, dead or saturated, its gradient norm over time and the nine test images that excite it most.
// Opens when a unit is picked anywhere (weight images, layer columns, network view) or from its own picker.
// While open and shown it asks the engine at most once a second, only when the step or unit changed, and
// the costly part (histogram on a test batch, top images over the whole test set) only for a new unit, a
// paused net or the refresh button — so watching a unit does not slow training down.
// Works before any training too (the init lab): the engine answers for the freshly built net.
import { useEffect, useRef, useState } from 'react';
import { heavyDue, sameRef, selectGradHistory, selectHeavy, selectHeavyPending, selectInspection, useInspector } from '../../state/inspectorStore';
import { useLab } from '../../state/store';
import { formatUnitRef } from '../../state/unitRef';
import { formatCount, formatPercent, formatStat } from '../format';
import { GradNormChart } from './GradNormChart';
import { IncomingWeights } from './IncomingWeights';
import { TopImages } from './TopImages';
import { UnitHistogram } from './UnitHistogram';
import { UnitPicker } from './UnitPicker';
import { unitName, useUnitSelection } from './useUnitSelection';
import './inspector.css';

const POLL_MS = 1000;
const selectStep = (s: ReturnType<typeof useLab.getState>) => s.status?.step ?? -1;
const selectReady = (s: ReturnType<typeof useLab.getState>) => s.phase === 'ready' && s.status !== null;
const selectFamily = (s: ReturnType<typeof useLab.getState>) => s.config.act;
const selectRunning = (s: ReturnType<typeof useLab.getState>) => s.status?.running ?? false;

export function InspectorPanel() {
  const { selected, widths, select } = useUnitSelection();
  const [open, setOpen] = useState(selected !== null);
  const ref = useRef<HTMLDetailsElement>(null);
  const latest = useInspector(selectInspection);
  const heavy = useInspector(selectHeavy);
  const heavyPending = useInspector(selectHeavyPending);
  const history = useInspector(selectGradHistory);
  const ready = useLab(selectReady);
  const act = useLab(selectFamily);
  const key = selected ? formatUnitRef(selected) : '';

  // A unit picked elsewhere opens the inspector (adjusted during render, React's pattern for state that
  // follows a prop) and brings it into view.
  const [seenKey, setSeenKey] = useState(key);
  if (key !== seenKey) {
    setSeenKey(key);
    if (key) setOpen(true);
  }
  useEffect(() => {
    if (key) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [key]);

  useEffect(() => {
    if (!open || !ready || !selected) return;
    const ask = () => {
      // Nothing for a hidden page or a panel lecturer mode or `hide=` does not show.
      if (document.visibilityState !== 'visible' || ref.current?.checkVisibility?.() === false) return;
      const s = useInspector.getState();
      const lab = useLab.getState();
      const step = selectStep(lab);
      const needHeavy = heavyDue(s, selected, step, selectRunning(lab));
      const fresh = s.latest && s.latest.step === step && sameRef(s.latest.ref, selected);
      if (!fresh || needHeavy) s.request(selected, needHeavy);
    };
    ask();
    const id = setInterval(ask, POLL_MS);
    return () => clearInterval(id);
    // `selected` is rebuilt each render; `key` stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, ready, key]);

  const shown = latest && selected && formatUnitRef(latest.ref) === key ? latest : null;
  const r = shown?.result ?? null;
  const h = heavy && selected && sameRef(heavy.ref, selected) ? heavy.part : null;
  return (
    <details ref={ref} className="panel inspector" data-panel="inspector" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Unit inspector</summary>
      {open && (
        <div className="inspector-body" data-inspect-unit={r ? key : ''} data-inspect-step={shown?.step ?? -1}>
          <UnitPicker selected={selected} widths={widths} select={select} />
          {!selected && <p className="caption-note">Pick a unit here, in the weight images, the layer columns or the network view.</p>}
          {shown && !r && <p className="caption-note">This net has no {unitName(selected!, widths.length)}.</p>}
          {r && (
            <>
              <p className="inspector-status" data-dead={h?.dead ? '1' : '0'} data-saturated={h?.saturated ?? ''}>
                <strong>{unitName(selected!, widths.length)}</strong> at step {formatCount(shown!.step)} · bias {formatStat(r.bias)} · ‖∂L/∂w‖{' '}
                {formatStat(r.gradNorm)}
              </p>
              {h && (
                <p className="caption-note" data-heavy-steps={h.steps.join('-')}>
                  Test images, at step {h.steps[0] === h.steps[1] ? formatCount(h.steps[0]) : `${formatCount(h.steps[0])}–${formatCount(h.steps[1])}`}: mean
                  activation {formatStat(h.mean)}
                  {h.dead && <span className="inspector-flag"> · dead: outputs 0 on every one of the {h.batchSize} test images, so it gets no gradient</span>}
                  {!r.isOutput && (act === 'tanh' || act === 'sigmoid') && <> · saturated {formatPercent(h.saturated, 0)} of the time</>}
                  {' '}
                  <button type="button" data-action="inspect-refresh" disabled={heavyPending} onClick={() => useInspector.getState().wantHeavy()}>
                    {heavyPending ? 'Searching the test set…' : 'Refresh'}
                  </button>
                  <span className="caption-note"> (while training, only on request: it runs the net on every test image)</span>
                </p>
              )}
              <div className="inspector-grid">
                <IncomingWeights values={r.incoming} label={unitName(selected!, widths.length)} />
                {h && <UnitHistogram hist={h.hist} range={h.histRange} batch={h.batchSize} />}
                <GradNormChart points={history} />
                {h && <TopImages top={h.top} numTest={h.numTest} />}
              </div>
            </>
          )}
        </div>
      )}
    </details>
  );
}
