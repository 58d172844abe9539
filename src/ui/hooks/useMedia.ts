// Whether a CSS media query matches now, kept current as the viewport changes (rotation, resizing).
import { useCallback, useSyncExternalStore } from 'react';

// One MediaQueryList per query: React reads the snapshot on every render of every component that asks, and
// window.matchMedia parses the query anew each call.
const lists = new Map<string, MediaQueryList>();
function listFor(query: string): MediaQueryList {
  let mq = lists.get(query);
  if (!mq) lists.set(query, (mq = window.matchMedia(query)));
  return mq;
}

export function useMedia(query: string): boolean {
  // A stable subscribe: a new function each render would make React unsubscribe and subscribe again.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const mq = listFor(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => listFor(query).matches, () => false);
}
