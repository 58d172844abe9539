import { defineConfig } from 'vitest/config';
import { wasmAssets } from './scripts/bench/wasmAssets.ts';
import { serviceWorker } from './scripts/pwa/swPlugin.ts';
import { wasmThreads } from './scripts/pwa/wasmThreads.ts';

// Cross-origin isolation: SharedArrayBuffer, hence tfjs-wasm's threads. Static hosts that cannot send these
// get them from the service worker instead (scripts/pwa/sw.js).
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

// Relative base: the built app works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [wasmAssets(), wasmThreads(), serviceWorker()],
  worker: { format: 'es', plugins: () => [wasmThreads()] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  preview: { port: 4173, strictPort: true, headers: ISOLATION },
  server: { port: 5173, headers: ISOLATION },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
