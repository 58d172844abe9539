// streamMnist against the real generated files over loopback, with the training images' body held back
// after its first part: the dataset is handed over once the first slice is verified, the rest arrives into
// the same buffers, and a corruption past the first slice is reported through `arrival.complete`.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_SLICE } from '../../../src/engine/dataset';
import { DataFileError, streamMnist } from '../../../src/engine/loadMnist';

const dataDir = join(process.cwd(), 'public', 'data');
const trainGz = readFileSync(join(dataDir, 'train-images.idx.gz'));
/** Enough compressed bytes to hold the first slice (10,000 of 60,000 images: a sixth, plus a margin). */
const HEAD = Math.ceil(trainGz.length * 0.3);
let server: Server;
let base = '';
let body = trainGz;
let held: ServerResponse | null = null;

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\/data\//, '');
    if (name !== 'train-images.idx.gz') return res.writeHead(200).end(readFileSync(join(dataDir, name)));
    // The head now, the tail only when the test releases it.
    res.writeHead(200, { 'Content-Length': body.length });
    res.write(body.subarray(0, HEAD));
    held = res;
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => server.close());

const release = () => held!.end(body.subarray(HEAD));

describe('streamMnist', () => {
  it('hands over the first slice while the rest of the training images is held back', async () => {
    body = trainGz;
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
    release();
    await data.arrival!.complete;
    expect(data.arrival!.available).toEqual({ train: 60000, test: 10000 });
    expect(lastImage.some((p) => p > 0)).toBe(true);
  });

  it('reports a corruption past the first slice through arrival.complete, naming the file', async () => {
    body = Buffer.from(trainGz);
    body[body.length - 100] ^= 0xff;
    const data = await streamMnist(base, () => {});
    release();
    const err = await data.arrival!.complete.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as Error).message).toMatch(/train-images\.idx\.gz is corrupted/);
  });
});
