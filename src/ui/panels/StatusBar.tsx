// The run's vital signs. Each value carries a stable data-metric attribute whose text is the value,
// so tests and lecturers' scripts can read them.
import { useLab } from '../../state/store';

const fmt = (n: number | null | undefined, digits: number) =>
  n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits);

export function StatusBar() {
  const backend = useLab((s) => s.backend);
  const status = useLab((s) => s.status);
  const eps = useLab((s) => s.examplesPerSec);
  const lastLoss = useLab((s) => (s.losses.length ? s.losses[s.losses.length - 1].loss : null));
  const lastEval = useLab((s) => (s.evals.length ? s.evals[s.evals.length - 1] : null));
  const items: [string, string, string][] = [
    ['backend', 'Backend', backend?.name ?? '…'],
    ['epoch', 'Epoch', status ? fmt(status.epoch, 2) : '–'],
    ['step', 'Step', status ? String(status.step) : '–'],
    ['examples-per-sec', 'Examples/s', status?.running || eps > 0 ? fmt(eps, 0) : '–'],
    ['train-loss', 'Train loss', fmt(lastLoss, 4)],
    ['test-accuracy', 'Test accuracy', lastEval ? `${(lastEval.testAccuracy * 100).toFixed(2)}%` : '–'],
    // Live tfjs tensors in the engine: flat while training, back to its start value after Reset.
    ['tensors', 'Tensors', status ? String(status.numTensors) : '–'],
  ];
  return (
    <footer className="status-bar" aria-label="Run status">
      {items.map(([metric, label, value]) => (
        <span key={metric} className="status-item">
          <span className="status-label">{label}</span>{' '}
          <span data-metric={metric} className="status-value">
            {value}
          </span>
        </span>
      ))}
      {backend && (
        <span className="status-item backend-reason" data-backend-reason>
          {backend.reason}
        </span>
      )}
    </footer>
  );
}
