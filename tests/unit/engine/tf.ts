// tfjs in Node for engine and catalog tests, on the WebAssembly backend: the same kernels the app trains on when
// WebGL is missing, and ~15× faster here than the pure-JS CPU backend on the 10×500 init-lab nets (unit suite time).
// The CPU backend stays registered (backend=cpu is a user choice, and backend.test.ts checks the fallback).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { tf } from '../../../src/engine/tfjs';

// In Node the backend reads its .wasm binary from a file path (no fetch), so point it at the installed package.
const wasmDir = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
setWasmPaths(`${wasmDir}/`);
await tf.setBackend('wasm');
await tf.ready();

export { tf };

/** Runs `fn` and returns how many tensors it left behind (the leak check). */
export async function leakedBy(fn: () => unknown): Promise<number> {
  const before = tf.memory().numTensors;
  await fn();
  return tf.memory().numTensors - before;
}
