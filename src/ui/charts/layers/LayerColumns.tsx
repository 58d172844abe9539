// A column per layer, input to output: the current activation histogram and the layer's vital numbers.
import type { LayerStats } from '../../../engine/protocol';
import { colorAt } from '../palette';
import { fmtStat, layerLabel } from './format';
import { LayerHistogram } from './LayerHistogram';

function Column({ s }: { s: LayerStats }) {
  const name = layerLabel(s.layer, s.isOutput);
  const rows: [string, string, string][] = [
    ['act-var', 'Var(a)', fmtStat(s.actVar)],
    ['grad-norm', '‖∇W‖', fmtStat(s.gradNorm)],
    ['update-ratio', '‖ΔW‖/‖W‖', fmtStat(s.updateRatio)],
    ['dead', 'dead', `${Math.round(s.dead * 100)}%`],
    ['saturated', 'saturated', `${Math.round(s.saturated * 100)}%`],
    ['symmetry', 'symmetry', fmtStat(s.symmetry)],
  ];
  return (
    <div className="layer-col" data-layer={s.layer}>
      <div className="layer-col-title" style={{ borderColor: colorAt(s.layer) }}>
        {name} <span className="caption-note">{s.units} units</span>
      </div>
      <LayerHistogram hist={s.hist} range={s.histRange} color={colorAt(s.layer)} label={name} />
      <dl className="layer-numbers">
        {rows.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-stat={key}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function LayerColumns({ layers }: { layers: readonly LayerStats[] }) {
  return (
    <div className="layer-cols" style={{ gridTemplateColumns: `repeat(${layers.length}, minmax(0, 1fr))` }}>
      {layers.map((s) => (
        <Column key={s.layer} s={s} />
      ))}
    </div>
  );
}
