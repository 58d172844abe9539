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
