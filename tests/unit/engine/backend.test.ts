import { describe, expect, it } from 'vitest';
import { autoUsesThreads, chooseBackend, isSoftwareRenderer } from '../../../src/engine/backend';
// Only the CPU backend is registered here (not ./tf, which adds WebAssembly): Node stands in for a browser
// where neither WebGL nor WebAssembly is available.
import '@tensorflow/tfjs-backend-cpu';
import { tf } from '../../../src/engine/tfjs';

describe('backend choice', () => {
  it('recognises software WebGL renderers and not real GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Microsoft Basic Render Driver Direct3D11)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });

  it('honours backend=cpu and says so', async () => {
    const info = await chooseBackend(tf, 'cpu', null);
    expect(info).toEqual({ name: 'cpu', reason: 'CPU backend, as chosen (backend=cpu)' });
    expect(tf.getBackend()).toBe('cpu');
  });

  it('falls back to the CPU, with the reason, when neither WebGL nor WebAssembly is registered (Node)', async () => {
    const info = await chooseBackend(tf, 'auto', 'SwiftShader');
    expect(info.name).toBe('cpu');
    expect(info.reason).toMatch(/unavailable/);
    expect(tf.getBackend()).toBe('cpu');
  });
});

describe('the WebGL renderer probe', () => {
  it('is asked only by auto, the one choice that depends on it', async () => {
    let asked = 0;
    const probe = () => ((asked += 1), Promise.resolve('SwiftShader'));
    await chooseBackend(tf, 'cpu', probe);
    await chooseBackend(tf, 'wasm', probe);
    expect(asked).toBe(0);
    await chooseBackend(tf, 'auto', probe);
    expect(asked).toBe(1);
  });
});

describe('threads under backend=auto', () => {
  it('starts WebAssembly on one thread on two cores or fewer, where threads measured slower', () => {
    expect(autoUsesThreads(1)).toBe(false);
    expect(autoUsesThreads(2)).toBe(false);
    expect(autoUsesThreads(4)).toBe(true);
    expect(autoUsesThreads(16)).toBe(true);
  });
});
