// Registers the tfjs WebAssembly backend. Its .wasm binaries are copied into the build by the `wasmAssets`
// plugin in vite.config.ts, so they load from the app's own origin (the CSP allows nothing else).
import '@tensorflow/tfjs-backend-wasm';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { WASM_DIR } from './wasmWarm';

/**
 * Must run before the wasm backend is first initialised (tf.setBackend('wasm')). `threads`: how many threads
 * XNNPACK may use (default: every logical core). Threads need cross-origin isolation (SharedArrayBuffer);
 * without it tfjs loads its single-threaded build and this has no effect.
 */
export function serveWasmFrom(baseUrl: string, threads?: number): void {
  setWasmPaths(new URL(WASM_DIR, baseUrl).href);
  const cores = (globalThis.navigator as { hardwareConcurrency?: number } | undefined)?.hardwareConcurrency ?? 1;
  // tfjs halves the logical core count (it assumes two hardware threads per core) and caps its pool there;
  // scripts/pwa/wasmThreads.ts routes Emscripten's core count through this global, so report twice the
  // wanted pool size: on a 2-core machine that is 2 threads instead of 1.
  const want = Math.max(1, threads ?? cores);
  (globalThis as { __tfjsWasmLogicalCores?: number }).__tfjsWasmLogicalCores = 2 * want;
  setThreadsCount(want);
}
