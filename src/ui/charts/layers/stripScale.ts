// Colours for the layer strip. Each row is scaled on its own: a statistic spanning decades across layers
// (gradient norms in a vanishing net) on a log scale between the row's smallest and largest value; a
// fraction (dead units, symmetry) on [0, 1] as it is, so 0 % always looks the same.

export type StripScale = 'log' | 'unit';

/** Position of each value on its row's colour scale, in [0, 1]; NaN where there is no value to show. */
export function rowPositions(values: readonly number[], scale: StripScale): number[] {
  if (scale === 'unit') return values.map((v) => (Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : NaN));
  const logs = values.map((v) => (Number.isFinite(v) && v > 0 ? Math.log10(v) : NaN));
  const ok = logs.filter((x) => !Number.isNaN(x));
  if (ok.length === 0) return logs;
  const lo = Math.min(...ok);
  const hi = Math.max(...ok);
  // All layers equal (or one layer): the middle of the scale, not an arbitrary end.
  return logs.map((x) => (Number.isNaN(x) ? NaN : hi - lo < 1e-9 ? 0.5 : (x - lo) / (hi - lo)));
}

// Light to dark blue: ordered by lightness, so the scale reads in greyscale and with colour-vision deficiencies.
const LIGHT = [0xee, 0xf4, 0xfa] as const;
const DARK = [0x08, 0x35, 0x66] as const;

/** sRGB relative luminance (WCAG 2), for choosing black or white text on a cell. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Background and text colour of a cell at position `t`; an empty cell is white with muted text. */
export function heatColor(t: number): { bg: string; fg: string } {
  if (Number.isNaN(t)) return { bg: '#ffffff', fg: '#444444' };
  const rgb = LIGHT.map((l, i) => Math.round(l + (DARK[i] - l) * t));
  // Text contrast: black on light cells, white on dark, whichever gives the higher WCAG ratio.
  const L = luminance(rgb);
  const black = (L + 0.05) / 0.05;
  const white = 1.05 / (L + 0.05);
  return { bg: `rgb(${rgb.join(', ')})`, fg: black >= white ? '#000000' : '#ffffff' };
}

/** WCAG contrast ratio of the text on a cell at position `t` (for tests: never below 4.5). */
export function cellContrast(t: number): number {
  const { bg, fg } = heatColor(t);
  const rgb = bg.match(/\d+/g)!.map(Number);
  const L = luminance(rgb);
  const Lf = fg === '#000000' ? 0 : 1;
  return (Math.max(L, Lf) + 0.05) / (Math.min(L, Lf) + 0.05);
}
