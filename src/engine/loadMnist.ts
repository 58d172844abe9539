// Fetches the gzipped IDX files from the app's own origin, shows progress, inflates them and checks each
// against the SHA-256 in the manifest written by scripts/prepare-data.mjs. The image files come in shards
// (the first images, then the next ones): streamMnist returns once the labels and every first shard are
// verified, and the later shards keep arriving, in order, into the same buffers while training starts; the
// dataset's Arrival says how far they got. loadMnist waits for everything.
import { Arrival, type SplitName } from './arrival';
import { splitFromIdx, type Dataset } from './dataset';

export const DATA_DIR = 'data';
const REGENERATE = 'Regenerate it with `npm run prepare-data` (or reinstall with `npm install`).';

interface Stored {
  /** Items (images or labels) in these bytes. */
  count: number;
  /** Uncompressed bytes. */
  bytes: number;
  gzipBytes: number;
  /** Of the uncompressed bytes. */
  sha256: string;
}
interface ManifestEntry extends Stored {
  /** Where the file is stored in pieces: inflated and concatenated in order, they are the file. */
  shards?: (Stored & { file: string })[];
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

/** The stream of a response's body, calling `onBytes` with each chunk's size as it is read. */
function counted(res: Response, onBytes: (n: number) => void): ReadableStream<Uint8Array> {
  const body = res.body ?? new Blob([]).stream();
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        onBytes(chunk.byteLength);
        out.enqueue(chunk);
      },
    }),
  );
}

/** `stream` with its first chunk read: gzip bytes start 1f 8b (a server that sends Content-Encoding: gzip has
 * already inflated them). */
async function startsWithGzip(stream: ReadableStream<Uint8Array>): Promise<[boolean, ReadableStream<Uint8Array>]> {
  const [peek, whole] = stream.tee();
  const reader = peek.getReader();
  const { value } = await reader.read();
  void reader.cancel();
  return [value !== undefined && value[0] === 0x1f && value[1] === 0x8b, whole];
}

/**
 * Reads `stream` (inflating it when it is gzip) straight into `out` from `offset`, chunk by chunk: no list of
 * chunks and no second copy of a 39 MB shard. Returns the number of bytes written; more than `limit` is an error
 * (the caller names the file).
 */
async function inflateInto(stream: ReadableStream<Uint8Array>, out: Uint8Array, offset: number, limit: number): Promise<number> {
  const [gzip, whole] = await startsWithGzip(stream);
  // (The DOM types declare DecompressionStream's input as any BufferSource; Uint8Array chunks are one.)
  const inflate = new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  const bytes = gzip ? whole.pipeThrough(inflate) : whole;
  const reader = bytes.getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return at;
    if (at + value.byteLength > limit) {
      void reader.cancel();
      return limit + 1;
    }
    out.set(value, offset + at);
    at += value.byteLength;
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

const SPLIT_OF: Record<string, SplitName> = { 'train-images.idx.gz': 'train', 'test-images.idx.gz': 'test' };

/**
 * Loads and verifies all of MNIST, shard by shard; resolves once the labels and the first shard of each
 * image file are verified, with the dataset's `arrival` tracking the rest (its `complete` rejects with a
 * DataFileError when a later shard is missing or corrupted). `baseUrl` is the app's base (data lives in
 * `<base>data/`).
 *
 * Order on the wire: the labels and the first shards together, then each file's later shards in order, so on a
 * slow link the data training starts on does not share the bandwidth with the rest. The later shards start
 * once `restWhen` settles: taking in the 39 MB of training images (inflate, copy, SHA-256: ~0.5 s of this
 * thread) while the first run is built and takes its first step delayed that step by as much.
 */
export async function streamMnist(baseUrl: string, onProgress: ProgressFn, restWhen: Promise<unknown> = Promise.resolve()): Promise<Dataset> {
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
  const arrival = new Arrival({ train: entries[0].count, test: entries[2].count });
  const buffers = entries.map((e) => new Uint8Array(e.bytes));

  /** Fetches, inflates and verifies one stored piece, and copies it into the file's buffer at `offset`. */
  async function loadPiece(piece: Stored & { file: string }, out: Uint8Array, offset: number): Promise<void> {
    const { file } = piece;
    const res = await fetchOk(new URL(file, dir).href, file);
    // Progress counts compressed bytes. A server that sends Content-Encoding: gzip hands over inflated bytes:
    // scale them back, so the bar never reaches its end while a piece is still on its way.
    const scale = /gzip/i.test(res.headers.get('content-encoding') ?? '') ? piece.gzipBytes / piece.bytes : 1;
    let sent = 0;
    const stream = counted(res, (n) => {
      const next = Math.min(piece.gzipBytes, sent + n * scale);
      loaded += next - sent;
      sent = next;
      onProgress(Math.min(Math.round(loaded), totalBytes), totalBytes, file);
    });
    let written: number;
    try {
      written = await inflateInto(stream, out, offset, Math.min(piece.bytes, out.byteLength - offset));
    } catch {
      throw new DataFileError(file, 'is corrupted (not valid gzip)');
    }
    const bytes = out.subarray(offset, offset + written);
    if (written !== piece.bytes || (await sha256Hex(bytes)) !== piece.sha256) {
      throw new DataFileError(file, 'is corrupted (checksum mismatch)');
    }
  }

  // Every file's pieces, with the uncompressed offset each starts at and the items available once it is in.
  const pieces = DATA_FILES.map((name, i) => {
    const e = entries[i];
    const stored = e.shards ?? [{ ...e, file: name }];
    let offset = 0;
    let count = 0;
    return stored.map((p) => {
      const at = { piece: p, offset, through: (count += p.count) };
      offset += p.bytes;
      return at;
    });
  });
  const loadFirst = (i: number) => loadPiece(pieces[i][0].piece, buffers[i], 0);
  // Whichever first piece fails first is the error shown.
  await Promise.all(DATA_FILES.map((_, i) => loadFirst(i)));
  DATA_FILES.forEach((name, i) => SPLIT_OF[name] && arrival.advance(SPLIT_OF[name], pieces[i][0].through));

  // The rest, in order per file (a split's available images are always a prefix).
  const rest = DATA_FILES.map(async (name, i) => {
    await restWhen.catch(() => undefined);
    for (const { piece, offset, through } of pieces[i].slice(1)) {
      await loadPiece(piece, buffers[i], offset);
      if (SPLIT_OF[name]) arrival.advance(SPLIT_OF[name], through);
    }
  });
  Promise.all(rest).then(
    () => onProgress(totalBytes, totalBytes, 'done'),
    (e: unknown) => arrival.fail(e),
  );
  return {
    train: splitFromIdx(buffers[0], buffers[1], 'train'),
    test: splitFromIdx(buffers[2], buffers[3], 'test'),
    arrival,
  };
}

/** Loads and verifies all of MNIST (waits for every file). */
export async function loadMnist(baseUrl: string, onProgress: ProgressFn): Promise<Dataset> {
  const data = await streamMnist(baseUrl, onProgress);
  await data.arrival?.complete;
  return data;
}
