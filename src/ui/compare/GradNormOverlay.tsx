// One layer's gradient norm ‖∇W‖ over time for each shown run, on a log axis: e.g. SGD vs Adam, or sigmoid
// vs ReLU, side by side at the first layer, where vanishing gradients show first. Runs of different depths
// line up by position from the input; "output" is each run's last layer.
import { useId, useState } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '../charts/ChartBox';
import { fmtTick, useAxisWidth } from '../charts/axis';
import type { Run } from '../../state/runsStore';
import { fmtStat, forLog } from '../charts/layers/format';
import { colorAt } from '../charts/palette';
import { thin } from '../charts/thin';
import { OverlayLegend } from './OverlayLegend';

const OUTPUT = -1;
const MAX_POINTS = 300;

interface Props {
  runs: readonly Run[];
  labels: readonly string[];
}

export function GradNormOverlay({ runs, labels }: Props) {
  const yw = useAxisWidth();
  const [layer, setLayer] = useState(0);
  const id = useId();
  const depth = Math.max(0, ...runs.map((r) => r.config.layers.length));
  const pick = (p: Run['stats'][number]) => p.layers[layer === OUTPUT ? p.layers.length - 1 : layer];
  const series = runs.map((r) =>
    thin(r.stats, MAX_POINTS).map((p) => ({ step: p.step, value: forLog(pick(p)?.gradNorm ?? NaN) })),
  );
  const where = layer === OUTPUT ? 'output layer' : `layer ${layer + 1}`;
  const summary = runs
    .map((_, i) => `${labels[i]}: ${series[i].at(-1)?.value != null ? fmtStat(series[i].at(-1)!.value!) : 'no data'}`)
    .join('; ');
  return (
    // Not role="img" on the figure: its caption holds the layer picker, and an image cannot contain a control.
    <figure className="chart" data-overlay="grad-norm">
      <figcaption>
        ‖∇W‖ of the{' '}
        <label htmlFor={id} className="visually-hidden">
          Layer
        </label>
        <select id={id} value={layer} onChange={(e) => setLayer(Number(e.target.value))} data-field="overlay-layer">
          {Array.from({ length: depth }, (_, i) => (
            <option key={i} value={i}>
              layer {i + 1}
            </option>
          ))}
          <option value={OUTPUT}>output layer</option>
        </select>
        , by run <span className="caption-note">log scale</span>
      </figcaption>
      <div className="chart-img" role="img" aria-label={`Gradient norm of the ${where}, by run. Latest: ${summary || 'no runs'}`}>
      <ChartBox height={200}>
        <LineChart margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis dataKey="step" type="number" domain={[0, 'dataMax']} allowDecimals={false} tickCount={6} />
          <YAxis scale="log" domain={['auto', 'auto']} allowDataOverflow width={yw} tickFormatter={fmtTick} />
          <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? fmtStat(v) : String(v))} />
          {runs.map((r, i) => (
            <Line key={r.id} data={series[i]} dataKey="value" name={labels[i]} stroke={colorAt(r.id)} dot={false} isAnimationActive={false} strokeWidth={2} />
          ))}
        </LineChart>
      </ChartBox>
      </div>
      <OverlayLegend runs={runs} labels={labels} />
    </figure>
  );
}
