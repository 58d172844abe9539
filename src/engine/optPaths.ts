// Optimizer paths on a two-parameter surface: every optimizer of the catalogue moves a [2] tf.Variable (x, y)
// with its own tfjs update — the very function the trainer calls on the MNIST net — from the same start, on
// the same (optionally noisy) gradients. Positions and losses are read back in chunks, one readback each.
import { optimizerById, type OptimizerId } from '../catalog/optimizers';
import { normalSamples } from '../catalog/mathRef';
import { surfaceById, type SurfaceId } from '../catalog/surfaces';
import type { TF, Tensor, Variable } from '../catalog/types';
import type { FromWorker, OptPath, PathsSpec } from '../wire/protocol';
import { deriveSeed } from './rng';

/** A checked request: the spec's ids are known catalog ids. */
export type PathsRequest = Omit<PathsSpec, 'surface' | 'opts'> & {
  surface: SurfaceId;
  opts: readonly { id: OptimizerId; lr: number }[];
};

/** The spec from the wire with its ids checked against the catalogue (an unknown id is an error, not a guess). */
export function checkPathsSpec(spec: PathsSpec): PathsRequest {
  if (!(spec.surface in surfaceById)) throw new Error(`unknown surface ${spec.surface}`);
  const bad = spec.opts.find((o) => !(o.id in optimizerById));
  if (bad !== undefined) throw new Error(`unknown optimizer ${bad.id}`);
  return { ...spec, surface: spec.surface as SurfaceId, opts: spec.opts as PathsRequest['opts'] };
}

/** Steps between readbacks (and progress reports). */
export const PATH_CHUNK = 50;

/**
 * Runs every optimizer of `req.opts` for `req.steps` updates. Each path holds steps + 1 points (the start
 * first) unless the loss stopped being finite, where it ends. `onProgress(done, total)` counts updates.
 */
export async function runPaths(
  tf: TF,
  req: PathsRequest,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<OptPath[]> {
  const surface = surfaceById[req.surface];
  const f = (w: Tensor) => surface.apply(tf, w);
  const gradOf = tf.grad(f);
  // The same noise sequence for every optimizer, so they race on identical gradients. [steps × 2]
  const noise = req.noise > 0 ? normalSamples(2 * req.steps, deriveSeed(req.seed, 15_000)) : null;
  const total = req.steps * req.opts.length;
  const paths: OptPath[] = [];
  for (const [k, { id, lr }] of req.opts.entries()) {
    const opt = optimizerById[id];
    const w: Variable = tf.tidy(() => tf.variable(tf.tensor1d([req.start[0], req.start[1]])));
    const slots = opt.slots.map(() => tf.tidy(() => tf.variable(tf.fill([2], opt.slotInit ?? 0))));
    // One row (x, y, f) per point: [steps + 1, 3] when complete.
    const rows = new Float32Array((req.steps + 1) * 3);
    let numPoints = 0;
    let finite = true;
    const point = () => tf.tidy(() => tf.concat([w, tf.reshape(f(w), [1])]));
    let pending: Tensor[] = [point()];
    const flush = async () => {
      const stacked = tf.tidy(() => tf.concat(pending));
      tf.dispose(pending);
      pending = [];
      const v = await stacked.data();
      stacked.dispose();
      for (let i = 0; i < v.length; i += 3) {
        if (!finite) break;
        if (![v[i], v[i + 1], v[i + 2]].every(Number.isFinite)) finite = false;
        else rows.set(v.subarray(i, i + 3), 3 * numPoints++);
      }
    };
    for (let t = 1; t <= req.steps && finite; t++) {
      tf.tidy(() => {
        let g = gradOf(w);
        if (noise) g = tf.add(g, tf.tensor1d([req.noise * noise[2 * (t - 1)], req.noise * noise[2 * (t - 1) + 1]]));
        opt.update(tf, w, g, slots, { lr, momentum: req.momentum, beta1: req.beta1, beta2: req.beta2, eps: req.eps, t });
      });
      pending.push(point());
      if (t % PATH_CHUNK === 0 || t === req.steps) {
        await flush();
        onProgress(k * req.steps + t, total);
      }
    }
    tf.dispose(pending);
    w.dispose();
    slots.forEach((s) => s.dispose());
    const xy = new Float32Array(2 * numPoints);
    const loss = new Float32Array(numPoints);
    for (let i = 0; i < numPoints; i++) {
      xy[2 * i] = rows[3 * i];
      xy[2 * i + 1] = rows[3 * i + 1];
      loss[i] = rows[3 * i + 2];
    }
    paths.push({ opt: id, xy, loss, diverged: !finite });
  }
  onProgress(total, total);
  return paths;
}

/** The Worker's answer to a `paths` message, with progress reports on the way. */
export async function answerPaths(
  tf: TF,
  msg: { id: number; spec: PathsSpec },
  post: (m: FromWorker) => void,
): Promise<FromWorker> {
  const paths = await runPaths(tf, checkPathsSpec(msg.spec), (done, total) =>
    post({ type: 'paths-progress', id: msg.id, done, total }),
  );
  return { type: 'paths', id: msg.id, paths };
}
