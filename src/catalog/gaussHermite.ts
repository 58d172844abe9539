// Expectations over a Gaussian by Gauss–Hermite quadrature, in plain numbers: E[f(z)] for z ~ N(μ, σ²) is
// (1/√π) Σ_i w_i f(μ + √2 σ x_i), where x_i are the roots of the Hermite polynomial H_n and w_i its weights.
// The init lab's theory line uses it to push a variance through any activation's plain-number reference.

export interface HermiteRule {
  /** Roots of H_n, ascending. */
  nodes: Float64Array;
  /** Weights for ∫ e^{−x²} f(x) dx; they sum to √π. */
  weights: Float64Array;
}

/**
 * Orthonormal Hermite polynomials at x: returns [p_n(x), p_{n−1}(x)]. The orthonormal recurrence
 * p_j = x√(2/j) p_{j−1} − √((j−1)/j) p_{j−2} keeps values of order 1, where H_n itself would overflow.
 */
function hermitePair(n: number, x: number): [number, number] {
  let prev = 0;
  let cur = Math.PI ** -0.25;
  for (let j = 1; j <= n; j++) {
    const next = x * Math.sqrt(2 / j) * cur - Math.sqrt((j - 1) / j) * prev;
    prev = cur;
    cur = next;
  }
  return [cur, prev];
}

/**
 * The n-point rule by Newton's method on p_n (p_n' = √(2n) p_{n−1}), largest root first. Each start comes
 * from the roots already found; the roots are symmetric, so only the positive half is searched.
 */
export function hermiteRule(n: number): HermiteRule {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const half = Math.floor((n + 1) / 2);
  const found: number[] = [];
  for (let i = 0; i < half; i++) {
    // Starting guesses: an asymptotic estimate of the largest root, then extrapolation from the previous ones.
    let z: number;
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** (-1 / 6);
    else if (i === 1) z = found[0] - (1.14 * n ** 0.426) / found[0];
    else if (i === 2) z = 1.86 * found[1] - 0.86 * found[0];
    else if (i === 3) z = 1.91 * found[2] - 0.91 * found[1];
    else z = 2 * found[i - 1] - found[i - 2];
    let deriv = 1;
    for (let it = 0; it < 100; it++) {
      const [p, pPrev] = hermitePair(n, z);
      deriv = Math.sqrt(2 * n) * pPrev;
      const dz = p / deriv;
      z -= dz;
      if (Math.abs(dz) < 1e-15 * Math.max(1, Math.abs(z))) break;
    }
    deriv = Math.sqrt(2 * n) * hermitePair(n, z)[1];
    found.push(z);
    const w = 2 / (deriv * deriv);
    nodes[n - 1 - i] = z;
    nodes[i] = -z;
    weights[n - 1 - i] = w;
    weights[i] = w;
  }
  return { nodes, weights };
}

/** 48 nodes: exact for polynomials up to degree 95; ample for the smooth-or-kinked activations here. */
export const DEFAULT_RULE = hermiteRule(48);

/** E[f(z)] for z ~ N(mean, variance). */
export function gaussExpect(f: (z: number) => number, mean: number, variance: number, rule = DEFAULT_RULE): number {
  const s = Math.SQRT2 * Math.sqrt(Math.max(variance, 0));
  let sum = 0;
  for (let i = 0; i < rule.nodes.length; i++) sum += rule.weights[i] * f(mean + s * rule.nodes[i]);
  return sum / Math.sqrt(Math.PI);
}
