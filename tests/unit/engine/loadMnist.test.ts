// loadMnist runs in the Worker; Node 20 has the same fetch, DecompressionStream and crypto.subtle, so it is
// tested here against the real generated files served over loopback, with one file corrupted or missing.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataFileError, loadMnist } from '../../../src/engine/loadMnist';

const dataDir = join(process.cwd(), 'public', 'data');
let server: Server;
let base = '';
/** path → replacement body, or null for a 404 */
const faults = new Map<string, Buffer | null>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\/(ok|bad|inflated)\/data\//, '');
    // As vite preview does for .gz files: the stored gzip bytes with Content-Encoding: gzip, so fetch inflates.
    if (req.url?.startsWith('/inflated/') && name.endsWith('.gz')) {
      res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(readFileSync(join(dataDir, name)));
      return;
    }
    const fault = req.url?.startsWith('/bad/') ? faults.get(name) : undefined;
    if (fault === null) {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200).end(fault ?? readFileSync(join(dataDir, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('loadMnist', () => {
  it('loads and verifies all four files, reporting progress up to the total', async () => {
    const seen: number[] = [];
    const data = await loadMnist(`${base}/ok/`, (loaded, total) => seen.push(loaded / total));
    expect(data.train.count).toBe(60000);
    expect(data.test.count).toBe(10000);
    expect(Array.from(data.train.labels.subarray(0, 5))).toEqual([5, 0, 4, 1, 9]);
    expect(seen.at(-1)).toBe(1);
    expect(seen.some((f) => f > 0 && f < 1)).toBe(true);
  });

  it('names a corrupted file and how to regenerate it', async () => {
    const gz = readFileSync(join(dataDir, 'test-labels.idx.gz'));
    const corrupted = Buffer.from(gz);
    corrupted[corrupted.length - 20] ^= 0xff;
    faults.clear();
    faults.set('test-labels.idx.gz', corrupted);
    const err = await loadMnist(`${base}/bad/`, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileError);
    expect((err as Error).message).toMatch(/test-labels\.idx\.gz is corrupted/);
    expect((err as Error).message).toMatch(/npm run prepare-data/);
  });

  it('reads a server-inflated response (Content-Encoding: gzip) into the same bytes, progress still ending at the total', async () => {
    const seen: number[] = [];
    const [inflated, stored] = await Promise.all([loadMnist(`${base}/inflated/`, (loaded, total) => seen.push(loaded / total)), loadMnist(`${base}/ok/`, () => {})]);
    expect(Buffer.from(inflated.train.images).equals(Buffer.from(stored.train.images))).toBe(true);
    expect(Buffer.from(inflated.test.labels).equals(Buffer.from(stored.test.labels))).toBe(true);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f) => f <= 1)).toBe(true);
  });

  it('calls a file longer than its manifest says corrupted, without writing past its buffer', async () => {
    const gz = readFileSync(join(dataDir, 'test-labels.idx.gz'));
    faults.clear();
    faults.set('test-labels.idx.gz', Buffer.concat([gunzipSync(gz), Buffer.alloc(4096, 7)]));
    await expect(loadMnist(`${base}/bad/`, () => {})).rejects.toThrow(/test-labels\.idx\.gz is corrupted \(checksum mismatch\)/);
  });

  it('names a missing file', async () => {
    faults.clear();
    faults.set('train-images-0.idx.gz', null);
    await expect(loadMnist(`${base}/bad/`, () => {})).rejects.toThrow(/train-images-0\.idx\.gz is missing \(HTTP 404\)/);
  });
});
