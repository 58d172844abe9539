// A value that follows `value` at most once per `ms`: charts redraw on their own clock, not per message.
// (In software-rendered Chromium every SVG redraw competes with the training's WebGL for the same CPU.)
import { startTransition, useEffect, useRef, useState } from 'react';
import type { RedrawClock } from '../charts/redraw';

/**
 * @param clock at most once per `clock.ms`, at `clock.slot` ms into each period (page clock).
 *   Every chart reads the same messages, so without slots their redraws would all fall due in the same
 *   task and React would commit them together: one long task of every SVG chart at once. A chart of its
 *   own slot commits alone (see REDRAW).
 */
export function useThrottled<T>(value: T, { ms, slot }: RedrawClock): T {
  const [shown, setShown] = useState(value);
  const last = useRef(-Infinity);
  useEffect(() => {
    const now = performance.now();
    const at = nextSlotTime(now, last.current, ms, slot);
    const id = setTimeout(
      () => {
        last.current = performance.now();
        // A transition: React renders the chart in slices and yields between them.
        startTransition(() => setShown(value));
      },
      Math.max(0, at - now),
    );
    return () => clearTimeout(id);
  }, [value, ms, slot]);
  return shown;
}

/**
 * When a value that changed at `now` is shown (times in ms, page clock): at once after a quiet spell (the last
 * redraw is `ms` or more ago: a new run, a preset, a first step — the learner's own action shows without
 * delay); while data streams in, at the first time ≥ last + ms that falls on `slotMs` of the `ms` period.
 */
export function nextSlotTime(now: number, last: number, ms: number, slotMs: number): number {
  if (now >= last + ms) return now;
  return Math.ceil((last + ms - slotMs) / ms) * ms + slotMs;
}
