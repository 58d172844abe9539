// Two-parameter loss surfaces for watching optimizers move: each entry has its formula, the tfjs version the
// Worker differentiates (w is a [2] tensor (x, y) → scalar) and a plain-number twin with its gradient, side
// by side, so a test can check one against the other and the page can draw contours without tfjs.
import { indexById, type CatalogEntry, type Scalar, type TF, type Tensor } from './types';

export interface Surface extends CatalogEntry {
  /** tfjs: w [2] → f(w) as a scalar. */
  apply: (tf: TF, w: Tensor) => Scalar;
  /** Plain-number f(x, y). */
  ref: (x: number, y: number) => number;
  /** Plain-number ∇f(x, y). */
  refGrad: (x: number, y: number) => [number, number];
  /** The window the contour map shows: [xMin, xMax, yMin, yMax]. */
  box: readonly [number, number, number, number];
  /** The global minimum value (what "final loss" is compared against). */
  minValue: number;
  /** A saddle point of the surface, when it has one the lab measures escapes from. */
  saddle?: readonly [number, number];
}

const xy = (tf: TF, w: Tensor) => [tf.slice(w, [0], [1]), tf.slice(w, [1], [1])] as const;
const sumScalar = (tf: TF, t: Tensor) => tf.sum(t) as Scalar;

/** Curvature ratio of the ravine: the y direction is this many times steeper than x. */
export const RAVINE_KAPPA = 20;

export const SURFACES = [
  {
    id: 'ravine',
    label: 'Ravine (ill-conditioned quadratic)',
    formula: 'f(x, y) = \\tfrac12\\,(x^2 + 20\\,y^2)',
    note:
      'A long narrow valley: the curvature across it is 20 times the curvature along it. A learning rate that ' +
      'is safe across the valley is slow along it, and one that is fast along it bounces from wall to wall.',
    lecture: 'Optimizers',
    apply: (tf, w) => {
      const [x, y] = xy(tf, w);
      return sumScalar(tf, tf.mul(tf.add(tf.square(x), tf.mul(tf.square(y), RAVINE_KAPPA)), 0.5));
    },
    ref: (x, y) => 0.5 * (x * x + RAVINE_KAPPA * y * y),
    refGrad: (x, y) => [x, RAVINE_KAPPA * y],
    box: [-2, 2, -1, 1],
    minValue: 0,
  },
  {
    id: 'saddle',
    label: 'Saddle',
    formula: 'f(x, y) = x^2 - y^2 + \\tfrac14 y^4',
    note:
      'Downhill in y, uphill in x: the origin is a saddle point with zero gradient. Near it the gradient is ' +
      'tiny, so plain gradient descent creeps away from it; the minima are at y = ±√2 (f = −1).',
    lecture: 'Optimizers',
    apply: (tf, w) => {
      const [x, y] = xy(tf, w);
      const y2 = tf.square(y);
      return sumScalar(tf, tf.add(tf.sub(tf.square(x), y2), tf.mul(tf.square(y2), 0.25)));
    },
    ref: (x, y) => x * x - y * y + 0.25 * y ** 4,
    refGrad: (x, y) => [2 * x, -2 * y + y ** 3],
    box: [-1.5, 1.5, -2, 2],
    minValue: -1,
    saddle: [0, 0],
  },
  {
    id: 'rosenbrock',
    label: 'Rosenbrock',
    formula: 'f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2',
    note:
      'A curved, flat-bottomed banana valley: finding the valley is easy, following it to the minimum at ' +
      '(1, 1) is slow, because the valley floor is nearly flat and its walls are steep.',
    lecture: 'Optimizers',
    apply: (tf, w) => {
      const [x, y] = xy(tf, w);
      return sumScalar(tf, tf.add(tf.square(tf.sub(1, x)), tf.mul(tf.square(tf.sub(y, tf.square(x))), 100)));
    },
    ref: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    refGrad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
    box: [-2, 2, -1, 3],
    minValue: 0,
  },
  {
    id: 'beale',
    label: 'Beale',
    formula: 'f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
    note:
      'Flat plateaus and sharp ridges, with a single minimum at (3, 0.5): gradients differ in size by orders ' +
      'of magnitude from one place to the next, which is where per-coordinate step sizes help.',
    lecture: 'Optimizers',
    apply: (tf, w) => {
      const [x, y] = xy(tf, w);
      const term = (c: number, yk: Tensor) => tf.square(tf.add(tf.sub(c, x), tf.mul(x, yk)));
      return sumScalar(tf, tf.addN([term(1.5, y), term(2.25, tf.square(y)), term(2.625, tf.pow(y, 3))]));
    },
    ref: (x, y) => (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y ** 3) ** 2,
    refGrad: (x, y) => {
      const a = 1.5 - x + x * y;
      const b = 2.25 - x + x * y * y;
      const c = 2.625 - x + x * y ** 3;
      return [
        2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y ** 3 - 1),
        2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y,
      ];
    },
    box: [-4.5, 4.5, -4.5, 4.5],
    minValue: 0,
  },
] as const satisfies readonly Surface[];

export type SurfaceId = (typeof SURFACES)[number]['id'];
export const SURFACE_IDS = SURFACES.map((s) => s.id) as [SurfaceId, ...SurfaceId[]];
export const surfaceById: Readonly<Record<SurfaceId, Surface>> = indexById<Surface & { id: SurfaceId }>(SURFACES);
