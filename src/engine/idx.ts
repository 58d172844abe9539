// IDX, the format of the original MNIST files: big-endian header, then raw unsigned bytes.
// Images: magic 2051, count, rows, cols (16-byte header). Labels: magic 2049, count (8-byte header).

export interface IdxArray {
  /** e.g. [60000, 28, 28] for images, [60000] for labels. */
  dims: number[];
  data: Uint8Array;
}

const UNSIGNED_BYTE = 0x08;

/** Decodes an IDX file of unsigned bytes; throws a message naming what is wrong. */
export function decodeIdx(bytes: Uint8Array, name = 'IDX file'): IdxArray {
  if (bytes.byteLength < 8) throw new Error(`${name}: too short to be an IDX file (${bytes.byteLength} bytes)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0);
  const type = (magic >> 8) & 0xff;
  const numDims = magic & 0xff;
  if (magic >>> 16 !== 0 || type !== UNSIGNED_BYTE || numDims < 1 || numDims > 4) {
    throw new Error(`${name}: bad IDX magic number ${magic}`);
  }
  const headerBytes = 4 + 4 * numDims;
  const dims = Array.from({ length: numDims }, (_, i) => view.getUint32(4 + 4 * i));
  const expected = dims.reduce((a, b) => a * b, 1);
  if (bytes.byteLength - headerBytes !== expected) {
    throw new Error(`${name}: expected ${expected} data bytes for dims ${dims.join('×')}, found ${bytes.byteLength - headerBytes}`);
  }
  return { dims, data: bytes.subarray(headerBytes) };
}
