// tfjs on the CPU backend in Node, for engine and catalog tests.
import '@tensorflow/tfjs-backend-cpu';
import { tf } from '../../../src/engine/tfjs';

await tf.setBackend('cpu');
await tf.ready();

export { tf };

/** Runs `fn` and returns how many tensors it left behind (the leak check). */
export async function leakedBy(fn: () => unknown): Promise<number> {
  const before = tf.memory().numTensors;
  await fn();
  return tf.memory().numTensors - before;
}
