// A canvas to draw a digit on (pointer: mouse, pen or finger); the class probabilities update as the stroke
// grows. The drawing goes through the same preprocessing MNIST's digits went through (see preprocess.ts).
import { useEffect, useRef } from 'react';
import { usePredictions } from '../../state/predictionsStore';
import { toMnist } from './preprocess';

const SIDE = 196;
/** Pen width ≈ MNIST stroke width (~2.5 px of 28) after scaling the box to 20 px. */
const PEN = 16;

export function DrawPad() {
  const ref = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const probs = usePredictions((s) => s.probs);
  const requestProbs = usePredictions((s) => s.requestProbs);
  const clearProbs = usePredictions((s) => s.clear);

  const clear = () => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, SIDE, SIDE);
    clearProbs();
  };
  useEffect(clear, [clearProbs]);

  const send = () => {
    const ctx = ref.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const rgba = ctx.getImageData(0, 0, SIDE, SIDE).data;
    const ink = new Float32Array(SIDE * SIDE);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4] / 255;
    requestProbs(toMnist(ink, SIDE, SIDE));
  };

  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * SIDE) / r.width, y: ((e.clientY - r.top) * SIDE) / r.height };
  };
  const draw = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx || !last.current) return;
    const p = at(e);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = PEN;
    ctx.lineCap = 'round';
    ctx.beginPath();
    ctx.moveTo(last.current.x, last.current.y);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    last.current = p;
    send();
  };

  const best = probs ? probs.indexOf(Math.max(...probs)) : -1;
  return (
    <div className="draw-pad">
      <canvas
        ref={ref}
        width={SIDE}
        height={SIDE}
        aria-label="Drawing area: draw a digit with the mouse, a pen or a finger"
        data-draw-pad
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          last.current = at(e);
          draw(e);
        }}
        onPointerMove={draw}
        onPointerUp={() => (last.current = null)}
        onPointerCancel={() => (last.current = null)}
      />
      <button type="button" onClick={clear} data-action="clear-drawing">
        Clear drawing
      </button>
      <ol className="probs" start={0} aria-label="Class probabilities of the drawing" data-probs>
        {[...Array(10).keys()].map((d) => {
          const p = probs?.[d] ?? 0;
          return (
            <li key={d} className={d === best ? 'best' : undefined} data-prob={d}>
              <span className="prob-digit">{d}</span>
              <span className="prob-bar" style={{ width: `${p * 100}%` }} />
              <span className="prob-value">{probs ? `${(p * 100).toFixed(1)}%` : '–'}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
