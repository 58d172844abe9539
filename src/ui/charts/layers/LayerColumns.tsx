// A column per layer, input to output: the current activation histogram and the layer's vital numbers.
import { LOGIT_HIST_RANGE, NUM_BINS, NUM_CLASSES, type LayerStats } from '../../../state/types';
import type { Activation } from '../../../catalog/activations';
import type { StatKey } from '../../../catalog/statNotes';
import { colorAt } from '../palette';
import { fmtStat, layerLabel } from './format';
import { LayerHistogram } from './LayerHistogram';
import { StatRow } from './StatRow';

/** '–' until a layer has numbers (the placeholder columns shown before the first statistics). */
const show = (x: number) => (Number.isNaN(x) ? '–' : fmtStat(x));
const pct = (x: number) => (Number.isNaN(x) ? '–' : `${Math.round(x * 100)}%`);

/**
 * Columns for a network that has not reported statistics yet: right widths, empty histograms, no numbers.
 * Drawn from the config, so the layer row is in place from the start and the page does not jump (and
 * re-lay out every chart) when the first statistics arrive.
 */
export function placeholderLayers(widths: readonly number[], activation: Activation): LayerStats[] {
  const units = [...widths, NUM_CLASSES];
  return units.map((n, i) => {
    const isOutput = i === widths.length;
    return {
      layer: i, isOutput, units: n, preMean: NaN, preVar: NaN, actMean: NaN, actVar: NaN,
      hist: new Array<number>(NUM_BINS).fill(0), histRange: isOutput ? LOGIT_HIST_RANGE : activation.histRange,
      dead: NaN, saturated: NaN, gradNorm: NaN, gradVar: NaN, weightNorm: NaN, updateRatio: NaN, diversity: NaN, nearZero: NaN,
    };
  });
}

function Column({ s }: { s: LayerStats }) {
  const name = layerLabel(s.layer, s.isOutput);
  const rows: [StatKey, string, string][] = [
    ['act-var', 'Var(a)', show(s.actVar)],
    ['grad-norm', '‖∇W‖', show(s.gradNorm)],
    ['update-ratio', '‖ΔW‖/‖W‖', show(s.updateRatio)],
    ['dead', 'dead', pct(s.dead)],
    ['saturated', 'saturated', pct(s.saturated)],
    ['diversity', 'unit diversity', show(s.diversity)],
    ['near-zero', 'weights ≈ 0', pct(s.nearZero)],
  ];
  return (
    <div className="layer-col" data-layer={s.layer}>
      <div className="layer-col-title" style={{ borderColor: colorAt(s.layer) }}>
        {name} <span className="caption-note">{s.units} units</span>
      </div>
      <LayerHistogram hist={s.hist} range={s.histRange} color={colorAt(s.layer)} label={name} />
      <dl className="layer-numbers">
        {rows.map(([key, label, value]) => (
          <StatRow key={key} stat={key} label={label} value={value} />
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
