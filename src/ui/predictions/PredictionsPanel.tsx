// What the net answers, as a card: test digits, the most confident mistakes, the confusion matrix on the
// whole test set and a drawing pad. Closed by default: while open it asks the engine for a fresh test-set
// pass whenever the net has changed (after each evaluation, or after steps while paused).
import { useEffect, useState } from 'react';
import { usePredictions } from '../../state/predictionsStore';
import { useLab } from '../../state/store';
import { ConfusionMatrix } from './ConfusionMatrix';
import { DigitGrid } from './DigitGrid';
import { DrawPad } from './DrawPad';
import './predictions.css';

export function PredictionsPanel() {
  const [open, setOpen] = useState(false);
  const test = usePredictions((s) => s.test);
  const requestTest = usePredictions((s) => s.requestTest);
  const ready = useLab((s) => s.phase === 'ready' && s.status !== null);
  const evals = useLab((s) => s.evals.length);
  // While training, refresh at evaluations only (each pass costs a test-set forward); while paused, per step.
  const pausedStep = useLab((s) => (s.status && !s.status.running ? s.status.step : -1));
  useEffect(() => {
    if (open && ready) requestTest();
  }, [open, ready, evals, pausedStep, requestTest]);
  return (
    <details className="panel predictions" data-panel="predictions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Predictions</summary>
      {open && (
        <div className="predictions-body">
          <section aria-label="Test digits">
            <h3>
              Test digits <span className="caption-note">at step {test?.step ?? '–'} · wrong ones marked ✗ true label</span>
            </h3>
            <DigitGrid digits={test?.result.grid ?? []} kind="grid" />
            <h3>Most confident mistakes</h3>
            <DigitGrid digits={test?.result.mistakes ?? []} kind="mistakes" />
          </section>
          <section aria-label="Confusion matrix">{test && <ConfusionMatrix counts={test.result.confusion} />}</section>
          <section aria-label="Draw a digit">
            <h3>Draw a digit</h3>
            <DrawPad />
          </section>
        </div>
      )}
    </details>
  );
}
