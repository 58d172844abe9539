// The variance argument of the initialization lecture, made to hold for non-linear activations. Plain numbers
// only. Per layer, with weights of mean m and variance v over n inputs whose activations have mean μ_a,
// variance s_a, E[a²] = q_a and correlation ρ between units:
//   E[z]   = n·m·μ_a + b
//   Var(z) = n·v·q_a + n·m²·s_a·(1 + ρ(n − 1))        (the second term only for weights with a mean: constant init)
// then E[f(z)] and E[f(z)²] for z ~ N(E z, Var z) by Gauss–Hermite quadrature on the activation's own reference.
import type { Activation } from '../catalog/activations';
import { gaussExpect } from '../catalog/gaussHermite';
import { normalCdf } from '../catalog/mathRef';

/** What the next layer needs to know about this layer's outputs. */
export interface SignalMoments {
  mean: number;
  /** E[a²]. */
  second: number;
  /** Correlation between two different units over the batch: 0 for independent units, 1 for identical ones. */
  rho: number;
}

export interface TheoryLayer {
  preMean: number;
  preVar: number;
  act: SignalMoments;
  actVar: number;
}

export interface TheoryLayerSpec {
  fanIn: number;
  /** Mean and variance each weight is drawn with (the initializer's `moments`). */
  weight: { mean: number; variance: number };
  bias: number;
  /** Batch norm between the affine map and the activation (γ = 1, β = 0 at init). */
  bn: { epsilon: number } | null;
  /** Maxout: pieces per unit (1 for every other activation). */
  pieces: number;
}

/**
 * E[g(max of k iid N(μ, σ²))] = E_z[g(z) · k Φ((z − μ)/σ)^{k−1}] for z ~ N(μ, σ²): the density of the
 * maximum, written as a weight on one Gaussian so the same quadrature applies.
 */
function maxOfPieces(g: (x: number) => number, k: number, mean: number, variance: number): number {
  const sd = Math.sqrt(variance);
  if (sd === 0) return g(mean);
  return gaussExpect((z) => g(z) * k * normalCdf((z - mean) / sd) ** (k - 1), mean, variance);
}

/** One hidden layer of the argument: the input's moments in, the pre-activation's and the output's out. */
export function theoryLayer(activation: Pick<Activation, 'ref'>, spec: TheoryLayerSpec, input: SignalMoments): TheoryLayer {
  const { fanIn: n, weight, bias } = spec;
  const s = Math.max(input.second - input.mean ** 2, 0);
  // The weights' common mean adds the same multiple of Σ a_i to every unit; identical units add up coherently.
  const shared = n * weight.mean ** 2 * s * (1 + input.rho * (n - 1));
  let preMean = n * weight.mean * input.mean + bias;
  let preVar = n * weight.variance * input.second + shared;
  let rho = preVar > 0 ? shared / preVar : 1;
  if (spec.bn) {
    // Batch norm standardises each unit over the batch: the spread of unit means (n·v·μ_a²) is removed with
    // the mean, and what is left, W, becomes W/(W + ε).
    const within = Math.max(preVar - n * weight.variance * input.mean ** 2, 0);
    preMean = 0;
    preVar = within / (within + spec.bn.epsilon);
    rho = within > 0 ? shared / within : 1;
  }
  // Maxout's output is the largest of its k pieces (its `ref` only draws the two-piece picture).
  const mean =
    spec.pieces > 1 ? maxOfPieces((x) => x, spec.pieces, preMean, preVar) : gaussExpect(activation.ref, preMean, preVar);
  const second =
    spec.pieces > 1
      ? maxOfPieces((x) => x * x, spec.pieces, preMean, preVar)
      : gaussExpect((x) => activation.ref(x) ** 2, preMean, preVar);
  return { preMean, preVar, act: { mean, second, rho }, actVar: Math.max(second - mean ** 2, 0) };
}

/** Chains `theoryLayer` through every hidden layer, starting from the input batch's measured moments. */
export function theoryChain(
  activation: Pick<Activation, 'ref'>,
  specs: readonly TheoryLayerSpec[],
  input: SignalMoments,
): TheoryLayer[] {
  const out: TheoryLayer[] = [];
  let x = input;
  for (const spec of specs) {
    const t = theoryLayer(activation, spec, x);
    out.push(t);
    x = t.act;
  }
  return out;
}
