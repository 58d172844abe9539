// Train/Pause, Step and Reset: the run controls of the top bar. Each button says what it will do: a run
// that has ended (all epochs, early stopping, divergence) offers a new run rather than a Train that does
// nothing; the initialization lab does not train at all.
import { selectEnded, selectPhase, selectRunning, selectStatus, useLab } from '../../state/store';
import { modeTrains } from '../../state/modes';
import { IconLabel } from '../controls/Icon';

const ENDED: Record<string, string> = {
  epochs: 'Finished: all epochs done.',
  'early-stop': 'Finished: early stopping ended the run.',
  diverged: 'Stopped: the loss diverged.',
};

export function RunControls() {
  const running = useLab(selectRunning);
  const phase = useLab(selectPhase);
  const status = useLab(selectStatus);
  const warming = useLab((s) => s.warming);
  const waiting = useLab((s) => s.trainWhenReady);
  const mode = useLab((s) => s.config.mode);
  const initLab = !modeTrains(mode);
  // The data could not be loaded: nothing can train until the page is reloaded with the files in place.
  const noData = useLab((s) => s.phase === 'fatal' || s.fatal !== null);
  const togglePlay = useLab((s) => s.togglePlay);
  const step = useLab((s) => s.step);
  const reset = useLab((s) => s.reset);
  // A race has ended when every lane has; it then names how the first lane ended.
  const allEnded = useLab(selectEnded);
  const ended = allEnded ? (status?.ended ?? 'epochs') : null;
  const noRun = phase !== 'ready' || !status;
  const why = !initLab ? undefined : mode === 'paths' ? 'The optimizer lab moves two parameters on a surface; it does not train the network.' : 'The initialization lab looks at a fresh network; it does not train.';
  const note = ended ? ENDED[ended] : warming && running ? 'Starting… (the first steps prepare the backend)' : waiting ? 'Will train once the data is loaded.' : null;
  return (
    <div className="run-controls" role="group" aria-label="Run controls">
      {ended ? (
        <button type="button" className="primary" onClick={reset} title="New run (Space)" data-action="train" data-ended={ended}>
          <IconLabel icon="reset">New run</IconLabel>
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          onClick={togglePlay}
          disabled={initLab || noData}
          title={why ?? (running || waiting ? 'Pause (Space)' : 'Train (Space)')}
          aria-pressed={running || waiting}
          data-action="train"
        >
          <IconLabel icon={running || waiting ? 'pause' : 'play'}>{running || waiting ? 'Pause' : 'Train'}</IconLabel>
        </button>
      )}
      <button type="button" onClick={step} disabled={noRun || initLab || running || ended !== null} title={why ?? 'One step (s)'} data-action="step">
        <IconLabel icon="step">Step</IconLabel>
      </button>
      <button type="button" onClick={reset} disabled={noRun} title="Reset (r)" data-action="reset">
        <IconLabel icon="reset">Reset</IconLabel>
      </button>
      {note && (
        <span className="run-note" role="status" data-run-note={ended ?? (warming ? 'warming' : 'waiting')}>
          {note}
        </span>
      )}
    </div>
  );
}
