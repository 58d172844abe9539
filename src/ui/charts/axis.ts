// Y-axis widths that fit their tick labels. A label wider than the axis would be clipped (".00" for "3.00"),
// so every axis uses a formatter with at most TICK_CHARS characters and reserves room for that many at the
// tick font size (CSS sets the size: 12 px on the desk layout, 18 px in lecturer mode).
import { useLab } from '../../state/store';

import { TICK_CHARS } from '../format';

export { TICK_CHARS };
export const TICK_PX = { desk: 12, present: 18 } as const;

/** Pixels for `chars` characters at `fontPx`: a digit is ~0.6 em in common sans fonts, '%' ~0.9 em; 0.66 em
 * on average covers both, plus the tick mark and a gap. */
export function axisWidth(fontPx: number, chars = TICK_CHARS): number {
  return Math.ceil(chars * 0.66 * fontPx) + 12;
}

/** The width for the current layout (lecturer mode's ticks are larger). */
export function useAxisWidth(chars = TICK_CHARS): number {
  const present = useLab((s) => s.config.present);
  return axisWidth(present ? TICK_PX.present : TICK_PX.desk, chars);
}

/** Tick label size in px for the current layout (the live chart leaves room below the plot for one line). */
export function useTickPx(): number {
  return useLab((s) => s.config.present) ? TICK_PX.present : TICK_PX.desk;
}

/** Tick labels are written by ui/format.ts (one place for every number on the page). */
export { formatAxis as fmtTick } from '../format';

/** A fraction as a whole percentage ("100%" is the longest). */
export const fmtPct = (v: number) => `${Math.round(v * 100)}%`;
