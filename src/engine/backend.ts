// Picks the tfjs backend and says why, so the status bar can tell the learner plainly.
import type { TF } from '../catalog/types';
import type { BackendChoice } from './protocol';

export interface BackendInfo {
  name: string;
  reason: string;
}

async function trySet(tf: TF, name: string): Promise<boolean> {
  try {
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    return ok && tf.getBackend() === name;
  } catch {
    return false;
  }
}

export async function chooseBackend(tf: TF, want: BackendChoice): Promise<BackendInfo> {
  if (want === 'cpu') {
    await trySet(tf, 'cpu');
    return { name: 'cpu', reason: 'CPU backend requested in the URL' };
  }
  if (await trySet(tf, 'webgl')) {
    return { name: 'webgl', reason: want === 'webgl' ? 'WebGL requested in the URL' : 'WebGL is available' };
  }
  await trySet(tf, 'cpu');
  return { name: 'cpu', reason: 'WebGL is unavailable on this device, so training runs on the CPU (slower)' };
}
