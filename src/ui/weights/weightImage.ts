// Drawing a unit's 784 incoming weights as a 28 × 28 image, and the checksum tests compare images by.
// Diverging palette centred on 0: negative weights blue, positive red, zero white; one symmetric scale
// [−maxAbs, maxAbs] per layer, so shades compare across units.

export const SIDE = 28;
const PIXELS = SIDE * SIDE;

const NEG = [33, 102, 172] as const; // blue at −maxAbs
const POS = [178, 24, 43] as const; // red at +maxAbs

/** RGB for w on the scale [−maxAbs, maxAbs] (clamped); white at 0 and whenever maxAbs is 0. */
export function divergingColor(w: number, maxAbs: number): [number, number, number] {
  const t = maxAbs > 0 && Number.isFinite(w) ? Math.max(-1, Math.min(1, w / maxAbs)) : 0;
  const end = t < 0 ? NEG : POS;
  const a = Math.abs(t);
  return [0, 1, 2].map((c) => Math.round(255 + (end[c] - 255) * a)) as [number, number, number];
}

/** RGBA pixels [28 × 28 × 4] of unit `unit` of `values` ([units × 784], row-major). */
export function unitPixels(values: Float32Array, unit: number, maxAbs: number): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(PIXELS * 4);
  const from = unit * PIXELS;
  for (let i = 0; i < PIXELS; i++) {
    const [r, g, b] = divergingColor(values[from + i], maxAbs);
    out.set([r, g, b, 255], i * 4);
  }
  return out;
}

/**
 * FNV-1a over the exact float bits of unit `unit`'s 784 weights (hex). Two units have the same checksum when
 * their weights are bit-for-bit equal (up to the odd hash collision), so tests can compare images.
 */
export function unitChecksum(values: Float32Array, unit: number): string {
  const bits = new Uint32Array(values.buffer, values.byteOffset + unit * PIXELS * 4, PIXELS);
  let h = 0x811c9dc5;
  for (let i = 0; i < PIXELS; i++) {
    let v = bits[i];
    for (let k = 0; k < 4; k++) {
      h ^= v & 0xff;
      h = Math.imul(h, 0x01000193);
      v >>>= 8;
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** How many different images there are among all units (1: symmetry unbroken). */
export function countDistinct(values: Float32Array, units: number): number {
  const seen = new Set<string>();
  for (let u = 0; u < units; u++) seen.add(unitChecksum(values, u));
  return seen.size;
}

/** Weights drawn white: |w| under this fraction of the colour scale's max |w|. */
export const WHITE_BELOW = 0.05;

/** Fraction of all weights in `values` drawn (nearly) white: |w| < WHITE_BELOW · maxAbs. L1 raises it. */
export function whiteFraction(values: Float32Array, maxAbs: number): number {
  if (values.length === 0) return 0;
  if (!(maxAbs > 0)) return 1; // an all-zero layer is drawn all white (divergingColor)
  let white = 0;
  for (const v of values) if (Math.abs(v) < WHITE_BELOW * maxAbs) white++;
  return white / values.length;
}

/**
 * How alike horizontally neighbouring pixels of the images are, over all units: Σ a·b / Σ (a² + b²)/2 over
 * every pair (a, b) of side-by-side weights. 1 when neighbours are equal (a smooth image), ≈ 0 for independent
 * speckle, negative when they alternate. One number for the whole layer (pairs pooled), so a unit with large
 * weights counts more. L2 and dropout raise it.
 */
export function neighbourAgreement(values: Float32Array, units: number): number {
  let same = 0;
  let energy = 0;
  for (let u = 0; u < units; u++) {
    const base = u * PIXELS;
    for (let row = 0; row < SIDE; row++) {
      for (let col = 0; col < SIDE - 1; col++) {
        const a = values[base + row * SIDE + col];
        const b = values[base + row * SIDE + col + 1];
        same += a * b;
        energy += (a * a + b * b) / 2;
      }
    }
  }
  return energy > 0 ? same / energy : 0;
}
