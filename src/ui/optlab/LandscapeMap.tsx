// The 2-D slice of the loss around the current weights as a contour map, the training trajectory projected
// onto the same two directions drawn over it (θ₀ hollow, the current weights at the centre as a cross).
import { useEffect, useRef } from 'react';
import type { LandscapeResult } from '../../state/types';
import { paintContour, toPixel } from './contour';

const SIZE = 360;

export function LandscapeMap({ result }: { result: LandscapeResult }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const { grid, span, values, trajectory } = result;
    paintContour(ctx, { cols: grid, rows: grid, values }, SIZE, SIZE);
    // Cell centres: the grid's points sit at ±span, so the drawn box is half a cell wider on each side.
    const half = span / Math.max(1, grid - 1);
    const px = toPixel([-span - half, span + half, -span - half, span + half], SIZE, SIZE);
    const n = trajectory.steps.length;
    ctx.strokeStyle = '#D55E00';
    ctx.fillStyle = '#D55E00';
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (let i = 0; i < n; i++) {
      const [x, y] = px(trajectory.xy[2 * i], trajectory.xy[2 * i + 1]);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
    for (let i = 0; i < n; i++) {
      const [x, y] = px(trajectory.xy[2 * i], trajectory.xy[2 * i + 1]);
      ctx.beginPath();
      ctx.arc(x, y, 3, 0, 2 * Math.PI);
      if (i === 0) ctx.stroke();
      else ctx.fill();
    }
    const [cx, cy] = px(0, 0);
    ctx.strokeStyle = '#000';
    ctx.beginPath();
    ctx.moveTo(cx - 6, cy);
    ctx.lineTo(cx + 6, cy);
    ctx.moveTo(cx, cy - 6);
    ctx.lineTo(cx, cy + 6);
    ctx.stroke();
  }, [result]);
  return (
    <canvas
      ref={ref}
      width={SIZE}
      height={SIZE}
      className="landscape-canvas"
      role="img"
      aria-label={`Loss on a ${result.grid} × ${result.grid} grid around the current weights, with the training trajectory`}
    />
  );
}
