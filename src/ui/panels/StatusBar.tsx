// The run's vital signs. Each value carries a stable data-metric attribute whose text is the value,
// so tests and lecturers' scripts can read them.
import { latestEval } from '../../state/evalSeries';
import { selectEngineRunning, useLab } from '../../state/store';
import { formatCount, formatNumber, formatPercent } from '../format';

export function StatusBar() {
  const backend = useLab((s) => s.backend);
  const phase = useLab((s) => s.phase);
  const run = useLab((s) => s.run);
  // The engine's own word (a Pause shows at once on the buttons, but this waits for the engine's status).
  const running = useLab(selectEngineRunning);
  const status = useLab((s) => s.status);
  const eps = useLab((s) => s.examplesPerSec);
  const lastLoss = useLab((s) => (s.losses.length ? s.losses[s.losses.length - 1].loss : null));
  const lastEval = useLab((s) => latestEval(s.evals, 'test'));
  // Training starts on a first slice of MNIST: while the rest streams in, the bar says how much has arrived.
  const streaming = useLab((s) => s.phase === 'ready' && s.load.total > 0 && s.load.loaded < s.load.total);
  const loadedFraction = useLab((s) => (s.load.total > 0 ? s.load.loaded / s.load.total : 0));
  const items: [string, string, string][] = [
    ['backend', 'Backend', backend?.name ?? '…'],
    ['epoch', 'Epoch', status ? formatNumber(status.epoch, 3) : '–'],
    ['step', 'Step', status ? String(status.step) : '–'],
    ['examples-per-sec', 'Examples/s', status?.running || eps > 0 ? formatCount(eps).replace(/,/g, '') : '–'],
    ['train-loss', 'Train loss', formatNumber(lastLoss)],
    ['test-accuracy', 'Test accuracy', formatPercent(lastEval?.accuracy)],
    // Live tfjs tensors in the engine (apart from the shared evaluation images): flat while training, back to
    // the same value after Reset.
    ['tensors', 'Tensors', status ? String(status.numTensors) : '–'],
  ];
  if (streaming) items.push(['data-loaded', 'MNIST arrived', formatPercent(loadedFraction, 0)]);
  return (
    // data-phase and data-run are the page's readiness signals for tests and lecturers' scripts.
    <footer className="status-bar" aria-label="Run status" data-phase={phase} data-run={run} data-running={String(running)}>
      {items.map(([metric, label, value]) => (
        <span
          key={metric}
          className="status-item"
          title={metric === 'tensors' && status ? `Live tensors in the engine; ${status.sharedTensors} more hold the evaluation images, shared by every run` : undefined}
        >
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
