// Keeps the query string equal to the experiment, outside React: replaceState, so no history spam.
import { useLab } from './store';
import { encodeQuery } from './urlCodec';

export function currentQuery(): string {
  const { config, preset } = useLab.getState();
  return encodeQuery(config, preset);
}

export function startUrlSync(): () => void {
  let last = '';
  const write = () => {
    const q = currentQuery();
    if (q === last) return;
    last = q;
    history.replaceState(history.state, '', `${location.pathname}?${q}${location.hash}`);
  };
  write();
  return useLab.subscribe((s, prev) => {
    if (s.config !== prev.config || s.preset !== prev.preset) write();
  });
}
