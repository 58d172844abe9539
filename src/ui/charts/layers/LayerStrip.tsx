// The compact layer view: one row per statistic, one cell per layer, the value as a colour. Used where a
// column per layer would be too narrow to read (deep nets, phones, a projector's large type), so a 10-layer
// net reads as well as a 2-layer one. Numbers sit in the cells when they fit; otherwise hovering or focusing
// a cell shows its number in the line under the strip.
import { useState, type KeyboardEvent } from 'react';
import type { LayerStats } from '../../../state/types';
import { colorAt } from '../palette';
import { fmtStat, layerLabel } from './format';
import { LayerHistogram } from './LayerHistogram';
import { heatColor, rowPositions, type StripScale } from './stripScale';
import { formatPercent } from '../../format';

interface Row {
  key: string;
  label: string;
  value: (s: LayerStats) => number;
  text: (x: number) => string;
  scale: StripScale;
}

const pct = (x: number) => (Number.isNaN(x) ? '–' : formatPercent(x, 0));
const num = (x: number) => (Number.isNaN(x) ? '–' : fmtStat(x));

function rowsFor(unitMetric: 'dead' | 'saturated'): Row[] {
  return [
    { key: 'act-var', label: 'Var(a)', value: (s) => s.actVar, text: num, scale: 'log' },
    { key: 'grad-norm', label: '‖∇W‖', value: (s) => s.gradNorm, text: num, scale: 'log' },
    { key: 'update-ratio', label: '‖ΔW‖/‖W‖', value: (s) => s.updateRatio, text: num, scale: 'log' },
    unitMetric === 'dead'
      ? { key: 'dead', label: 'dead', value: (s) => s.dead, text: pct, scale: 'unit' }
      : { key: 'saturated', label: 'saturated', value: (s) => s.saturated, text: pct, scale: 'unit' },
    { key: 'diversity', label: 'unit diversity', value: (s) => s.diversity, text: num, scale: 'unit' },
    { key: 'near-zero', label: 'weights ≈ 0', value: (s) => s.nearZero, text: pct, scale: 'unit' },
  ];
}

interface Props {
  layers: readonly LayerStats[];
  unitMetric: 'dead' | 'saturated';
  /** Whether the cells are wide enough to print their numbers. */
  numbers: boolean;
}

export function LayerStrip({ layers, unitMetric, numbers }: Props) {
  const rows = rowsFor(unitMetric);
  // The cell whose number the detail line shows; also the strip's single tab stop (arrow keys move it).
  const [active, setActive] = useState<[row: number, layer: number]>([0, 0]);
  const [shown, setShown] = useState(false);
  const [ar, al] = [Math.min(active[0], rows.length - 1), Math.min(active[1], layers.length - 1)];
  const activeLayer = layers[al];
  const detail = shown && activeLayer
    ? `${layerLabel(activeLayer.layer, activeLayer.isOutput)} (${activeLayer.units} units) · ${rows[ar].label} = ${rows[ar].text(rows[ar].value(activeLayer))}`
    : 'Hover over or focus a cell to read its number.';
  const move = (e: KeyboardEvent<HTMLTableCellElement>) => {
    const d = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] }[e.key];
    if (!d) return;
    e.preventDefault();
    const next: [number, number] = [
      Math.max(0, Math.min(rows.length - 1, ar + d[0])),
      Math.max(0, Math.min(layers.length - 1, al + d[1])),
    ];
    setActive(next);
    const table = e.currentTarget.closest('table');
    table?.querySelector<HTMLElement>(`[data-cell="${next[0]}:${next[1]}"]`)?.focus();
  };
  return (
    <div className="layer-strip" data-layer-view="strip">
      <table>
        <caption className="visually-hidden">Layer statistics, one column per layer from input to output</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Statistic</span>
            </th>
            {layers.map((s) => (
              <th key={s.layer} scope="col" data-strip-layer={s.layer} style={{ borderTopColor: colorAt(s.layer) }}>
                <span aria-hidden>{s.isOutput ? 'out' : s.layer + 1}</span>
                <span className="visually-hidden">{layerLabel(s.layer, s.isOutput)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="strip-hist">
            <th scope="row">a</th>
            {layers.map((s) => (
              <td key={s.layer}>
                <LayerHistogram hist={s.hist} range={s.histRange} color={colorAt(s.layer)} label={layerLabel(s.layer, s.isOutput)} height={32} bare />
              </td>
            ))}
          </tr>
          {rows.map((row, r) => {
            const values = layers.map(row.value);
            const pos = rowPositions(values, row.scale);
            return (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {layers.map((s, l) => {
                  const { bg, fg } = heatColor(pos[l]);
                  const text = row.text(values[l]);
                  const on = ar === r && al === l;
                  return (
                    <td
                      key={s.layer}
                      data-cell={`${r}:${l}`}
                      data-stat={row.key}
                      data-layer-index={s.layer}
                      tabIndex={on ? 0 : -1}
                      aria-label={`${layerLabel(s.layer, s.isOutput)} ${row.label} ${text}`}
                      title={`${layerLabel(s.layer, s.isOutput)} · ${row.label} = ${text}`}
                      style={{ background: bg, color: fg }}
                      onMouseEnter={() => (setActive([r, l]), setShown(true))}
                      onFocus={() => (setActive([r, l]), setShown(true))}
                      onKeyDown={move}
                    >
                      {numbers ? text : ''}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="strip-detail caption-note" data-strip-detail>
        {detail}
      </p>
    </div>
  );
}
