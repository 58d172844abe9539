// MNIST-style preprocessing of a drawing, as LeCun et al. prepared the digits: crop to the ink's bounding
// box, scale so its longer side is 20 px (aspect kept), and place it in a 28 × 28 frame with its centre of
// mass at the centre. White on black, intensities in [0, 1]; the engine standardises them like training data.

const SIZE = 28;
const BOX = 20;
const INK = 0.05;

/**
 * `ink` is [h × w] row-major intensities in [0, 1] (1 = ink). Returns [784] in [0, 1]; all zeros when blank.
 */
export function toMnist(ink: ArrayLike<number>, w: number, h: number): Float32Array {
  const out = new Float32Array(SIZE * SIZE);
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (ink[y * w + x] > INK) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  if (x1 < 0) return out;
  const bw = x1 - x0 + 1;
  const bh = y1 - y0 + 1;
  const scale = BOX / Math.max(bw, bh);
  const tw = Math.max(1, Math.round(bw * scale));
  const th = Math.max(1, Math.round(bh * scale));
  // Box filter by supersampling: s × s source samples per target pixel (enough to see every source pixel).
  const s = Math.min(16, Math.max(2, Math.ceil(1 / scale)));
  const small = new Float32Array(tw * th);
  for (let ty = 0; ty < th; ty++) {
    for (let tx = 0; tx < tw; tx++) {
      let sum = 0;
      for (let j = 0; j < s; j++) {
        const sy = Math.min(y1, y0 + Math.floor(((ty + (j + 0.5) / s) * bh) / th));
        for (let i = 0; i < s; i++) {
          const sx = Math.min(x1, x0 + Math.floor(((tx + (i + 0.5) / s) * bw) / tw));
          sum += ink[sy * w + sx];
        }
      }
      small[ty * tw + tx] = sum / (s * s);
    }
  }
  // Centre of mass in pixel-centre coordinates, moved to the frame's centre (14, 14).
  let m = 0, mx = 0, my = 0;
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) {
      const v = small[y * tw + x];
      m += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  const ox = Math.round(SIZE / 2 - mx / m);
  const oy = Math.round(SIZE / 2 - my / m);
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) {
      const X = x + ox;
      const Y = y + oy;
      if (X >= 0 && X < SIZE && Y >= 0 && Y < SIZE) out[Y * SIZE + X] = Math.min(1, small[y * tw + x]);
    }
  }
  return out;
}
