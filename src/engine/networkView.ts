// The network view's data, chosen on the device: per layer the units to draw (all of them, or the most active
// when the layer is wide) and their mean activation on a test batch; between adjacent drawn columns the
// strongest weights by |w|. Everything packed into ONE flat tensor and read back once, so the page only draws.
import type { TF, Tensor, Tensor1D, Tensor2D } from '../catalog/types';
import { QUICK_EVAL_SIZE, type FromWorker, type NetworkView } from '../wire/protocol';
import type { DeviceSplit } from './dataset';
import { forward } from './mlp';
import type { Runner } from './runner';
import type { Trainer } from './trainer';
import { takeRows } from './rows';

/** Units drawn per layer at most (a wider layer shows its most active ones). */
export const MAX_SHOWN = 16;
/** Edges drawn between two adjacent columns at most. */
export const MAX_EDGES = 32;
/** Test images the mean activations are measured on: enough for a fill colour, and a forward pass on them
 * costs about one training step (asked at most once a second while training). */
export const NETWORK_BATCH = 128;

/**
 * Units, shown units, means and edges. `maxShown`/`maxEdges` are parameters for the tests.
 * Shapes: act_l [batch, units_l]; shown_l [k_l] (ascending unit ids); W_{l+1} [units_l, preWidth_{l+1}].
 */
export async function readNetworkView(
  tf: TF,
  t: Trainer,
  test: DeviceSplit,
  maxShown = MAX_SHOWN,
  maxEdges = MAX_EDGES,
): Promise<NetworkView> {
  const dense = [...t.mlp.hidden, t.mlp.out];
  const batchSize = Math.min(NETWORK_BATCH, QUICK_EVAL_SIZE, test.count);
  const ks = dense.map((l) => Math.min(maxShown, l.units));
  const es = dense.slice(1).map((_, i) => Math.min(maxEdges, ks[i] * ks[i + 1]));
  const packed = tf.tidy(() => {
    const acts: Tensor2D[] = [];
    forward(tf, t.mlp, takeRows(tf, test, 0, batchSize).x, {
      training: false,
      dropoutRate: 0,
      dropoutSeed: 0,
      onLayer: (_i, _pre, act) => acts.push(act),
    });
    const parts: Tensor[] = [];
    const shown: Tensor1D[] = dense.map((l, i) => {
      const mean = tf.mean(acts[i], 0) as Tensor1D; // [units]
      let ids: Tensor1D;
      if (l.units <= ks[i]) ids = tf.range(0, l.units, 1, 'int32') as Tensor1D;
      else {
        // The most active units by mean |a|, then put back in id order (−id, top-k) so columns do not reshuffle.
        const most = tf.cast(tf.topk(tf.mean(tf.abs(acts[i]), 0), ks[i]).indices, 'float32');
        ids = tf.cast(tf.neg(tf.topk(tf.neg(most), ks[i]).values), 'int32') as Tensor1D;
      }
      parts.push(tf.cast(ids, 'float32'), tf.gather(mean, ids));
      return ids;
    });
    for (let i = 0; i + 1 < dense.length; i++) {
      const next = dense[i + 1];
      // A maxout unit j reads columns j·k …; its first piece's column stands for it here.
      const cols = tf.cast(tf.mul(shown[i + 1], (next.W as Tensor2D).shape[1] / next.units), 'int32') as Tensor1D;
      const sub = tf.reshape(tf.gather(tf.gather(next.W, shown[i], 0), cols, 1), [-1]) as Tensor1D; // [k_i · k_{i+1}]
      const idx = tf.topk(tf.abs(sub), es[i]).indices;
      parts.push(tf.cast(idx, 'float32'), tf.gather(sub, idx));
    }
    return tf.concat(parts);
  });
  const v = (await packed.data()) as Float32Array;
  packed.dispose();
  let at = 0;
  const take = (n: number) => Array.from(v.subarray(at, (at += n)));
  const layers = dense.map((l, i) => ({ units: l.units, shown: take(ks[i]), mean: take(ks[i]) }));
  const edges = es.map((e, i) => {
    const idx = take(e);
    const w = take(e);
    const k = ks[i + 1];
    return idx.map((flat, j) => ({ from: layers[i].shown[Math.floor(flat / k)], to: layers[i + 1].shown[flat % k], weight: w[j] }));
  });
  return { layers, edges, batchSize };
}

/** The Worker's answer to `network` (null before a net exists). */
export async function answerNetwork(tf: TF, msg: { id: number }, runner: Runner): Promise<Extract<FromWorker, { type: 'network' }>> {
  const t = runner.current;
  const run = runner.runId;
  const step = t?.step ?? 0;
  return { type: 'network', id: msg.id, run, step, result: t ? await readNetworkView(tf, t, runner.test) : null };
}
