// Starts the download of the WebAssembly binary tfjs will load, from the Worker's first lines — as soon as the
// page's `init` says which backend is wanted — instead of once the engine's code (~1 MB) has loaded and
// tfjs asks for it. On a 10 Mbit/s link that takes the binary's ~0.4 MB off the first step's path (tfjs's own
// request then finds it in the HTTP cache, or revalidates it). Import-light: workerEntry.ts runs it before
// tfjs has loaded, so the choice below mirrors chooseBackend (backend.ts) and tfjs's own pick of a build.
import type { BackendChoice } from '../wire/protocol';
import { autoUsesThreads, isSoftwareRenderer } from './backend';

/** Folder, relative to the app's base URL, that holds tfjs-backend-wasm{,-simd,-threaded-simd}.wasm. */
export const WASM_DIR = 'wasm/';

/** A module using one SIMD instruction (i32x4.splat of a constant): it validates only where SIMD runs. */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

export interface WasmSetting {
  want: BackendChoice;
  /** The page's WebGL renderer string (null: no WebGL; undefined: not probed, so the choice is unknown). */
  renderer: string | null | undefined;
  cores: number;
  isolated: boolean;
  simd: boolean;
}

/**
 * The binary the backend choice will load, or null when it will not start on WebAssembly (or cannot be told
 * yet). `auto` goes to WebAssembly when WebGL is software or absent; threads as in chooseBackend.
 */
export function wasmFileFor(s: WasmSetting): string | null {
  if (s.want === 'cpu' || s.want === 'webgl') return null;
  if (s.want === 'auto' && (s.renderer === undefined || (s.renderer !== null && !isSoftwareRenderer(s.renderer)))) return null;
  const threads = s.isolated && (s.want === 'wasm' || autoUsesThreads(s.cores));
  return s.simd ? (threads ? 'tfjs-backend-wasm-threaded-simd.wasm' : 'tfjs-backend-wasm-simd.wasm') : 'tfjs-backend-wasm.wasm';
}

function simdRuns(): boolean {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/** Fetches (and drops) the binary `init` will need, so it is in the HTTP cache by the time tfjs asks. */
export function warmWasm(init: { backend: BackendChoice; baseUrl: string; renderer?: string | null }): void {
  const scope = globalThis as { crossOriginIsolated?: boolean; navigator?: { hardwareConcurrency?: number } };
  const file = wasmFileFor({
    want: init.backend,
    renderer: init.renderer,
    cores: scope.navigator?.hardwareConcurrency ?? 1,
    isolated: scope.crossOriginIsolated === true,
    simd: simdRuns(),
  });
  if (!file) return;
  // A failure here only loses the head start: tfjs's own request reports the real error.
  fetch(new URL(WASM_DIR + file, init.baseUrl))
    .then((res) => res.arrayBuffer())
    .catch(() => undefined);
}
