// Axis specs and readout formats the live charts share, declared once at module level (stable identities,
// so a chart's memo keeps its paths across renders).
import { formatNumber } from '../../format';
import type { ReadoutFormat } from './Readout';
import type { AxisSpec } from './scale';

/** Training steps from 0 to the newest, whole-number ticks. */
export const STEP_AXIS: AxisSpec = { domain: [0, 'data'], integer: true, count: 6 };
/** Steps of the data only (a history that starts later than step 0). */
export const STEP_SPAN_AXIS: AxisSpec = { domain: ['data', 'data'], integer: true, count: 4 };
/** From 0 up to a nice value above the data. */
export const ZERO_UP_AXIS: AxisSpec = { domain: [0, 'nice'] };
/** Log axis of whole decades around the data. */
export const LOG_AXIS: AxisSpec = { domain: ['nice', 'nice'], log: true };

export const stepReadout = (y: (v: number) => string): ReadoutFormat => ({ x: (v) => `step ${v}`, y });
export const STEP_READOUT = stepReadout((v) => formatNumber(v));
