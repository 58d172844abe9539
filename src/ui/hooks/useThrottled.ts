// A value that follows `value` at most once per `ms`: charts redraw on their own clock, not per message.
// (In software-rendered Chromium every SVG redraw competes with the training's WebGL for the same CPU.)
import { startTransition, useEffect, useRef, useState } from 'react';

export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - performance.now();
    const id = setTimeout(
      () => {
        last.current = performance.now();
        // A transition: React renders the charts in slices and yields between them, so a redraw of many
        // SVG charts never blocks the page (clicks, keys) for one long task.
        startTransition(() => setShown(value));
      },
      Math.max(0, wait),
    );
    return () => clearTimeout(id);
  }, [value, ms]);
  return shown;
}
