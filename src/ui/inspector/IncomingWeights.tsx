// A unit's incoming weights: for the first layer its 784 weights as a 28 × 28 image (the diverging palette
// of the weight images, on this unit's own symmetric scale); deeper, a bar per weight, sorted from the most
// positive to the most negative, so the shape of the weight distribution reads at a glance.
import { useEffect, useRef } from 'react';
import { IMAGE_SIZE } from '../../state/types';
import { formatStat } from '../format';
import { divergingColor, SIDE, unitPixels } from '../weights/weightImage';

const BAR_W = 240;
const BAR_H = 60;

function maxAbsOf(values: Float32Array): number {
  let m = 0;
  for (const v of values) m = Math.max(m, Math.abs(v));
  return m;
}

export function IncomingWeights({ values, label }: { values: Float32Array; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const image = values.length === IMAGE_SIZE;
  const maxAbs = maxAbsOf(values);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    if (image) return ctx.putImageData(new ImageData(unitPixels(values, 0, maxAbs), SIDE, SIDE), 0, 0);
    // Sorted bars in one pass: positive up from the middle line, negative down.
    ctx.clearRect(0, 0, BAR_W, BAR_H);
    const sorted = Array.from(values).sort((a, b) => b - a);
    const w = BAR_W / sorted.length;
    sorted.forEach((v, i) => {
      const [r, g, b] = divergingColor(v, maxAbs);
      const h = maxAbs > 0 ? (Math.abs(v) / maxAbs) * (BAR_H / 2) : 0;
      ctx.fillStyle = `rgb(${r},${g},${b})`;
      ctx.fillRect(i * w, v >= 0 ? BAR_H / 2 - h : BAR_H / 2, Math.max(w, 1), h);
    });
  }, [values, maxAbs, image]);
  const text = `${label}: ${values.length} incoming weights${image ? ' as a 28 × 28 image' : ', sorted'}, scale ±${formatStat(maxAbs)}`;
  return (
    <figure className="inspector-weights">
      <canvas
        ref={ref}
        className={image ? 'inspector-image' : 'inspector-bars'}
        width={image ? SIDE : BAR_W}
        height={image ? SIDE : BAR_H}
        role="img"
        aria-label={text}
        data-incoming={values.length}
      />
      <figcaption className="caption-note">
        Incoming weights{image ? ' (red +, blue −)' : ', sorted (red +, blue −)'} · scale ±{formatStat(maxAbs)}
      </figcaption>
    </figure>
  );
}
