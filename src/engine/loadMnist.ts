// Fetches the gzipped IDX files from the app's own origin, shows progress, inflates them and checks each
// against the SHA-256 in the manifest written by scripts/prepare-data.mjs.
import { splitFromIdx, type Dataset } from './dataset';

export const DATA_DIR = 'data';
const REGENERATE = 'Regenerate it with `npm run prepare-data` (or reinstall with `npm install`).';

interface ManifestEntry {
  count: number;
  bytes: number;
  gzipBytes: number;
  sha256: string;
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

async function readAll(res: Response, onBytes: (n: number) => void): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    total += value.byteLength;
    onBytes(value.byteLength);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** A dev server may already have inflated the file (Content-Encoding: gzip): only gunzip real gzip bytes. */
async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
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

/** Loads and verifies all of MNIST. `baseUrl` is the app's base (data lives in `<base>data/`). */
export async function loadMnist(baseUrl: string, onProgress: ProgressFn): Promise<Dataset> {
  const dir = new URL(`${DATA_DIR}/`, baseUrl);
  let manifest: Manifest;
  try {
    manifest = (await (await fetchOk(new URL('manifest.json', dir).href, 'manifest.json')).json()) as Manifest;
  } catch (e) {
    if (e instanceof DataFileError) throw e;
    throw new DataFileError('manifest.json', 'is not valid JSON');
  }
  const totalBytes = DATA_FILES.reduce((s, f) => s + (manifest.files?.[f]?.gzipBytes ?? 0), 0);
  let loaded = 0;
  const files = await Promise.all(
    DATA_FILES.map(async (file) => {
      const entry = manifest.files?.[file];
      if (!entry) throw new DataFileError(file, 'is not listed in manifest.json');
      const res = await fetchOk(new URL(file, dir).href, file);
      const raw = await readAll(res, (n) => {
        loaded += n;
        onProgress(Math.min(loaded, totalBytes), totalBytes, file);
      });
      let bytes: Uint8Array;
      try {
        bytes = await gunzipIfNeeded(raw);
      } catch {
        throw new DataFileError(file, 'is corrupted (not valid gzip)');
      }
      if (bytes.byteLength !== entry.bytes || (await sha256Hex(bytes)) !== entry.sha256) {
        throw new DataFileError(file, 'is corrupted (checksum mismatch)');
      }
      return bytes;
    }),
  );
  onProgress(totalBytes, totalBytes, 'done');
  return {
    train: splitFromIdx(files[0], files[1], 'train'),
    test: splitFromIdx(files[2], files[3], 'test'),
  };
}
