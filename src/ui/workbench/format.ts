// Numbers in the workbench: three significant digits, exponent form for the tiny (cross-entropy's ≈ 3e-11).
export function fmtWb(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x === 0) return '0';
  if (Math.abs(x) < 1e-3) return x.toExponential(1);
  return String(Number(x.toPrecision(3)));
}

/** Text typed into a cell → a number, or NaN while it is not one yet ('-', '', '1e'). */
export const parseCell = (text: string) => (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(text) ? Number(text) : NaN);
