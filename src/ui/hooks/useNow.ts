// The time (performance.now()) refreshed every `everyMs` while `active`: for countdowns such as a
// search's time left, which must move even when no message arrives.
import { useEffect, useState } from 'react';

export function useNow(active: boolean, everyMs = 1000): number {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (!active) return;
    const first = setTimeout(() => setNow(performance.now()), 0);
    const id = setInterval(() => setNow(performance.now()), everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [active, everyMs]);
  return now;
}
