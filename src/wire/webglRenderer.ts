// The device's WebGL renderer string, asked by whichever side can ask it cheaply: `backend=auto` trains on
// WebAssembly when WebGL is emulated in software (engine/backend.ts). On the page's thread, which already
// talks to the GPU process, a throwaway context costs ~15–40 ms here; a Worker's first context must open its
// own GPU channel first (0.2 s idle, 1–3 s during start-up on two cores, measured), stalling the engine's
// code and the MNIST stream behind it. So the page asks and sends the answer with `init`.

/** The WebGL renderer string from a throwaway context, or null when WebGL is unavailable (or in Node). */
export function probeWebglRenderer(): string | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return renderer;
  } catch {
    return null;
  }
}
