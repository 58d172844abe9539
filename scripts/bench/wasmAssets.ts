// Serves tfjs-backend-wasm's .wasm binaries from the app's own origin, under wasm/ next to index.html:
// the dev server answers them from node_modules, and the build emits them with their names unchanged
// (setWasmPaths asks for fixed file names, so they cannot carry a content hash).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

function wasmFiles(): { name: string; path: string }[] {
  const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')) + '/dist';
  return readdirSync(dist)
    .filter((f) => f.endsWith('.wasm'))
    .map((name) => ({ name, path: join(dist, name) }));
}

export function wasmAssets(): Plugin {
  return {
    name: 'layer-lab-wasm-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/wasm\/([\w-]+\.wasm)$/.exec(req.url?.split('?')[0] ?? '');
        const file = m && wasmFiles().find((f) => f.name === m[1]);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/wasm');
        res.end(readFileSync(file.path));
      });
    },
    generateBundle() {
      for (const f of wasmFiles()) {
        this.emitFile({ type: 'asset', fileName: `wasm/${f.name}`, source: readFileSync(f.path) });
      }
    },
  };
}
