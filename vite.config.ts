import { defineConfig } from 'vitest/config';
import { wasmAssets } from './scripts/bench/wasmAssets.ts';

// Relative base: the built app works from any folder or static host.
export default defineConfig({
  base: './',
  plugins: [wasmAssets()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
