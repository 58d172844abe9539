// The surface as a contour map, with every optimizer's path drawn over it, revealed step by step (about two
// seconds for the whole race) so the racers can be followed. The map is sampled once per surface.
import { useEffect, useMemo, useRef } from 'react';
import { surfaceById, type SurfaceId } from '../../catalog/surfaces';
import type { OptPath } from '../../state/types';
import { colorAt } from '../charts/palette';
import { paintContour, sampleField, toPixel } from './contour';

const WIDTH = 480;
const FRAMES = 120;

export function PathsCanvas({ surface, paths, start }: { surface: SurfaceId; paths: OptPath[]; start: readonly [number, number] }) {
  const s = surfaceById[surface];
  const height = Math.round(Math.min(480, Math.max(240, (WIDTH * (s.box[3] - s.box[2])) / (s.box[1] - s.box[0]))));
  // Plain numbers on the page: 160 × ~120 evaluations, well under a millisecond per surface.
  const field = useMemo(() => sampleField(s.ref, s.box, 160, Math.round((160 * height) / WIDTH)), [s, height]);
  const ref = useRef<HTMLCanvasElement>(null);
  const base = useRef<ImageData | null>(null);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    paintContour(ctx, field, WIDTH, height);
    base.current = ctx.getImageData(0, 0, WIDTH, height);
  }, [field, height]);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !base.current) return;
    const px = toPixel(s.box, WIDTH, height);
    const longest = Math.max(1, ...paths.map((p) => p.loss.length));
    let frame = 0;
    let raf = 0;
    const draw = () => {
      frame++;
      const upTo = Math.ceil((longest * frame) / FRAMES);
      ctx.putImageData(base.current!, 0, 0);
      paths.forEach((p, k) => {
        ctx.strokeStyle = colorAt(k);
        ctx.lineWidth = 2;
        ctx.beginPath();
        const n = Math.min(upTo, p.loss.length);
        for (let i = 0; i < n; i++) {
          const [x, y] = px(p.xy[2 * i], p.xy[2 * i + 1]);
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        }
        ctx.stroke();
        if (n > 0) {
          const [x, y] = px(p.xy[2 * n - 2], p.xy[2 * n - 1]);
          ctx.fillStyle = colorAt(k);
          ctx.beginPath();
          ctx.arc(x, y, 4, 0, 2 * Math.PI);
          ctx.fill();
        }
      });
      const [sx, sy] = px(start[0], start[1]);
      ctx.strokeStyle = '#000';
      ctx.strokeRect(sx - 4, sy - 4, 8, 8);
      if (frame < FRAMES) raf = requestAnimationFrame(draw);
    };
    raf = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(raf);
  }, [paths, s, height, start, field]);

  return (
    <canvas
      ref={ref}
      width={WIDTH}
      height={height}
      className="paths-canvas"
      role="img"
      aria-label={`Contour map of the ${s.label} surface with ${paths.length} optimizer paths`}
    />
  );
}
