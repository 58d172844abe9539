// The cost of watching: the app's training loop with the weight images, the unit inspector and the network
// view open (their requests at the rates the panels make them: weights and inspector once a second, the
// network view twice), against the same loop with them closed, in one Worker, one after the other. Also
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
  const periods = [
    { ms: 1000, ask: () => answerWeights(tf, { id: 0 }, runner) },
    { ms: 1000, ask: () => answerInspectUnit(tf, { id: 0, layer: 1, unit: 0 }, runner) },
    { ms: 500, ask: () => answerNetwork(tf, { id: 0 }, runner) },
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
  return { examplesPerSec: (counted * t.batch) / seconds, tensorsBefore: before, tensorsAfter: tf.memory().numTensors };
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
    tensorsOpen: { before: open.tensorsBefore, after: open.tensorsAfter },
  };
}
