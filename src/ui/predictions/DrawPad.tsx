// A canvas to draw a digit on (pointer: mouse, pen or finger); the class probabilities update as the stroke
// grows. The drawing goes through the same preprocessing MNIST's digits went through (see preprocess.ts).
import { useEffect, useRef } from 'react';
import { usePredictions } from '../../state/predictionsStore';
import { formatPercent } from '../format';
import { toMnist } from './preprocess';

const SIDE = 196;
/** Pen width ≈ MNIST stroke width (~2.5 px of 28) after scaling the box to 20 px. */
const PEN = 16;
/** Less ink than this fraction of the pad (about three dots of the pen) is not a digit: no prediction. */
const MIN_INK = 0.015;

/** Every read of the pad asks for the CPU-backed canvas (the first getContext call decides it). */
const context = (c: HTMLCanvasElement | null) => c?.getContext('2d', { willReadFrequently: true }) ?? null;

export function DrawPad() {
  const ref = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const probs = usePredictions((s) => s.probs);
  const requestProbs = usePredictions((s) => s.requestProbs);

  const clear = () => {
    const ctx = context(ref.current);
    if (!ctx) return;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, SIDE, SIDE);
    requestProbs(null);
  };
  useEffect(clear, [requestProbs]);

  const send = () => {
    const ctx = context(ref.current);
    if (!ctx) return;
    const rgba = ctx.getImageData(0, 0, SIDE, SIDE).data;
    const ink = new Float32Array(SIDE * SIDE);
    let inked = 0;
    for (let i = 0; i < ink.length; i++) {
      ink[i] = rgba[i * 4] / 255;
      if (ink[i] > 0.5) inked++;
    }
    requestProbs(inked / ink.length >= MIN_INK ? toMnist(ink, SIDE, SIDE) : null);
  };

  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * SIDE) / r.width, y: ((e.clientY - r.top) * SIDE) / r.height };
  };
  const draw = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = context(e.currentTarget);
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
              <span className="prob-value">{probs ? formatPercent(p, 1) : '–'}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
