// Draws Layer Lab's icon — three columns of units, input to output, joined by their connections — as an
// SVG and as the PNGs a web app manifest wants (192 and 512 px). PNG encoding by hand: zlib + CRC32.
// Run: node scripts/pwa/icons.mjs (the files are committed under public/icons/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = 'public/icons';
const BG = [32, 58, 108];
const LINK = [120, 160, 220];
const NODE = [255, 255, 255];
// Units on a 0..1 canvas: x per column, y per unit.
const COLUMNS = [
  { x: 0.22, ys: [0.25, 0.42, 0.58, 0.75] },
  { x: 0.5, ys: [0.33, 0.5, 0.67] },
  { x: 0.78, ys: [0.42, 0.58] },
];
const R = 0.055;
const nodes = COLUMNS.flatMap((c) => c.ys.map((y) => [c.x, y]));
const links = COLUMNS.slice(1).flatMap((c, i) =>
  COLUMNS[i].ys.flatMap((y0) => c.ys.map((y1) => [COLUMNS[i].x, y0, c.x, y1])),
);

function svg() {
  const line = ([x0, y0, x1, y1]) =>
    `<line x1="${x0 * 512}" y1="${y0 * 512}" x2="${x1 * 512}" y2="${y1 * 512}" stroke="rgb(${LINK})" stroke-width="10"/>`;
  const circle = ([x, y]) => `<circle cx="${x * 512}" cy="${y * 512}" r="${R * 512}" fill="rgb(${NODE})"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="rgb(${BG})"/>${links.map(line).join('')}${nodes.map(circle).join('')}</svg>\n`;
}

/** Distance from point p to segment a–b, all in canvas units. */
function segDist(px, py, [x0, y0, x1, y1]) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - x0 - t * dx, py - y0 - t * dy);
}

/** RGBA pixels, 4× supersampled per axis for smooth edges. Full-bleed background (maskable-safe). */
function raster(size) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const acc = [0, 0, 0];
      for (let sj = 0; sj < S; sj++) {
        for (let si = 0; si < S; si++) {
          const x = (i + (si + 0.5) / S) / size;
          const y = (j + (sj + 0.5) / S) / size;
          let c = BG;
          if (links.some((l) => segDist(x, y, l) < 10 / 1024)) c = LINK;
          if (nodes.some(([nx, ny]) => Math.hypot(x - nx, y - ny) < R)) c = NODE;
          for (let k = 0; k < 3; k++) acc[k] += c[k];
        }
      }
      const o = (j * size + i) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = Math.round(acc[k] / (S * S));
      px[o + 3] = 255;
    }
  }
  return px;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size) {
  const px = raster(size);
  // Each scanline starts with filter byte 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) px.copy(raw, j * (size * 4 + 1) + 1, j * size * 4, (j + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/icon.svg`, svg());
for (const size of [192, 512]) writeFileSync(`${OUT}/icon-${size}.png`, png(size));
console.log(`icons written to ${OUT}/`);
