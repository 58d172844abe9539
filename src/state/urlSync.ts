// Keeps the query string equal to the experiment, outside React: replaceState, so no history spam.
import { useLab } from './store';
import { decodeQuery, encodeQuery } from './urlCodec';

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
  const off = useLab.subscribe((s, prev) => {
    if (s.config !== prev.config || s.preset !== prev.preset) write();
  });
  // Back/Forward (or a page restored from the back-forward cache) can show an address that is not the
  // experiment on screen: the address wins, so the two always agree.
  const follow = () => {
    if (location.search.replace(/^\?/, '') === last) return;
    const decoded = decodeQuery(location.search);
    const lab = useLab.getState();
    if (decoded.preset !== lab.preset) lab.applyPreset(decoded.preset);
    lab.setConfig(decoded.config);
    write();
  };
  window.addEventListener('popstate', follow);
  window.addEventListener('pageshow', follow);
  return () => {
    off();
    window.removeEventListener('popstate', follow);
    window.removeEventListener('pageshow', follow);
  };
}
