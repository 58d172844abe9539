// The learning rate the schedule gave each step (left axis) and the L1 + L2 penalty added to the data loss
// (right axis, only when regularization is on): the two terms that change the step besides the data.
import { useMemo } from 'react';
import { selectLosses, useLab } from '../../state/store';
import { formatNumber } from '../format';
import { useThrottled } from '../hooks/useThrottled';
import { ChartBox } from './ChartBox';
import { STEP_AXIS, ZERO_UP_AXIS, stepReadout } from './live/axes';
import { LiveChart } from './live/LiveChart';
import { pointsOf } from './live/path';
import type { LiveSeries } from './live/types';
import { PALETTE } from './palette';
import { REDRAW } from './redraw';
import { thin } from './thin';

const fmt = (v: number) => formatNumber(v, 3);
const READOUT = stepReadout(fmt);
const MARGIN = { top: 8, right: 20, bottom: 4 } as const;

export function LrChart() {
  const all = useThrottled(useLab(selectLosses), REDRAW.lr);
  const losses = useMemo(() => thin(all), [all]);
  const last = losses.at(-1);
  const hasPenalty = last?.penalty !== null && last?.penalty !== undefined;
  const series = useMemo((): LiveSeries[] => {
    const step = (p: { step: number }) => p.step;
    const lr: LiveSeries = { name: 'learning rate α', color: PALETTE[2], points: pointsOf(losses, step, (p) => p.lr) };
    if (!hasPenalty) return [lr];
    return [lr, { name: 'L1+L2 penalty', color: PALETTE[3], right: true, points: pointsOf(losses, step, (p) => p.penalty) }];
  }, [losses, hasPenalty]);
  const summary = last
    ? `α = ${fmt(last.lr)} at step ${last.step}` + (hasPenalty ? `; penalty ${fmt(last.penalty!)}` : '')
    : 'No steps yet';
  return (
    <figure className="chart" role="img" aria-label={`Learning-rate chart. ${summary}`} data-chart="lr">
      <figcaption>
        Learning rate{hasPenalty ? ' and penalty' : ''} <span className="caption-note">{summary}</span>
      </figcaption>
      <ChartBox height={120}>
        <LiveChart
          series={series}
          x={STEP_AXIS}
          y={ZERO_UP_AXIS}
          y2={hasPenalty ? ZERO_UP_AXIS : undefined}
          legend
          readout={READOUT}
          margin={MARGIN}
        />
      </ChartBox>
    </figure>
  );
}
