// Inside every layer while it trains: a column per layer (histogram + numbers) and the statistics over time.
// Statistics arrive a few times per second (the engine's stats interval), so this renders at most that often.
import { useMemo, useRef } from 'react';
import { activationById } from '../../../catalog/activations';
import { selectLatestStats, selectStatsEnabled, selectStatsHistory, useStats } from '../../../state/statsStore';
import { useLab } from '../../../state/store';
import { LayerColumns, placeholderLayers } from './LayerColumns';
import { LayerSeriesChart } from './LayerSeriesChart';
import { LayerStrip } from './LayerStrip';
import { layerView } from './layerView';
import { useMedia } from '../../hooks/useMedia';
import { useWidth } from '../../hooks/useWidth';
import { useThrottled } from '../../hooks/useThrottled';
import { REDRAW } from '../redraw';
import './layers.css';

/** Phones and tablets: the one-column layout of layout.css. */
const HANDHELD = '(max-width: 900px)';

export function LayerPanel() {
  const latest = useThrottled(useStats(selectLatestStats), REDRAW.layersLatest);
  const history = useThrottled(useStats(selectStatsHistory), REDRAW.layersHistory);
  const enabled = useStats(selectStatsEnabled);
  const setEnabled = useStats((s) => s.setEnabled);
  const family = useLab((s) => activationById[s.config.act].family);
  const widths = useLab((s) => s.config.layers);
  const act = useLab((s) => s.config.act);
  const placeholder = useMemo(() => placeholderLayers(widths, activationById[act]), [widths, act]);
  const hidden = useLab((s) => s.config.hide.includes('layers'));
  const unitMetric = family === 'tanh' || family === 'sigmoid' ? 'saturated' : 'dead';
  const panel = useRef<HTMLElement>(null);
  const { width, fontPx } = useWidth(panel);
  const layers = latest?.layers ?? placeholder;
  const handheld = useMedia(HANDHELD);
  const view = layerView(width, layers.length, fontPx, handheld);
  if (hidden) return null;
  return (
    <section ref={panel} className="panel layers" data-panel="layers" aria-label="Layer statistics" data-view={view} data-stats-step={latest?.step ?? ''}>
      <header className="layers-head">
        <h2>Inside the layers {latest && <span className="caption-note">step {latest.step}</span>}</h2>
        <label className="caption-note">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} data-action="stats-toggle" />{' '}
          live statistics
        </label>
      </header>
      {widths.length === 0 && (
        <p className="caption-note">No hidden layer (softmax regression): the only layer is the output, 784 → 10 logits.</p>
      )}
      {!latest && (
        <p className="caption-note">{enabled ? 'Train or step to see inside every layer.' : 'Statistics are off.'}</p>
      )}
      {view === 'columns' ? (
        <LayerColumns layers={layers} />
      ) : (
        <LayerStrip layers={layers} unitMetric={unitMetric} numbers={view === 'strip-numbers'} />
      )}
      <div className="layer-series-grid">
        <LayerSeriesChart title="Activation variance" note="log · shrinking = vanishing" history={history} metric="actVar" log />
        <LayerSeriesChart title="Gradient norm ‖∇W‖" note="log · layers far apart = trouble" history={history} metric="gradNorm" log />
        <LayerSeriesChart title="Update / weight ‖ΔW‖/‖W‖" note="log · ~1e-3 is healthy" history={history} metric="updateRatio" log />
        <LayerSeriesChart
          title={unitMetric === 'dead' ? 'Dead units' : 'Saturated activations'}
          note="fraction per layer"
          history={history}
          metric={unitMetric}
          log={false}
        />
      </div>
    </section>
  );
}
