// One layer's gradient norm ‖∇W‖ over time for each shown run, on a log axis: e.g. SGD vs Adam, or sigmoid
// vs ReLU, side by side at the first layer, where vanishing gradients show first. Runs of different depths
// line up by position from the input; "output" is each run's last layer.
import { useId, useMemo, useState } from 'react';
import { ChartBox } from '../charts/ChartBox';
import { LOG_AXIS, STEP_AXIS, stepReadout } from '../charts/live/axes';
import { LiveChart } from '../charts/live/LiveChart';
import type { LiveSeries } from '../charts/live/types';
import type { Run } from '../../state/runsStore';
import { fmtStat, forLog } from '../charts/layers/format';
import { colorAt } from '../charts/palette';
import { thin } from '../charts/thin';
import { OverlayLegend } from './OverlayLegend';

const OUTPUT = -1;
const MAX_POINTS = 300;
const READOUT = stepReadout(fmtStat);

interface Props {
  runs: readonly Run[];
  labels: readonly string[];
}

export function GradNormOverlay({ runs, labels }: Props) {
  const [layer, setLayer] = useState(0);
  const id = useId();
  const depth = Math.max(0, ...runs.map((r) => r.config.layers.length));
  const series = useMemo((): LiveSeries[] => {
    const pick = (p: Run['stats'][number]) => p.layers[layer === OUTPUT ? p.layers.length - 1 : layer];
    return runs.map((r, i) => ({
      name: labels[i],
      id: r.id,
      color: colorAt(r.id),
      points: thin(r.stats, MAX_POINTS).map((p) => ({ x: p.step, y: forLog(pick(p)?.gradNorm ?? NaN) })),
    }));
  }, [runs, labels, layer]);
  const where = layer === OUTPUT ? 'output layer' : `layer ${layer + 1}`;
  const summary = runs
    .map((_, i) => `${labels[i]}: ${series[i].points.at(-1)?.y != null ? fmtStat(series[i].points.at(-1)!.y!) : 'no data'}`)
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
        <LiveChart series={series} x={STEP_AXIS} y={LOG_AXIS} readout={READOUT} />
      </ChartBox>
      </div>
      <OverlayLegend runs={runs} labels={labels} />
    </figure>
  );
}
