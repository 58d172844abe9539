// Contour maps on a canvas, from plain numbers: each cell coloured by its band of log(f − f_min), with the
// band edges drawn darker — the contour lines. Shared by the surfaces of the optimizer lab and the network's
// loss landscape.

/** A [rows × cols] field of values. */
export interface Field2D {
  cols: number;
  rows: number;
  /** row-major; row 0 is the bottom (smallest y), as on a plot. */
  values: ArrayLike<number>;
}

const BANDS = 14;
// Light (low) to dark (high): low loss reads as a pale valley.
const LOW = [247, 251, 255];
const HIGH = [8, 69, 148];

const mix = (t: number) => LOW.map((l, i) => Math.round(l + (HIGH[i] - l) * t));

/** Band index per cell: log-spaced between the field's minimum and maximum finite values. */
export function bands(values: ArrayLike<number>, numBands = BANDS): Int16Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  const out = new Int16Array(values.length);
  const span = Math.log1p(hi - lo);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = !Number.isFinite(v) ? numBands - 1 : span > 0 ? Math.min(numBands - 1, Math.floor((Math.log1p(v - lo) / span) * numBands)) : 0;
  }
  return out;
}

/** Paints the field into `ctx` scaled to width × height (nearest cell), contour lines at band edges. */
export function paintContour(ctx: CanvasRenderingContext2D, field: Field2D, width: number, height: number): void {
  const b = bands(field.values);
  const img = ctx.createImageData(width, height);
  const cellOf = (px: number, py: number) => {
    const c = Math.min(field.cols - 1, Math.floor((px / width) * field.cols));
    const r = Math.min(field.rows - 1, Math.floor(((height - 1 - py) / height) * field.rows));
    return r * field.cols + c;
  };
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const k = cellOf(px, py);
      const edge = (px + 1 < width && b[cellOf(px + 1, py)] !== b[k]) || (py + 1 < height && b[cellOf(px, py + 1)] !== b[k]);
      const [r, g, bl] = mix(edge ? Math.min(1, (b[k] + 3) / BANDS) : b[k] / BANDS);
      const o = 4 * (py * width + px);
      img.data[o] = r;
      img.data[o + 1] = g;
      img.data[o + 2] = bl;
      img.data[o + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
}

/** Plain-number samples of f on a cols × rows grid over box [x0, x1, y0, y1] (row 0 at y0). */
export function sampleField(f: (x: number, y: number) => number, box: readonly number[], cols: number, rows: number): Field2D {
  const [x0, x1, y0, y1] = box;
  const values = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const y = y0 + ((r + 0.5) / rows) * (y1 - y0);
    for (let c = 0; c < cols; c++) values[r * cols + c] = f(x0 + ((c + 0.5) / cols) * (x1 - x0), y);
  }
  return { cols, rows, values };
}

/** Maps plot coordinates to canvas pixels for a box drawn at width × height. */
export const toPixel = (box: readonly number[], width: number, height: number) => (x: number, y: number) =>
  [((x - box[0]) / (box[1] - box[0])) * width, height - ((y - box[2]) / (box[3] - box[2])) * height] as const;
