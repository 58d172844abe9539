// Registers the tfjs WebAssembly backend. Its .wasm binaries are copied into the build by the `wasmAssets`
// plugin in vite.config.ts, so they load from the app's own origin (the CSP allows nothing else).
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** Folder, relative to the app's base URL, that holds tfjs-backend-wasm{,-simd,-threaded-simd}.wasm. */
export const WASM_DIR = 'wasm/';

/** Must run before the wasm backend is first initialised (tf.setBackend('wasm')). */
export function serveWasmFrom(baseUrl: string): void {
  setWasmPaths(new URL(WASM_DIR, baseUrl).href);
}
