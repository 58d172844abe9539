// How far a search (all its runs, trained together) has come and how long it has left: steps done against
// steps planned, at the rate measured since training last started.
export interface LaneProgress {
  step: number;
  stepsPerEpoch: number;
  epochs: number;
  done: boolean;
}

export interface Progress {
  done: number;
  total: number;
  /** 0…1 */
  fraction: number;
  /** Seconds left at the measured rate; null until a rate can be measured. */
  secondsLeft: number | null;
}

/**
 * @param lanes the latest status of each run (a missing one counts as not started)
 * @param clock when training last started, and how many steps were done then (null: not running)
 */
export function searchProgress(
  lanes: readonly (LaneProgress | undefined)[],
  numRuns: number,
  plannedSteps: number,
  clock: { time: number; steps: number } | null,
  now: number,
): Progress {
  let done = 0;
  let total = 0;
  for (let i = 0; i < numRuns; i++) {
    const l = lanes[i];
    const planned = l ? l.stepsPerEpoch * l.epochs : plannedSteps;
    total += planned;
    // A run that ended early (divergence, early stopping) has nothing left to do.
    done += l ? (l.done ? planned : Math.min(l.step, planned)) : 0;
  }
  const fraction = total > 0 ? done / total : 0;
  let secondsLeft: number | null = null;
  if (fraction >= 1) secondsLeft = 0;
  else if (clock && done > clock.steps && now > clock.time) {
    const rate = (done - clock.steps) / ((now - clock.time) / 1000);
    secondsLeft = (total - done) / rate;
  }
  return { done, total, fraction, secondsLeft };
}
