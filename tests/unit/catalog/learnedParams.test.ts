// Parameters beyond W and b really train: PReLU's slopes and batch norm's γ/β move under the Trainer.
import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src/experiment/engineConfig';
import { Trainer } from '../../../src/engine/trainer';
import { defaultConfig } from '../../../src/experiment/schema';
import { loadMnistFromPackage } from '../engine/mnistFixture';
import { leakedBy, tf } from '../engine/tf';

const data = loadMnistFromPackage();
const cfg = (over: Partial<EngineConfig>): EngineConfig => ({ ...defaultConfig(), layers: [16], lr: 0.01, ...over });

function train(t: Trainer, n: number): void {
  for (let i = 0; i < n; i++) {
    const r = t.trainStep();
    tf.dispose([r.loss, ...(r.penalty ? [r.penalty] : [])]);
  }
}

const maxAbsChange = (after: Float32Array | Int32Array | Uint8Array, start: number) =>
  Math.max(...Array.from(after, (v) => Math.abs(v - start)));

describe('learned parameters change during training', () => {
  it('PReLU slopes move away from 0.25', async () => {
    const leaked = await leakedBy(async () => {
      const t = new Trainer(tf, data, cfg({ act: 'prelu' }));
      const slope = t.mlp.hidden[0].actParams[0];
      expect(t.vars).toContain(slope);
      train(t, 10);
      expect(maxAbsChange(await slope.data(), 0.25)).toBeGreaterThan(1e-3);
      t.dispose();
    });
    expect(leaked).toBe(0);
  });

  it('batch norm γ leaves 1 and β leaves 0', async () => {
    const leaked = await leakedBy(async () => {
      const t = new Trainer(tf, data, cfg({ bn: true }));
      const bn = t.mlp.hidden[0].bn!;
      train(t, 10);
      expect(maxAbsChange(await bn.gamma.data(), 1)).toBeGreaterThan(1e-3);
      expect(maxAbsChange(await bn.beta.data(), 0)).toBeGreaterThan(1e-3);
      t.dispose();
    });
    expect(leaked).toBe(0);
  });
});
