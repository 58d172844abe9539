// The test set on the device while it may still be streaming in. The quick evaluations' subset is part of the
// first slice, so it is uploaded at once; the full set is held in a variable of the final shape [n, 784]
// (zeros until then) that is filled once every test image has arrived — runs built before then keep the same
// tensor, and wait on `ready` before any full evaluation.
import type { TF, Tensor2D, Variable } from '../catalog/types';
import { numAvailable, uploadSplit, whenAvailable, type Dataset, type DeviceSplit } from './dataset';
import { IMAGE_SIZE, NUM_CLASSES } from '../wire/protocol';

export interface TestOnDevice {
  /** All test images: x [n, 784], y [n, 10] (complete once `ready` resolves). */
  full: DeviceSplit;
  /** The first `quickSize` of them. */
  quick: DeviceSplit;
  ready: Promise<void>;
}

export function uploadTestSet(tf: TF, data: Dataset, quickSize: number): TestOnDevice {
  const n = data.test.count;
  const quick = uploadSplit(tf, data.test, 0, Math.min(quickSize, n));
  if (numAvailable(data, 'test') >= n) return { full: uploadSplit(tf, data.test), quick, ready: Promise.resolve() };
  // tidy disposes the zeros; variables outlive it.
  const [x, y] = tf.tidy((): Variable[] => [
    tf.variable(tf.zeros([n, IMAGE_SIZE]), false),
    tf.variable(tf.zeros([n, NUM_CLASSES]), false),
  ]);
  const ready = whenAvailable(data, 'test', n).then(() => {
    // Disposed meanwhile (the runner was): nothing to fill.
    if (x.isDisposed) return;
    const uploaded = uploadSplit(tf, data.test);
    x.assign(uploaded.x);
    y.assign(uploaded.y);
    tf.dispose([uploaded.x, uploaded.y]);
  });
  // A loading error is reported by the Worker (Arrival.complete); waiters see it through their own awaits.
  ready.catch(() => undefined);
  return { full: { x: x as unknown as Tensor2D, y: y as unknown as Tensor2D }, quick, ready };
}
