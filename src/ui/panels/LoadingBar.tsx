// Progress while the first slice of MNIST arrives, so a slow network never looks like a frozen page (once
// training has started on it, the status bar shows how much of the rest has arrived).
import { useLab } from '../../state/store';

export function LoadingBar() {
  const phase = useLab((s) => s.phase);
  const { loaded, total } = useLab((s) => s.load);
  if (phase === 'ready' || phase === 'fatal') return null;
  const pct = total > 0 ? Math.round((100 * loaded) / total) : 0;
  const label = phase === 'starting' ? 'Starting the training engine…' : `Loading MNIST… ${(loaded / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`;
  return (
    <div className="loading" data-loading>
      <label htmlFor="data-progress">{label}</label>
      <progress id="data-progress" max={100} value={pct} aria-valuetext={`${pct}%`} />
    </div>
  );
}
