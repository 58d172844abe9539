// The unit inspector: one unit of any layer — its incoming weights, its activation histogram on a test
// batch, dead or saturated, its gradient norm over time and the nine test images that excite it most.
// Opens when a unit is picked anywhere (weight images, layer columns, network view) or from its own picker.
// While open and visible it asks the engine at most once a second, and only when the step or unit changed.
// Works before any training too (the init lab): the engine answers for the freshly built net.
import { useEffect, useRef, useState } from 'react';
import { selectGradHistory, selectInspection, useInspector } from '../../state/inspectorStore';
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

export function InspectorPanel() {
  const { selected, widths, select } = useUnitSelection();
  const [open, setOpen] = useState(selected !== null);
  const ref = useRef<HTMLDetailsElement>(null);
  const latest = useInspector(selectInspection);
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
      if (document.visibilityState !== 'visible') return;
      const have = useInspector.getState().latest;
      const fresh = have && have.step === selectStep(useLab.getState()) && formatUnitRef(have.ref) === key;
      if (!fresh) useInspector.getState().request(selected);
    };
    ask();
    const id = setInterval(ask, POLL_MS);
    return () => clearInterval(id);
    // `selected` is rebuilt each render; `key` stands for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, ready, key]);

  const shown = latest && selected && formatUnitRef(latest.ref) === key ? latest : null;
  const r = shown?.result ?? null;
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
              <p className="inspector-status" data-dead={r.dead ? '1' : '0'} data-saturated={r.saturated}>
                <strong>{unitName(selected!, widths.length)}</strong> at step {formatCount(shown!.step)} · mean activation{' '}
                {formatStat(r.mean)} · bias {formatStat(r.bias)}
                {r.dead && <span className="inspector-flag"> · dead: outputs 0 on every one of the {r.batchSize} test images, so it gets no gradient</span>}
                {!r.isOutput && (act === 'tanh' || act === 'sigmoid') && <> · saturated {formatPercent(r.saturated, 0)} of the time</>}
              </p>
              <div className="inspector-grid">
                <IncomingWeights values={r.incoming} label={unitName(selected!, widths.length)} />
                <UnitHistogram hist={r.hist} range={r.histRange} batch={r.batchSize} />
                <GradNormChart points={history} />
                <TopImages top={r.top} numTest={r.numTest} />
              </div>
            </>
          )}
        </div>
      )}
    </details>
  );
}
