// A diagram of the whole MLP in the spirit of TF Playground: a column per layer, each unit filled by its
// mean activation on a test batch, the strongest weights between the units drawn as edges. A wide layer
// shows its most active units (and says so). Hover or focus a unit for its numbers; click it, or press
// Enter on it, to open the unit inspector. Asks the engine at most once a second while open and shown,
// only when the step changed; the engine picks the units and edges, so drawing is one short pass (its
// duration is published in data-draw-ms; the budget is 50 ms).
import { useEffect, useMemo, useRef, useState } from 'react';
import { selectNetworkView, useNetwork } from '../../state/networkStore';
import { useLab } from '../../state/store';
import { formatCount, formatStat } from '../format';
import { unitName, useUnitSelection } from '../inspector/useUnitSelection';
import '../inspector/inspector.css';
import { drawNetwork } from './drawNetwork';
import { hitNode, layoutNodes, VIEW_H, VIEW_W, type NodePos } from './networkLayout';

const POLL_MS = 1000;
const selectStep = (s: ReturnType<typeof useLab.getState>) => s.status?.step ?? -1;
const selectReady = (s: ReturnType<typeof useLab.getState>) => s.phase === 'ready' && s.status !== null;

export function NetworkPanel() {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDetailsElement>(null);
  const latest = useNetwork(selectNetworkView);
  const ready = useLab(selectReady);
  const { select, widths } = useUnitSelection();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [focus, setFocus] = useState<{ layer: number; pos: number } | null>(null);
  const [hover, setHover] = useState<NodePos | null>(null);

  useEffect(() => {
    if (!open || !ready) return;
    const ask = () => {
      // Nothing for a hidden page or a panel lecturer mode or `hide=` does not show.
      if (document.visibilityState !== 'visible' || panel.current?.checkVisibility?.() === false) return;
      if (useNetwork.getState().latest?.step !== selectStep(useLab.getState())) useNetwork.getState().request();
    };
    ask();
    const id = setInterval(ask, POLL_MS);
    return () => clearInterval(id);
  }, [open, ready]);

  const view = latest?.view ?? null;
  const nodes = useMemo(() => (view ? layoutNodes(view) : []), [view]);
  const focused = focus ? (nodes[focus.layer]?.[focus.pos] ?? null) : null;
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || !view) return;
    const start = performance.now();
    drawNetwork(ctx, view, nodes, focused);
    // The longest draw so far, for the main-thread budget check (an attribute: no re-render).
    const ms = performance.now() - start;
    const el = canvas.current!;
    el.dataset.drawMs = Math.max(ms, Number(el.dataset.drawMs ?? 0)).toFixed(1);
    el.dataset.draws = String(Number(el.dataset.draws ?? 0) + 1);
  }, [view, nodes, focused]);

  const toCanvas = (e: React.MouseEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return hitNode(nodes, ((e.clientX - box.left) * VIEW_W) / box.width, ((e.clientY - box.top) * VIEW_H) / box.height);
  };
  const onKey = (e: React.KeyboardEvent<HTMLCanvasElement>) => {
    if (!nodes.length) return;
    const f = focus ?? { layer: 0, pos: 0 };
    const clampPos = (layer: number, pos: number) => Math.max(0, Math.min(nodes[layer].length - 1, pos));
    let next = f;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') next = { layer: f.layer, pos: clampPos(f.layer, f.pos + (e.key === 'ArrowDown' ? 1 : -1)) };
    else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const layer = Math.max(0, Math.min(nodes.length - 1, f.layer + (e.key === 'ArrowRight' ? 1 : -1)));
      next = { layer, pos: clampPos(layer, f.pos) };
    } else if ((e.key === 'Enter' || e.key === ' ') && focused) {
      e.preventDefault();
      return select({ layer: focused.layer, unit: focused.unit });
    } else return;
    e.preventDefault();
    setFocus(next);
  };

  const about = hover ?? focused;
  return (
    <details ref={panel} className="panel network" data-panel="network" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Network view</summary>
      {open && (
        <div className="network-body" data-network-step={latest?.step ?? -1} data-network-columns={nodes.length}>
          <canvas
            ref={canvas}
            className="network-canvas"
            width={VIEW_W}
            height={VIEW_H}
            tabIndex={0}
            role="img"
            aria-label="Network diagram: arrow keys move between units, Enter opens the unit inspector"
            data-action="network-canvas"
            data-column-tops={nodes.map((c) => (c[0] ? `${c[0].x},${c[0].y}` : '')).join(';')}
            onMouseMove={(e) => setHover(toCanvas(e))}
            onMouseLeave={() => setHover(null)}
            onClick={(e) => {
              const n = toCanvas(e);
              if (n) select({ layer: n.layer, unit: n.unit });
            }}
            onKeyDown={onKey}
            onFocus={() => setFocus((f) => f ?? (nodes.length ? { layer: 0, pos: 0 } : null))}
          />
          <p className="caption-note network-readout" aria-live="polite">
            {about
              ? `${unitName({ layer: about.layer, unit: about.unit }, widths.length)}: mean activation ${formatStat(about.mean)} on ${view?.batchSize ?? 0} test images — click or Enter to inspect`
              : 'Hover or focus a unit for its numbers.'}
          </p>
          {view && (
            <p className="caption-note">
              At step {formatCount(latest!.step)}. Fill: mean activation (red +, blue −, per layer). Edges: the strongest weights
              between the units drawn (red +, blue −, width ∝ |w|); the input’s weights are the weight images.{' '}
              {view.layers
                .map((l, i) => (l.shown.length < l.units ? `${i === view.layers.length - 1 ? 'Output' : `Layer ${i + 1}`}: the ${l.shown.length} most active of ${l.units} units (by mean |activation|).` : ''))
                .filter(Boolean)
                .join(' ')}
            </p>
          )}
        </div>
      )}
    </details>
  );
}
