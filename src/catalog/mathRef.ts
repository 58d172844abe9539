// Plain-number helpers shared by the registries' reference implementations (no tfjs here).

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** log(1 + eˣ) without overflow for large x. */
export const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

/** Error function, Abramowitz & Stegun 7.1.26: |error| < 1.5e-7, below the float32 resolution of tfjs. */
export function erf(x: number): number {
  const s = Math.sign(x);
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return s * (1 - poly * Math.exp(-a * a));
}

/** Standard normal density φ(x) and distribution Φ(x). */
export const normalPdf = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
export const normalCdf = (x: number) => 0.5 * (1 + erf(x / Math.SQRT2));

/** Mulberry32: a tiny seeded generator, so plain-number initializers give the same weights everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal samples by Box–Muller. */
export function normalSamples(n: number, seed: number): Float64Array {
  const rand = seededRandom(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rand()));
    const th = 2 * Math.PI * rand();
    out[i] = r * Math.cos(th);
    if (i + 1 < n) out[i + 1] = r * Math.sin(th);
  }
  return out;
}

/**
 * A [rows, cols] matrix (row-major) whose shorter side is orthonormal: modified Gram–Schmidt on the columns
 * of a Gaussian matrix in its tall orientation, transposed back when rows < cols. WᵀW = I (tall) or WWᵀ = I.
 */
export function orthogonalMatrix(rows: number, cols: number, seed: number): Float32Array {
  const tall = rows >= cols;
  const n = tall ? rows : cols; // length of each orthonormal vector
  const m = tall ? cols : rows; // how many vectors
  const g = normalSamples(n * m, seed);
  const vecs: Float64Array[] = [];
  for (let j = 0; j < m; j++) {
    const v = g.slice(j * n, (j + 1) * n);
    for (const q of vecs) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += v[i] * q[i];
      for (let i = 0; i < n; i++) v[i] -= dot * q[i];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += v[i] * v[i];
    norm = Math.sqrt(norm);
    for (let i = 0; i < n; i++) v[i] /= norm;
    vecs.push(v);
  }
  const out = new Float32Array(rows * cols);
  // Tall: vector j is column j. Wide: vector j is row j.
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < n; i++) out[tall ? i * cols + j : j * cols + i] = vecs[j][i];
  }
  return out;
}
