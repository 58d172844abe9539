// The cost of watching: the app's training loop with the weight images, the unit inspector and the network
// view open (their requests as the panels make them while training: each at most once a second, one in
// flight, the inspector's light part), against the same loop with them closed, in one Worker, one after
// the other. The inspector's heavy part (histogram, top images over the whole test set) is asked once,
// when the unit is picked, before the clock starts, and timed on its own (`heavyMs`): a one-off cost per
// pick, not a steady one. Also counts tensors across the open run (every answer disposes what it made).
import type { EngineConfig } from '../experiment/engineConfig';
import { answerNetwork } from '../engine/networkView';
import type { Runner } from '../engine/runner';
import type { StatsTap } from '../engine/statsTap';
import { tf } from '../engine/tfjs';
import { answerInspectUnit } from '../engine/unitInspect';
import { viewBudgets } from '../engine/viewBudget';
import { answerWeights } from '../engine/weightImages';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The unit the inspector watches: layer 2 (of [hidden..., output]), unit 0. */
const UNIT = { layer: 1, unit: 0 };

/** Where the views' time went while timed: ms with at least one view job running (overlapping jobs count
 * once), and how many jobs of each kind ran. */
type ViewsUse = { busyMs: number; jobs: Record<string, number> };

/** Panel requests while `live()`: each view asks at its own period, one request of each kind in flight. */
async function askLikeThePanels(runner: Runner, live: () => boolean, use: ViewsUse): Promise<void> {
  // As the app's Worker routes them: through the views' time budget.
  const views = viewBudgets(() => runner.isRunning);
  let active = 0;
  let since = 0;
  /** Wraps a view job so its running time (not its wait for a turn) is added to `use`. */
  const timed = <T>(name: string, job: () => Promise<T>) => async () => {
    if (active++ === 0) since = performance.now();
    try {
      return await job();
    } finally {
      if (--active === 0) use.busyMs += performance.now() - since;
      use.jobs[name] = (use.jobs[name] ?? 0) + 1;
    }
  };
  const periods = [
    { ms: 1000, ask: () => views.weights.run(timed('weights', () => answerWeights(tf, { id: 0 }, runner))) },
    { ms: 1000, ask: () => views.unit.run((pace) => timed('unit', () => answerInspectUnit(tf, { id: 0, ...UNIT, heavy: false }, runner, pace))()) },
    { ms: 1000, ask: () => views.network.run(timed('network', () => answerNetwork(tf, { id: 0 }, runner))) },
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
  // The unit is picked: the heavy part once, on the paused net.
  const picked = performance.now();
  if (open) await answerInspectUnit(tf, { id: 0, ...UNIT, heavy: true }, runner);
  const heavyMs = performance.now() - picked;
  let training = true;
  const use: ViewsUse = { busyMs: 0, jobs: {} };
  const views = open ? askLikeThePanels(runner, () => training, use) : Promise.resolve();
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
    heavyMs,
    /** The views' own running time as a share of the timed window (the budget's aim: ≤ VIEW_SHARE). */
    viewBusyPercent: +((100 * use.busyMs) / (seconds * 1000)).toFixed(2),
    viewJobs: use.jobs,
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
    heavyMs: Math.round(open.heavyMs),
    viewBusyPercent: open.viewBusyPercent,
    viewJobs: open.viewJobs,
    tensorsOpen: { before: open.tensorsBefore, after: open.tensorsAfter, snapshots: open.snapshotTensors },
    tensorsClosed: { before: closedB.tensorsBefore, after: closedB.tensorsAfter, snapshots: closedB.snapshotTensors },
  };
}
