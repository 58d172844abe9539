// The content width and font size of an element, kept current with a ResizeObserver (0 until measured).
// The font size comes along because layouts measured in em change when lecturer mode scales the type.
import { useEffect, useState, type RefObject } from 'react';

export function useWidth(ref: RefObject<Element | null>): { width: number; fontPx: number } {
  const [box, setBox] = useState({ width: 0, fontPx: 14 });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([entry]) => {
      const width = Math.round(entry.contentRect.width);
      const fontPx = parseFloat(getComputedStyle(el).fontSize) || 14;
      setBox((b) => (b.width === width && b.fontPx === fontPx ? b : { width, fontPx }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return box;
}
