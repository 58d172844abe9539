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

/** Axis ticks: short, so a log axis spanning decades stays readable (1e-3, 0.01, 2, 1e4). */
export function formatAxis(x: number): string {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? '0' : '–';
  const a = Math.abs(x);
  return a >= 1e4 || a < 1e-2 ? exponent(x, 0) : String(Number(x.toPrecision(2)));
}

/** A whole count with thousands separators: 11,176. */
export const formatCount = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : Math.round(x).toLocaleString('en-US');
