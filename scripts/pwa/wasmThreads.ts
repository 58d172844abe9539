// Lets tfjs-wasm's threads start from a minified build. tfjs hands each pthread Worker the Emscripten factory
// as `factory.toString()` in a Blob. That function reads `_scriptDir`, a variable of the IIFE around it,
// guarded by `typeof _scriptDir !== "undefined"`, which is safe where the variable is missing. The minifier
// knows the variable is declared, so it rewrites the guard as `e !== void 0` (its renamed `_scriptDir`): in
// the pthread Worker, where the IIFE does not exist, that throws "ReferenceError: e is not defined" and no
// thread ever starts. Reading it as a global property instead survives minification; in a module Worker
// (no document.currentScript, no __filename) `_scriptDir` is undefined anyway, and so is the property.
//
// Second, the thread count. tfjs's C++ (backend.cc) sizes XNNPACK's pool as hardwareConcurrency / 2, assuming
// two hardware threads per core, capped at that same number: on a 2-core machine that is one thread, and no
// setThreadsCount call can raise it. Emscripten reads the count through one JS function, so it is routed
// through `globalThis.__tfjsWasmLogicalCores` when set (src/engine/wasmBackend.ts sets it).
import type { Plugin } from 'vite';

const FILE = /tfjs-backend-wasm-threaded-simd\.js$/;
const FACTORY_START = '\n  return (\n';
const CORES = 'return navigator["hardwareConcurrency"]';

export function wasmThreads(): Plugin {
  return {
    name: 'layer-lab-wasm-threads',
    apply: 'build',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0])) return null;
      const at = code.indexOf(FACTORY_START);
      if (at < 0 || !code.includes('_scriptDir') || !code.includes(CORES)) {
        this.warn('tfjs-backend-wasm changed: check that wasm threads still start (see scripts/pwa/wasmThreads.ts)');
        return null;
      }
      const body = code
        .slice(at)
        .replace(/\b_scriptDir\b/g, 'globalThis.__tfjsWasmScriptDir')
        .replace(CORES, 'return globalThis.__tfjsWasmLogicalCores || navigator["hardwareConcurrency"]');
      return { code: code.slice(0, at) + body, map: null };
    },
  };
}
