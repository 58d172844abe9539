// ‖∂L/∂w‖ of the inspected unit over the steps the inspector has seen (one point per answer).
import { useMemo } from 'react';
import { ChartBox } from '../charts/ChartBox';
import { STEP_SPAN_AXIS, ZERO_UP_AXIS, stepReadout } from '../charts/live/axes';
import { LiveChart } from '../charts/live/LiveChart';
import type { LiveSeries } from '../charts/live/types';
import { formatStat } from '../format';

const READOUT = stepReadout(formatStat);
const MARGIN = { top: 4, right: 12, bottom: 0 } as const;

export function GradNormChart({ points }: { points: readonly { step: number; gradNorm: number }[] }) {
  const last = points.at(-1);
  const series = useMemo(
    (): LiveSeries[] => [
      // Dots while there are too few points for a line to show.
      { name: '‖∂L/∂w‖', color: '#aa3377', dots: points.length < 3 ? 3 : 0, points: points.map((p) => ({ x: p.step, y: p.gradNorm })) },
    ],
    [points],
  );
  return (
    <figure className="chart inspector-grad" data-grad-points={points.length}>
      <figcaption>
        Gradient norm{' '}
        <span className="caption-note">
          ‖∂L/∂w‖ on a fixed batch of training images{last ? ` · ${formatStat(last.gradNorm)} at step ${last.step}` : ''}
        </span>
      </figcaption>
      <ChartBox height={90}>
        <LiveChart series={series} x={STEP_SPAN_AXIS} y={ZERO_UP_AXIS} readout={READOUT} margin={MARGIN} />
      </ChartBox>
    </figure>
  );
}
