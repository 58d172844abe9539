// One 28 × 28 MNIST image ([784] bytes, white on black), drawn pixel-exact and scaled up by CSS.
import { useEffect, useRef } from 'react';

export function DigitImage({ pixels, label }: { pixels: Uint8Array; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(28, 28);
    pixels.forEach((v, i) => {
      img.data.set([v, v, v, 255], i * 4);
    });
    ctx.putImageData(img, 0, 0);
  }, [pixels]);
  return <canvas ref={ref} width={28} height={28} className="digit-image" role="img" aria-label={label} />;
}
