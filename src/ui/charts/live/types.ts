// What a live chart draws: its series and reference lines (LiveChart.tsx).
import type { Pt } from './path';

export type { Pt };

export interface LiveSeries {
  readonly name: string;
  readonly color: string;
  /** Sorted by x, already thinned. */
  readonly points: readonly Pt[];
  /** React key when names may repeat (runs with the same label). */
  readonly id?: string | number;
  readonly width?: number;
  readonly dash?: string;
  /** false: dots only. */
  readonly line?: boolean;
  /** Dot radius (no dots when 0 or absent). */
  readonly dots?: number;
  /** Run the line across missing points instead of breaking it. */
  readonly connect?: boolean;
  /** Plotted against the right axis (y2). */
  readonly right?: boolean;
  /** Square dots instead of round ones. */
  readonly square?: boolean;
  /** Each dot's opacity, parallel to `points` (a scatter shaded by a third value). */
  readonly alphas?: readonly number[];
}

export interface RefLine {
  /** A vertical line at this x, or (with `y`) a horizontal one at that y. */
  readonly x?: number;
  readonly y?: number;
  readonly color: string;
  readonly label?: string;
  readonly dash?: string;
}
