// Train/Pause, Step and Reset: the run controls of the top bar.
import { selectPhase, selectRunning, selectStatus, useLab } from '../../state/store';

export function RunControls() {
  const running = useLab(selectRunning);
  const phase = useLab(selectPhase);
  const status = useLab(selectStatus);
  const divergedAt = useLab((s) => s.divergedAt);
  const togglePlay = useLab((s) => s.togglePlay);
  const step = useLab((s) => s.step);
  const reset = useLab((s) => s.reset);
  const disabled = phase !== 'ready' || !status;
  const finished = status?.done ?? false;
  return (
    <div className="run-controls" role="group" aria-label="Run controls">
      <button
        type="button"
        className="primary"
        onClick={togglePlay}
        disabled={disabled || (!running && (finished || divergedAt !== null))}
        aria-pressed={running}
        data-action="train"
      >
        {running ? 'Pause' : 'Train'}
      </button>
      <button type="button" onClick={step} disabled={disabled || running || finished || divergedAt !== null} data-action="step">
        Step
      </button>
      <button type="button" onClick={reset} disabled={disabled} data-action="reset">
        Reset
      </button>
    </div>
  );
}
