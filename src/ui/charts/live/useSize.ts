// The size of a box, from one ResizeObserver per chart: the chart draws at the pixels it has, and a layout
// change (lecturer mode, a phone in portrait) redraws it without any polling.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export function useSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const set = (width: number, height: number) =>
      // Whole pixels, and no new state for an unchanged size: a re-render only when the picture must change.
      setSize((s) => {
        const w = Math.floor(width);
        const h = Math.floor(height);
        return s && s.width === w && s.height === h ? s : { width: w, height: h };
      });
    const box = el.getBoundingClientRect();
    set(box.width, box.height);
    // Rendered at once, inside the observer's callback (after layout, before paint): a state update left to
    // React's scheduler would paint a frame or more with the old size — an SVG taller than its box, its bottom
    // tick labels over the legend that has just appeared below it.
    const ro = new ResizeObserver((entries) => {
      const r = entries[0]?.contentRect;
      if (r) flushSync(() => set(r.width, r.height));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
