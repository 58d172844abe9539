// The cost of watching: the app's training loop with the weight images, the unit inspector and the network
// view open (their requests as the panels make them: each at most once a second, one in flight; the
// inspector's heavy part — top images over the test set — once, for the unit just picked), against the same loop with them closed, in one Worker, one after the other. Also
// counts tensors across the open run, which must stay flat (every answer disposes what it made).
import type { EngineConfig } from '../experiment/engineConfig';
import { answerNetwork } from '../engine/networkView';
import type { Runner } from '../engine/runner';
import type { StatsTap } from '../engine/statsTap';
import { tf } from '../engine/tfjs';
import { answerInspectUnit } from '../engine/unitInspect';
import { answerWeights } from '../engine/weightImages';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Panel requests while `live()`: each view asks at its own period, one request of each kind in flight. */
async function askLikeThePanels(runner: Runner, live: () => boolean): Promise<void> {
  // The unit was just picked: its first answer carries the heavy part, the later ones are light.
  let heavy = true;
  const inspect = () => {
    const ask = { id: 0, layer: 1, unit: 0, heavy };
    heavy = false;
    return answerInspectUnit(tf, ask, runner);
  };
  const periods = [
    { ms: 1000, ask: () => answerWeights(tf, { id: 0 }, runner) },
    { ms: 1000, ask: inspect },
    { ms: 1000, ask: () => answerNetwork(tf, { id: 0 }, runner) },
  ];
  await Promise.all(
    periods.map(async (p) => {
      while (live()) {
        const asked = performance.now();
        await p.ask();
        await sleep(Math.max(0, p.ms - (performance.now() - asked)));
      }
    }),
  );
}

/** Examples per second over `steps` updates of the app's loop after a warm-up, with the views open or not. */
async function rate(runner: Runner, tap: StatsTap, cfg: EngineConfig, run: number, steps: number, open: boolean) {
  runner.configure([{ run, config: cfg }]);
  const t = runner.current!;
  for (let i = 0; i < 5; i++) await runner.step();
  tap.setEnabled(true);
  let training = true;
  const views = open ? askLikeThePanels(runner, () => training) : Promise.resolve();
  const before = tf.memory().numTensors;
  const from = t.step;
  const start = performance.now();
  runner.train();
  while (t.step < from + steps) await sleep(5);
  const counted = t.step - from;
  await t.vars[t.vars.length - 1].data();
  const seconds = (performance.now() - start) / 1000;
  training = false;
  await views;
  await runner.pause();
  await sleep(300); // an in-flight statistics readback
  // The loss landscape's weight snapshots (one per evaluation, so per second of training, up to
  // MAX_SNAPSHOTS) are a bounded store of the lane, not the views': counted apart.
  const snapshotTensors = (runner.lane(run)!.history.trajectory.length - 1) * t.vars.length;
  return {
    examplesPerSec: (counted * t.batch) / seconds,
    tensorsBefore: before,
    tensorsAfter: tf.memory().numTensors,
    snapshotTensors,
  };
}

/**
 * Closed, open, closed again (the two closed runs bracket drift on a busy machine): the drop is open against
 * the mean of the closed runs; the goal is ≤ 5 %.
 */
export async function viewsCost(runner: Runner, tap: StatsTap, cfg: EngineConfig, newRun: () => number, steps: number) {
  const closedA = await rate(runner, tap, cfg, newRun(), steps, false);
  const open = await rate(runner, tap, cfg, newRun(), steps, true);
  const closedB = await rate(runner, tap, cfg, newRun(), steps, false);
  const closed = (closedA.examplesPerSec + closedB.examplesPerSec) / 2;
  return {
    closed,
    open: open.examplesPerSec,
    dropPercent: +((100 * (closed - open.examplesPerSec)) / closed).toFixed(1),
    tensorsOpen: { before: open.tensorsBefore, after: open.tensorsAfter, snapshots: open.snapshotTensors },
    tensorsClosed: { before: closedB.tensorsBefore, after: closedB.tensorsAfter, snapshots: closedB.snapshotTensors },
  };
}
