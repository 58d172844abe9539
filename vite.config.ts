import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { wasmAssets } from './scripts/bench/wasmAssets.ts';
import { serviceWorker } from './scripts/pwa/swPlugin.ts';
import { wasmThreads } from './scripts/pwa/wasmThreads.ts';

// Cross-origin isolation: SharedArrayBuffer, hence tfjs-wasm's threads. Static hosts that cannot send these
// get them from the service worker instead (scripts/pwa/sw.js).
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

// Unit tests that use tfjs (see test.projects below).
const TFJS_TESTS = ['tests/unit/engine/**/*.test.ts', 'tests/unit/catalog/**/*.test.ts', 'tests/unit/state/optPresets.test.ts'];
const OWN_BACKEND_TESTS = ['tests/unit/engine/backend.test.ts'];

// Relative base: the built app works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [wasmAssets(), wasmThreads(), serviceWorker()],
  worker: { format: 'es', plugins: () => [wasmThreads()] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  preview: { port: 4173, strictPort: true, headers: ISOLATION },
  server: { port: 5173, headers: ISOLATION },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    // Every core (vitest's default leaves one free: on 2 cores a single worker, which doubled the run's time).
    maxWorkers: availableParallelism(),
    projects: [
      // The tfjs tests share one module graph per worker process (isolate: false): tfjs is imported and its
      // WebAssembly backend started once per worker instead of once per file, which halves the unit run. They
      // share only tfjs's engine (src/engine and src/catalog keep no module-level state), and every leak check
      // reads tf.memory() as a difference before/after its own work, so another file's tensors cannot hide a leak.
      { extends: true, test: { name: 'tfjs', include: TFJS_TESTS, exclude: OWN_BACKEND_TESTS, isolate: false } },
      // Tests that set up tfjs their own way (backend.test.ts registers the CPU backend alone).
      { extends: true, test: { name: 'own-backend', include: OWN_BACKEND_TESTS } },
      // Stores and the rest: a fresh module graph per file, so no test depends on another file's store state.
      // Worker threads start faster than forked processes (~40 % less wall time for these files here).
      { extends: true, test: { name: 'isolated', include: ['tests/unit/**/*.test.ts'], exclude: TFJS_TESTS, pool: 'threads' } },
    ],
  },
});
