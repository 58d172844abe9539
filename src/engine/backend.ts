// Picks the tfjs backend and says why, so the status bar can tell the learner plainly.
// `auto`: WebGL when a real GPU draws it; WebAssembly (SIMD) when WebGL is emulated in software
// (SwiftShader, llvmpipe), where it measured ~2–3× faster than software WebGL for this MLP; CPU as a last resort.
import type { TF } from '../catalog/types';
import type { BackendChoice } from '../wire/protocol';
import { probeWebglRenderer } from '../wire/webglRenderer';

export interface BackendInfo {
  name: string;
  reason: string;
}

/** Loads a backend's code on demand (the Worker imports WebGL's only when it may use it); tests pass none. */
export type LoadBackend = (name: string) => Promise<void>;
const preloaded: LoadBackend = () => Promise.resolve();

async function trySetWith(tf: TF, name: string, load: LoadBackend): Promise<boolean> {
  try {
    await load(name);
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

/** True when the renderer string names a software rasterizer rather than a GPU. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

/**
 * tfjs-wasm picks its threaded build by itself when SharedArrayBuffer is usable, i.e. when the page (and so
 * this Worker) is cross-origin isolated. The count comes from the initialised backend (XNNPACK's pool).
 */
export function wasmThreads(tf: TF): number {
  const b = tf.backend() as { wasm?: { tfjs?: { getThreadsCount?: () => number } } };
  return b.wasm?.tfjs?.getThreadsCount?.() ?? 1;
}

/**
 * Whether `auto` starts WebAssembly's threads on a device with `cores` logical cores. On two, threads measured
 * slower than one (BENCHMARKS.md, Run I: 0.67× at batch 64, 0.82× at 256, 0.97× on the deep net: the pool
 * shares the cores with the page and the training Worker itself), and starting the pool (each thread compiles
 * the module) delays the first step by about a second. `backend=wasm` always uses them.
 */
export function autoUsesThreads(cores: number): boolean {
  return cores > 2;
}

function logicalCores(): number {
  return (globalThis.navigator as { hardwareConcurrency?: number } | undefined)?.hardwareConcurrency ?? 1;
}

/** Makes tfjs-wasm load its single-threaded build (must run before its first initialisation). */
function useOneWasmThread(tf: TF): void {
  try {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  } catch {
    // The flag is registered by tfjs-backend-wasm: without it there is no WebAssembly backend to configure.
  }
}

/** Says how many cores WebAssembly uses, and why only one when it is one. */
export function describeWasm(tf: TF, reason: string, oneByChoice = false): BackendInfo {
  const threads = wasmThreads(tf);
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  const cores =
    threads > 1
      ? `${threads} threads (cross-origin isolated)`
      : oneByChoice
        ? `one thread (threads run slower on ${logicalCores()} cores; backend=wasm uses them)`
        : isolated
          ? 'one thread'
          : 'one thread (the page is not cross-origin isolated)';
  return { name: 'wasm', reason: `${reason}; ${cores}` };
}

/** The WebGL renderer string, or how to get it: only `auto` needs it, so only `auto` waits for a probe. */
export type RendererSource = string | null | (() => Promise<string | null>);

export async function chooseBackend(
  tf: TF,
  want: BackendChoice,
  rendererSource: RendererSource = () => Promise.resolve(probeWebglRenderer()),
  load: LoadBackend = preloaded,
): Promise<BackendInfo> {
  const trySet = (tf: TF, name: string) => trySetWith(tf, name, load);
  if (want === 'cpu') {
    await trySet(tf, 'cpu');
    return { name: 'cpu', reason: 'CPU backend, as chosen (backend=cpu)' };
  }
  if (want === 'wasm' && (await trySet(tf, 'wasm'))) {
    return describeWasm(tf, 'WebAssembly, as chosen (backend=wasm)');
  }
  const renderer = want !== 'auto' ? null : typeof rendererSource === 'function' ? await rendererSource() : rendererSource;
  const software = renderer !== null && isSoftwareRenderer(renderer);
  const oneThread = want === 'auto' && !autoUsesThreads(logicalCores());
  if (oneThread) useOneWasmThread(tf);
  if (want === 'auto' && software && (await trySet(tf, 'wasm'))) {
    return describeWasm(tf, `WebGL is emulated in software (${shortRenderer(renderer)}), so WebAssembly is faster`, oneThread);
  }
  if (await trySet(tf, 'webgl')) {
    if (want === 'webgl') return { name: 'webgl', reason: 'WebGL, as chosen (backend=webgl); its first steps compile shaders' };
    return { name: 'webgl', reason: software ? 'WebGL (software; WebAssembly unavailable)' : 'WebGL runs on the GPU' };
  }
  if (await trySet(tf, 'wasm')) {
    return describeWasm(tf, 'WebGL is unavailable on this device, so training runs on WebAssembly', oneThread);
  }
  await trySet(tf, 'cpu');
  return { name: 'cpu', reason: 'WebGL is unavailable on this device, so training runs on the CPU (slower)' };
}

function shortRenderer(renderer: string): string {
  const m = SOFTWARE_RENDERERS.exec(renderer);
  return m ? m[0] : renderer.slice(0, 40);
}
