// Optimizer paths on the catalogue's surfaces: the first steps on the ravine f = ½(x² + 20y²) (∇f = (x, 20y))
// from (1, 1) with α = 0.01, computed by hand, then every optimizer decreasing it, and the leak check.
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS, type OptimizerId } from '../../../src/catalog/optimizers';
import { SURFACES } from '../../../src/catalog/surfaces';
import { checkPathsSpec, runPaths, type PathsRequest } from '../../../src/engine/optPaths';
import { leakedBy, tf } from './tf';

type Over = Partial<Omit<PathsRequest, 'opts'>> & { opts?: OptimizerId[]; lr?: number };
const req = ({ opts = ['sgd'], lr = 0.01, ...over }: Over = {}): PathsRequest => ({
  surface: 'ravine',
  start: [1, 1],
  steps: 2,
  opts: opts.map((id) => ({ id, lr })),
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
  noise: 0,
  seed: 1,
  ...over,
});

const points = (xy: Float32Array) => Array.from({ length: xy.length / 2 }, (_, i) => [xy[2 * i], xy[2 * i + 1]]);

function expectPoints(actual: Float32Array, expected: number[][]): void {
  const got = points(actual);
  expect(got).toHaveLength(expected.length);
  got.forEach((p, i) => {
    expect(p[0]).toBeCloseTo(expected[i][0], 5);
    expect(p[1]).toBeCloseTo(expected[i][1], 5);
  });
}

describe('runPaths: first steps on the ravine, by hand', () => {
  it('SGD: w ← w − α∇f', async () => {
    const [p] = await runPaths(tf, req({ opts: ['sgd'] }));
    // g₁ = (1, 20) → (0.99, 0.8); g₂ = (0.99, 16) → (0.9801, 0.64).
    expectPoints(p.xy, [[1, 1], [0.99, 0.8], [0.9801, 0.64]]);
    // f = ½(x² + 20y²) at each point.
    expect(p.loss[0]).toBeCloseTo(10.5, 5);
    expect(p.loss[2]).toBeCloseTo(0.5 * (0.9801 ** 2 + 20 * 0.64 ** 2), 4);
  });

  it('momentum: v ← βv − αg, w ← w + v', async () => {
    const [p] = await runPaths(tf, req({ opts: ['momentum'] }));
    // v₁ = (−0.01, −0.2) → (0.99, 0.8); v₂ = 0.9·v₁ − 0.01·(0.99, 16) = (−0.0189, −0.34) → (0.9711, 0.46).
    expectPoints(p.xy, [[1, 1], [0.99, 0.8], [0.9711, 0.46]]);
  });

  it('Adam: the first step is α·sign(g) in every coordinate, whatever the curvature', async () => {
    const [p] = await runPaths(tf, req({ opts: ['adam'] }));
    // t = 1: m̂ = g, v̂ = g², step α·g/|g| → (0.99, 0.99). t = 2: g = (0.99, 19.8); m = (0.189, 3.78),
    // v = (0.0019791, 0.79164); m̂/√v̂ = 0.99999725… in both coordinates → 0.98000275.
    expectPoints(p.xy, [[1, 1], [0.99, 0.99], [0.98000275, 0.98000275]]);
  });
});

describe('runPaths: the other optimizers of the catalogue, first steps by hand (β = 0.9, β₂ = 0.999, ε = 1e-8)', () => {
  it('Nesterov: v ← βv − αg, w ← w + βv − αg (the look-ahead step)', async () => {
    const [p] = await runPaths(tf, req({ opts: ['nesterov'] }));
    // v₁ = (−0.01, −0.2), w₁ = 1 + 0.9·v₁ − 0.01·(1, 20) = (0.981, 0.62); g₂ = (0.981, 12.4),
    // v₂ = (−0.01881, −0.304), w₂ = w₁ + 0.9·v₂ − 0.01·g₂ = (0.954261, 0.2224).
    expectPoints(p.xy, [[1, 1], [0.981, 0.62], [0.954261, 0.2224]]);
  });

  it('AdaGrad: the first step is α·sign(g); then α·g/√(g₁² + g₂²)', async () => {
    const [p] = await runPaths(tf, req({ opts: ['adagrad'] }));
    // G₁ = (1, 400) → (0.99, 0.99); g₂ = (0.99, 19.8), G₂ = (1.9801, 792.04): both coordinates step
    // 0.01·0.99/√1.9801 = 0.01·19.8/√792.04 = 0.0070355 → 0.9829645.
    expectPoints(p.xy, [[1, 1], [0.99, 0.99], [0.98296455, 0.98296455]]);
  });

  it('RMSprop: without bias correction the first step is α/√(1−β₂) ≈ 31.6 α in every coordinate', async () => {
    const [p] = await runPaths(tf, req({ opts: ['rmsprop'] }));
    // v₁ = 0.001·g² → step 0.01·|g|/√(0.001·g²) = 0.01/√0.001 = 0.316228 → 0.683772 (the note's "up to 1/√(1−β₂)").
    const [[x0], [x1, y1], [x2, y2]] = points(p.xy);
    expect(x0 - x1).toBeCloseTo(0.01 / Math.sqrt(0.001), 5);
    expect(1 - y1).toBeCloseTo(0.316228, 5);
    // v₂ = 0.999·v₁ + 0.001·g₂²: the second step is 0.01·g₂/√v₂ → (0.5052207, 0.5052206).
    expect(x2).toBeCloseTo(0.50522072, 5);
    expect(y2).toBeCloseTo(0.5052206, 5);
  });

  it('AdaDelta: the first steps are minute, α·√ε/√v = 3.16e-5 here (the note says so)', async () => {
    const [p] = await runPaths(tf, req({ opts: ['adadelta'] }));
    // v₁ = 0.001·g², Δ₁ = −√ε/√(v₁ + ε)·g ≈ −√(1e-8/0.001)·sign(g) = −0.0031623 → α·Δ₁ = −3.1623e-5;
    // u₁ = 0.001·Δ₁² ≪ ε, so the second step is the same size: 0.99993675.
    const [, [x1, y1], [x2, y2]] = points(p.xy);
    for (const d of [1 - x1, 1 - y1, x1 - x2, y1 - y2]) expect(d / 3.1623e-5).toBeCloseTo(1, 2);
  });

  it('AdaMax: m and the decaying max u = max(β₂u, |g|), step α/(1−βᵗ)·m/u', async () => {
    const [p] = await runPaths(tf, req({ opts: ['adamax'] }));
    // t = 1: m = 0.1·g, u = |g| → α/0.1·0.1 = α·sign(g) → (0.99, 0.99). t = 2: g = (0.99, 19.8), m = (0.189, 3.78),
    // u = (0.999, 19.98) → step 0.01/0.19·m/u = 0.0099573 in both coordinates → 0.9800427.
    expectPoints(p.xy, [[1, 1], [0.99, 0.99], [0.98004267, 0.98004267]]);
  });
});

describe('runPaths: every optimizer', () => {
  it('runs on the ravine and ends lower than it started, without leaking tensors', async () => {
    const lrs: Record<string, number> = { adadelta: 1 };
    for (const opt of OPTIMIZER_IDS) {
      const r = req({ opts: [opt], steps: 60, lr: lrs[opt] ?? 0.02, eps: opt === 'adadelta' ? 1e-4 : 1e-8 });
      let p: Awaited<ReturnType<typeof runPaths>>[number] | undefined;
      const leaked = await leakedBy(async () => {
        [p] = await runPaths(tf, r);
      });
      expect(leaked, opt).toBe(0);
      expect(p!.diverged, opt).toBe(false);
      expect(p!.loss).toHaveLength(61);
      expect(p!.loss[60], opt).toBeLessThan(p!.loss[0] * 0.9);
    }
  });

  it('races several optimizers from one start, on every surface, and reports progress up to the total', async () => {
    const seen: number[] = [];
    for (const s of SURFACES) {
      const paths = await runPaths(tf, req({ surface: s.id, start: [0.5, 0.1], steps: 60, opts: ['sgd', 'adam'], lr: 0.001 }), (d) =>
        seen.push(d),
      );
      expect(paths.map((p) => p.opt)).toEqual(['sgd', 'adam']);
      for (const p of paths) {
        expect(p.xy[0]).toBeCloseTo(0.5, 6);
        expect(p.loss[0]).toBeCloseTo(s.ref(0.5, 0.1), 4);
        expect(p.loss[p.loss.length - 1]).toBeLessThan(p.loss[0]);
      }
    }
    expect(seen[seen.length - 1]).toBe(120);
  });

  it('each racer uses its own learning rate', async () => {
    const [a, b] = await runPaths(tf, { ...req(), steps: 1, opts: [{ id: 'sgd', lr: 0.01 }, { id: 'sgd', lr: 0.02 }] });
    expect(a.xy[3]).toBeCloseTo(0.8, 5);
    expect(b.xy[3]).toBeCloseTo(0.6, 5);
  });

  it('gradient noise is seeded: the same seed gives the same path, another seed another', async () => {
    const run = async (seed: number) => (await runPaths(tf, req({ opts: ['sgd'], steps: 10, noise: 0.5, seed })))[0].xy;
    const a = await run(3);
    expect(Array.from(await run(3))).toEqual(Array.from(a));
    expect(Array.from(await run(4))).not.toEqual(Array.from(a));
  });

  it('a path that blows up ends at its last finite point', async () => {
    const [p] = await runPaths(tf, req({ surface: 'rosenbrock', start: [-2, 3], opts: ['sgd'], lr: 0.1, steps: 40 }));
    expect(p.diverged).toBe(true);
    expect(p.loss.length).toBeLessThan(41);
    expect(Array.from(p.loss).every(Number.isFinite)).toBe(true);
  });

  it('rejects ids the catalogue does not know', () => {
    const spec = { ...req(), start: [1, 1] as [number, number] };
    expect(() => checkPathsSpec({ ...spec, opts: [...spec.opts], surface: 'volcano' })).toThrow(/surface/);
    expect(() => checkPathsSpec({ ...spec, opts: [{ id: 'lbfgs', lr: 0.1 }] })).toThrow(/optimizer/);
  });
});

describe('surfaces: the plain-number gradient is the derivative of the plain-number function', () => {
  it.each(SURFACES.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    for (const [x, y] of [[0.3, -0.7], [1.2, 0.4], [-1, 1.5]]) {
      const h = 1e-6;
      const [gx, gy] = s.refGrad(x, y);
      expect(gx).toBeCloseTo((s.ref(x + h, y) - s.ref(x - h, y)) / (2 * h), 3);
      expect(gy).toBeCloseTo((s.ref(x, y + h) - s.ref(x, y - h)) / (2 * h), 3);
      expect(tf.tidy(() => s.apply(tf, tf.tensor1d([x, y])).dataSync()[0])).toBeCloseTo(s.ref(x, y), 2);
    }
  });
});
