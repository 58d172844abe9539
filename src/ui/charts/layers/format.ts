// Number formatting and log-scale data preparation shared by the layer charts.

/** Compact text for a statistic: 3 significant digits, exponent form for the very small or large. */
export function fmtStat(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e4 || a < 1e-3 ? x.toExponential(1) : x.toPrecision(3);
}

/** A log axis cannot show 0, negatives or NaN: they become gaps. */
export const forLog = (x: number): number | null => (Number.isFinite(x) && x > 0 ? x : null);

export const layerLabel = (i: number, isOutput: boolean) => (isOutput ? 'output' : `layer ${i + 1}`);

/** Axis ticks: short, so a log axis spanning decades stays readable (1e-3, 0.01, 2, 1e4). */
export function fmtAxis(x: number): string {
  if (!Number.isFinite(x) || x === 0) return String(x);
  const a = Math.abs(x);
  return a >= 1e4 || a < 1e-2 ? x.toExponential(0) : String(Number(x.toPrecision(2)));
}
