// Every number the page shows is written by one of these, so the same value reads the same everywhere:
// no "2.82311480061245e+27" in one place and "2.8e+27" in another.

/** Exponent form for the very large and very small: 2.8e27, 3.0e-5 (no "+", short enough for an axis). */
function exponent(x: number, digits: number): string {
  return x.toExponential(digits).replace('e+', 'e');
}

/** A value with `sig` significant digits; '–' when there is none, ∞ for infinities. */
export function formatNumber(x: number | null | undefined, sig = 4): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e5 || a < 1e-3) return exponent(x, Math.max(0, sig - 2));
  return String(Number(x.toPrecision(sig)));
}

/** A fraction as a percentage: 0.9546 → "95.46%". */
export function formatPercent(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return `${(x * 100).toFixed(digits)}%`;
}

/** A statistic in the layer panel: 3 significant digits. */
export const formatStat = (x: number | null | undefined) => formatNumber(x, 3);

/** Characters an axis tick label may take (charts/axis.ts reserves room for this many). */
export const TICK_CHARS = 5;

/**
 * Axis ticks: at most TICK_CHARS characters (0.75, 12.5, 250, 1e4, 1e-12, -2.5), so a label never clips.
 * That holds for every value in ±1e-99…1e99 except negatives outside ±0.01…1000 (one more character); the
 * charted statistics are never negative there.
 */
export function formatAxis(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : Number.isNaN(v) ? '–' : '−∞';
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

// One formatter for every count: toLocaleString builds a new one per call (~0.1 ms each, several times a
// second in the status bar while training).
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole count with thousands separators: 11,176. */
export const formatCount = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : COUNT.format(Math.round(x));
