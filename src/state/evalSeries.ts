// The evaluations of a run, as the charts and the status bar read them.
import type { EvalPoint } from '../wire/protocol';

/** The latest evaluation on `set` (at equal steps the full one, which is the more exact). */
export function latestEval(evals: readonly EvalPoint[], set: EvalPoint['set'] = 'test'): EvalPoint | null {
  let best: EvalPoint | null = null;
  for (const e of evals) {
    if (e.set !== set) continue;
    if (!best || e.step > best.step || (e.step === best.step && e.full)) best = e;
  }
  return best;
}

export interface EvalRow {
  step: number;
  epoch: number;
  testAccuracy?: number;
  trainAccuracy?: number;
  testLoss?: number;
  trainLoss?: number;
  /** Set on the rows of full evaluations (all 10,000 test images), so the charts can mark them. */
  testAccuracyFull?: number;
  trainAccuracyFull?: number;
}

/** One row per evaluated step, train and test side by side (the generalization gap is their difference). */
export function evalRows(evals: readonly EvalPoint[]): EvalRow[] {
  const rows = new Map<number, EvalRow>();
  for (const e of evals) {
    const row = rows.get(e.step) ?? { step: e.step, epoch: e.epoch };
    // A full evaluation at a step overrides a quick one at the same step.
    const key = e.set === 'test' ? 'test' : 'train';
    const existingFull = row[`${key}AccuracyFull`] !== undefined;
    if (e.full || !existingFull) {
      row[`${key}Accuracy`] = e.accuracy;
      row[`${key}Loss`] = e.loss;
    }
    if (e.full) row[`${key}AccuracyFull`] = e.accuracy;
    rows.set(e.step, row);
  }
  return [...rows.values()].sort((a, b) => a.step - b.step);
}
