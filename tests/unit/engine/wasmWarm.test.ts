// Which WebAssembly binary the Worker fetches ahead of tfjs: the same one chooseBackend and tfjs will load,
// and none when the choice will not start on WebAssembly (a wrong guess would cost a slow link ~0.4 MB).
import { describe, expect, it } from 'vitest';
import { wasmFileFor, type WasmSetting } from '../../../src/engine/wasmWarm';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)';
const GPU = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)';
const base: WasmSetting = { want: 'auto', renderer: SWIFTSHADER, cores: 2, isolated: true, simd: true };
const file = (over: Partial<WasmSetting>) => wasmFileFor({ ...base, ...over });

describe('wasmFileFor', () => {
  it('auto on software WebGL or none: the SIMD build, threaded only with more than two cores and isolation', () => {
    expect(file({})).toBe('tfjs-backend-wasm-simd.wasm');
    expect(file({ renderer: null })).toBe('tfjs-backend-wasm-simd.wasm');
    expect(file({ cores: 8 })).toBe('tfjs-backend-wasm-threaded-simd.wasm');
    expect(file({ cores: 8, isolated: false })).toBe('tfjs-backend-wasm-simd.wasm');
    expect(file({ simd: false })).toBe('tfjs-backend-wasm.wasm');
  });

  it('auto on a real GPU, an unprobed renderer, webgl and cpu: nothing', () => {
    expect(file({ renderer: GPU })).toBeNull();
    expect(file({ renderer: undefined })).toBeNull();
    expect(file({ want: 'webgl' })).toBeNull();
    expect(file({ want: 'cpu' })).toBeNull();
  });

  it('backend=wasm: threads whenever the page is isolated, whatever the renderer', () => {
    expect(file({ want: 'wasm', renderer: GPU })).toBe('tfjs-backend-wasm-threaded-simd.wasm');
    expect(file({ want: 'wasm', cores: 2 })).toBe('tfjs-backend-wasm-threaded-simd.wasm');
    expect(file({ want: 'wasm', isolated: false })).toBe('tfjs-backend-wasm-simd.wasm');
  });
});
