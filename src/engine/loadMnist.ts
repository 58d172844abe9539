// Fetches the gzipped IDX files from the app's own origin, shows progress, inflates them as they stream in and
// checks each against the SHA-256 in the manifest written by scripts/prepare-data.mjs. streamMnist returns as
// soon as a first slice (all labels, the first images of each split, each slice checked against its own
// SHA-256) is there; the rest keeps streaming into the same buffers, and the dataset's Arrival says how far
// it got. loadMnist waits for everything.
import { Arrival, type SplitName } from './arrival';
import { FIRST_SLICE, splitFromIdx, type Dataset } from './dataset';

export const DATA_DIR = 'data';
const REGENERATE = 'Regenerate it with `npm run prepare-data` (or reinstall with `npm install`).';

interface ManifestEntry {
  count: number;
  bytes: number;
  gzipBytes: number;
  sha256: string;
  /** Image files: the first `count` images (with the header: `bytes` uncompressed bytes) and their SHA-256. */
  prefix?: { count: number; bytes: number; sha256: string };
}
export interface Manifest {
  files: Record<string, ManifestEntry>;
}

export const DATA_FILES = ['train-images.idx.gz', 'train-labels.idx.gz', 'test-images.idx.gz', 'test-labels.idx.gz'];

export type ProgressFn = (loadedBytes: number, totalBytes: number, file: string) => void;

/** Thrown for a missing or corrupted data file; the message names the file and the fix. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`Data file ${file} ${problem}. ${REGENERATE}`);
    this.name = 'DataFileError';
  }
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function fetchOk(url: string, file: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new DataFileError(file, 'could not be fetched');
  }
  if (!res.ok) throw new DataFileError(file, `is missing (HTTP ${res.status})`);
  return res;
}

/** Reads a body into `out` as it arrives, inflating real gzip bytes (a dev server may already have inflated
 * them: Content-Encoding: gzip). `onData(n)` is told how many bytes of `out` are filled; `onWire(n)` how many
 * bytes came over the wire. Returns the number of bytes written. */
async function streamInto(
  res: Response,
  out: Uint8Array,
  file: string,
  onWire: (n: number) => void,
  onData: (filled: number) => Promise<void>,
): Promise<number> {
  const wire = (res.body ?? new Blob([await res.arrayBuffer()]).stream()).getReader();
  const first = await wire.read();
  const isGzip = !first.done && first.value[0] === 0x1f && first.value[1] === 0x8b;
  // Re-assemble the stream with its first chunk (already read to sniff the magic bytes), counting wire bytes.
  const counted = new ReadableStream<Uint8Array>({
    start(c) {
      if (first.done) return c.close();
      onWire(first.value.byteLength);
      c.enqueue(first.value);
    },
    async pull(c) {
      const { done, value } = await wire.read();
      if (done) return c.close();
      onWire(value.byteLength);
      c.enqueue(value);
    },
  });
  const plain = isGzip ? counted.pipeThrough(new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>) : counted;
  const reader = plain.getReader();
  let filled = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new DataFileError(file, 'is corrupted (not valid gzip)');
    }
    if (chunk.done) return filled;
    if (filled + chunk.value.byteLength > out.byteLength) throw new DataFileError(file, 'is corrupted (checksum mismatch)');
    out.set(chunk.value, filled);
    filled += chunk.value.byteLength;
    await onData(filled);
  }
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Which split an image file fills, and how many of its images the first slice needs. */
const IMAGE_FILES: Record<string, { split: SplitName; slice: number }> = {
  'train-images.idx.gz': { split: 'train', slice: FIRST_SLICE.train },
  'test-images.idx.gz': { split: 'test', slice: FIRST_SLICE.test },
};

/**
 * Streams and verifies all of MNIST; resolves once the first slice is verified, with the dataset's `arrival`
 * tracking the rest (its `complete` rejects with a DataFileError if a later part is missing or corrupted).
 * `baseUrl` is the app's base (data lives in `<base>data/`).
 *
 * Order on the wire: the labels and the training images start at once; the test images start once the
 * first training slice is in, so on a slow link the two slices do not share the bandwidth.
 */
export async function streamMnist(baseUrl: string, onProgress: ProgressFn): Promise<Dataset> {
  const dir = new URL(`${DATA_DIR}/`, baseUrl);
  let manifest: Manifest;
  try {
    manifest = (await (await fetchOk(new URL('manifest.json', dir).href, 'manifest.json')).json()) as Manifest;
  } catch (e) {
    if (e instanceof DataFileError) throw e;
    throw new DataFileError('manifest.json', 'is not valid JSON');
  }
  const entries = DATA_FILES.map((file) => {
    const entry = manifest.files?.[file];
    if (!entry) throw new DataFileError(file, 'is not listed in manifest.json');
    return entry;
  });
  const totalBytes = entries.reduce((s, e) => s + (e.gzipBytes ?? 0), 0);
  let loaded = 0;
  const onWire = (file: string) => (n: number) => {
    loaded += n;
    onProgress(Math.min(loaded, totalBytes), totalBytes, file);
  };
  const arrival = new Arrival({ train: entries[0].count, test: entries[2].count });
  const buffers = entries.map((e) => new Uint8Array(e.bytes));
  /** Resolves when a file's first slice (the whole file when it has none) is verified. */
  const sliceReady = DATA_FILES.map(() => deferred());

  async function load(i: number): Promise<void> {
    const file = DATA_FILES[i];
    const entry = entries[i];
    const out = buffers[i];
    const image = IMAGE_FILES[file];
    // An old manifest without a slice hash (or a slice of another size) just means no early start.
    const prefix = image && entry.prefix?.count === image.slice ? entry.prefix : null;
    let prefixDone = false;
    const res = await fetchOk(new URL(file, dir).href, file);
    const filled = await streamInto(res, out, file, onWire(file), async (n) => {
      if (!prefix || prefixDone || n < prefix.bytes) return;
      prefixDone = true;
      if ((await sha256Hex(out.subarray(0, prefix.bytes))) !== prefix.sha256) {
        throw new DataFileError(file, 'is corrupted (checksum mismatch)');
      }
      arrival.advance(image.split, prefix.count);
      sliceReady[i].resolve();
    });
    if (filled !== entry.bytes || (await sha256Hex(out)) !== entry.sha256) {
      throw new DataFileError(file, 'is corrupted (checksum mismatch)');
    }
    if (image) arrival.advance(image.split, entry.count);
    sliceReady[i].resolve();
  }

  const run = (i: number) =>
    load(i).catch((e: unknown) => {
      sliceReady[i].reject(e);
      arrival.fail(e);
    });
  const [trainImages, trainLabels, testImages, testLabels] = [0, 1, 2, 3];
  const all = [run(trainImages), run(trainLabels), run(testLabels)];
  all.push(sliceReady[trainImages].promise.then(() => run(testImages), () => undefined));
  void Promise.all(all).then(() => arrival.isComplete && onProgress(totalBytes, totalBytes, 'done'));
  // Whichever of the slices fails first is the error to show (the others may still be waiting).
  sliceReady.forEach((r) => r.promise.catch(() => undefined));
  await Promise.all(sliceReady.map((r) => r.promise));
  return {
    train: splitFromIdx(buffers[trainImages], buffers[trainLabels], 'train'),
    test: splitFromIdx(buffers[testImages], buffers[testLabels], 'test'),
    arrival,
  };
}

/** Loads and verifies all of MNIST (waits for every file). */
export async function loadMnist(baseUrl: string, onProgress: ProgressFn): Promise<Dataset> {
  const data = await streamMnist(baseUrl, onProgress);
  await data.arrival?.complete;
  return data;
}
