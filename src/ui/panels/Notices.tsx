// Notices (ignored URL values and settings, guard cuts, a new run), the fatal data error, engine errors and
// divergence, in plain words.
import { useLab } from '../../state/store';

export function Notices() {
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotice);
  const fatal = useLab((s) => s.fatal);
  const error = useLab((s) => s.error);
  const divergedAt = useLab((s) => s.divergedAt);
  return (
    <div className="notices" aria-live="polite">
      {fatal && (
        <div className="notice fatal" role="alert" data-notice="fatal">
          <strong>Cannot load the MNIST data.</strong> {fatal}
        </div>
      )}
      {divergedAt !== null && (
        <div className="notice warn" role="alert" data-notice="diverged">
          Diverged at step {divergedAt} — try a smaller learning rate. Press Reset to start again.
        </div>
      )}
      {error && (
        <div className="notice warn" role="alert" data-notice="error">
          {error}
        </div>
      )}
      {notices.map((n) => (
        <div key={n.key} className="notice" data-notice={n.key.split(':')[0]} data-notice-key={n.key}>
          <span>{n.text}</span>
          <button type="button" className="link" onClick={() => dismiss(n.key)} aria-label="Dismiss notice">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
