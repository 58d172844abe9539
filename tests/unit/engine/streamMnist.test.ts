// streamMnist against the real generated files over loopback, with the second shard of the training images
// held back: the dataset is handed over once the labels and the first shards are verified, the rest arrives
// into the same buffers, and a corrupted second shard is reported through `arrival.complete`.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SLICE, TRAIN_SHARD_ENDS } from '../../../src/engine/dataset';
import { DataFileError, streamMnist } from '../../../src/engine/loadMnist';

const dataDir = join(process.cwd(), 'public', 'data');
const REST = 'train-images-1.idx.gz';
const restGz = readFileSync(join(dataDir, REST));
let server: Server;
let base = '';
let body = restGz;
let held: ServerResponse | null = null;

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\/data\//, '');
    if (name !== REST) return res.writeHead(200).end(readFileSync(join(dataDir, name)));
    held = res; // answered when the test releases it
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => server.close());

const release = () => held!.writeHead(200).end(body);

describe('streamMnist', () => {
  it('finds the training images cut where epoch 0 moves to the next shard (TRAIN_SHARD_ENDS)', () => {
    const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { files: Record<string, { shards: { count: number }[] }> };
    const ends: number[] = [];
    for (const shard of manifest.files['train-images.idx.gz'].shards) ends.push((ends.at(-1) ?? 0) + shard.count);
    expect(ends).toEqual([...TRAIN_SHARD_ENDS, 60000]);
  });

  it('hands over the first shards while the rest of the training images is held back', async () => {
    body = restGz;
    held = null;
    const seen: number[] = [];
    const data = await streamMnist(base, (loaded, total) => seen.push(loaded / total));
    expect(data.arrival!.available.train).toBe(FIRST_SLICE.train);
    expect(data.arrival!.available.test).toBeGreaterThanOrEqual(FIRST_SLICE.test);
    expect(data.arrival!.isComplete).toBe(false);
    expect(seen.at(-1)!).toBeLessThan(1);
    // The first slice's pixels are there; the last image is not yet.
    const lastImage = data.train.images.subarray(59999 * 784);
    expect(data.train.images.subarray(0, FIRST_SLICE.train * 784).some((p) => p > 0)).toBe(true);
    expect(lastImage.every((p) => p === 0)).toBe(true);
    await expect.poll(() => held, { timeout: 20_000 }).not.toBeNull();
    release();
    await data.arrival!.complete;
    expect(data.arrival!.available).toEqual({ train: 60000, test: 10000 });
    expect(lastImage.some((p) => p > 0)).toBe(true);
    expect(Array.from(data.train.labels.subarray(0, 5))).toEqual([5, 0, 4, 1, 9]);
  });

  it('asks for the second shards only once restWhen settles', async () => {
    body = restGz;
    held = null;
    let go: () => void = () => undefined;
    const restWhen = new Promise<void>((r) => (go = r));
    const requested: string[] = [];
    const data = await streamMnist(base, (_l, _t, file) => requested.push(file), restWhen);
    // The first shards and labels are in; nothing of the second shards has been asked for.
    await new Promise((r) => setTimeout(r, 300));
    expect(held).toBeNull();
    expect(requested).not.toContain(REST);
    go();
    await expect.poll(() => held, { timeout: 20_000 }).not.toBeNull();
    release();
    await data.arrival!.complete;
    expect(data.arrival!.available).toEqual({ train: 60000, test: 10000 });
  });

  it('reports a corrupted second shard through arrival.complete, naming the file', async () => {
    body = Buffer.from(restGz);
    body[body.length - 100] ^= 0xff;
    held = null;
    const data = await streamMnist(base, () => {});
    await expect.poll(() => held, { timeout: 20_000 }).not.toBeNull();
    release();
    const err = await data.arrival!.complete.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as Error).message).toMatch(/train-images-1\.idx\.gz is corrupted/);
  });
});
