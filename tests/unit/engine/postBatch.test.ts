import { describe, expect, it } from 'vitest';
import { batchPosts } from '../../../src/engine/postBatch';
import type { FromWorker } from '../../../src/wire/protocol';

const status = (step: number): FromWorker => ({
  type: 'status',
  run: 1,
  status: { running: true, step, epoch: 0, stepsPerEpoch: 900, epochs: 1, batch: 64, numTensors: 9, sharedTensors: 0, done: false, ended: null },
});
const metrics = (step: number): FromWorker => ({ type: 'metrics', run: 1, points: [{ step, loss: 1, penalty: null, lr: 0.1 }], examplesPerSec: 1 });
const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('batchPosts', () => {
  it('sends what one run of the code posts as one message, in order', async () => {
    const sent: FromWorker[] = [];
    const post = batchPosts((m) => sent.push(m));
    post(metrics(5));
    post(status(5));
    expect(sent).toEqual([]);
    await nextTask();
    expect(sent).toEqual([{ type: 'batch', msgs: [metrics(5), status(5)] }]);
  });

  it('sends a lone message as itself, and runs in separate tasks separately', async () => {
    const sent: FromWorker[] = [];
    const post = batchPosts((m) => sent.push(m));
    post(status(1));
    await nextTask();
    post(status(2));
    await nextTask();
    expect(sent).toEqual([status(1), status(2)]);
  });

  it('sends before the code awaits anything slower than a microtask (a readback, say)', async () => {
    const sent: FromWorker[] = [];
    const post = batchPosts((m) => sent.push(m));
    post(status(3));
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toEqual([status(3)]);
  });
});
