// Y-axis widths that fit their tick labels. Recharts clips a label wider than the axis (".00" for "3.00"), so
// every axis uses a formatter with at most TICK_CHARS characters and reserves room for that many at the
// tick font size (CSS sets the size: 12 px on the desk layout, 18 px in lecturer mode).
import { useLab } from '../../state/store';

export const TICK_CHARS = 5;
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

/**
 * A tick label of at most TICK_CHARS characters: 0.75, 12.5, 250, 1e4, 1e-12, -2.5. That holds for every
 * value in ±1e-99…1e99 except negatives outside ±0.01…1000 (one more character, "-1e-3"); the charted
 * statistics (losses, norms, variances, rates) are never negative, and the card plots stay within ±10.
 */
export function fmtTick(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1000 || a < 0.01) return v.toExponential(0).replace('+', '');
  // Three significant digits, fewer where a sign or leading zeros need the room ("-0.01").
  for (const p of [3, 2]) {
    const s = String(Number(v.toPrecision(p)));
    if (s.length <= TICK_CHARS) return s;
  }
  return String(Number(v.toPrecision(1)));
}

/** A fraction as a whole percentage ("100%" is the longest). */
export const fmtPct = (v: number) => `${Math.round(v * 100)}%`;
