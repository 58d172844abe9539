// The views' time budget on a fake clock: while training runs a job waits until the earlier jobs are paid
// for at `share` of the time; when paused nothing waits; a long job books itself chunk by chunk.
import { describe, expect, it } from 'vitest';
import { VIEW_SHARE, ViewBudget, viewBudgets } from '../../../src/engine/viewBudget';

/** A clock that only moves when the code under test works (`work`) or waits (the budget's `wait`). */
function fakeClock() {
  const c = { t: 0, waited: 0 };
  const wait = async (ms: number) => {
    c.t += ms;
    c.waited += ms;
  };
  return { c, now: () => c.t, wait, work: (ms: number) => (c.t += ms) };
}

describe('ViewBudget', () => {
  it('while training, a 30 ms job at a 3 % share makes the next wait 970 ms; paused, nothing waits', async () => {
    const { c, now, wait, work } = fakeClock();
    let training = true;
    const b = new ViewBudget(0.03, () => training, now, wait);
    await b.run(async () => work(30));
    expect(c.waited).toBe(0);
    await b.run(async () => work(30));
    expect(c.waited).toBeCloseTo(970, 6);
    // Ten more jobs: the views' share of the elapsed time is the budget's share.
    for (let i = 0; i < 10; i++) await b.run(async () => work(30));
    expect((12 * 30) / c.t).toBeCloseTo(0.03, 2);
    training = false;
    const before = c.waited;
    await b.run(async () => work(30));
    // Work on a paused net is not booked: training that starts again does not wait for it.
    await b.run(async () => work(3000));
    expect(c.waited).toBe(before);
    training = true;
    c.t += 1000; // the last booked gap (970 ms) has passed
    await b.run(async () => work(30));
    expect(c.waited).toBe(before);
  });

  it('what a learner asked for is booked at its own, larger share: a 300 ms job then costs training 300 ms', async () => {
    const { c, now, wait, work } = fakeClock();
    const b = new ViewBudget(0.03, () => true, now, wait);
    await b.run(async () => work(300), 0.5);
    await b.run(async () => work(30));
    expect(c.waited).toBeCloseTo(300, 6);
  });

  it('a long job books each chunk through pace and waits between chunks, not after the whole job only', async () => {
    const { c, now, wait, work } = fakeClock();
    const b = new ViewBudget(0.05, () => true, now, wait);
    const gaps: number[] = [];
    await b.run(async (pace) => {
      for (let chunk = 0; chunk < 4; chunk++) {
        if (chunk > 0) {
          const w = c.waited;
          await pace();
          gaps.push(c.waited - w);
        }
        work(50);
      }
    });
    // Each 50 ms chunk buys 950 ms of training before the next one.
    expect(gaps.map((g) => Math.round(g))).toEqual([950, 950, 950]);
    expect((4 * 50) / c.t).toBeCloseTo(200 / (200 + 3 * 950), 6);
  });

  it('a pause ends the wait at once, and a job that throws still books its time', async () => {
    const { c, now, wait, work } = fakeClock();
    let training = true;
    const b = new ViewBudget(0.05, () => training, now, wait); // 100 ms of work → 1,900 ms of training
    await expect(b.run(async () => { work(100); throw new Error('boom'); })).rejects.toThrow('boom');
    const waiting = b.turn();
    training = false;
    await waiting;
    // One poll at most (POLL_MS), not the 1,900 ms booked.
    expect(c.waited).toBeLessThanOrEqual(100);
  });

  it('one budget per view: the cheap weight images are not held back by the network view, and together they keep to VIEW_SHARE', async () => {
    const { c, now, wait, work } = fakeClock();
    const views = viewBudgets(() => true, now, wait);
    // The network view's forward pass: 300 ms. Books 300·(1 − 0.01)/0.01 = 29.7 s on its own budget only.
    await views.network.run(async () => work(300));
    await views.weights.run(async () => work(5));
    expect(c.waited).toBe(0);
    // The next weight images wait only for their own 5 ms: 495 ms.
    await views.weights.run(async () => work(5));
    expect(c.waited).toBeCloseTo(495, 6);
    // A minute of the panels asking in turn: the three together use at most VIEW_SHARE of the time.
    let spent = 310;
    while (c.t < 60_000) {
      for (const [kind, ms] of [['weights', 5], ['unit', 30], ['network', 300]] as const) {
        await views[kind].run(async () => work(ms));
        spent += ms;
      }
    }
    expect(spent / c.t).toBeLessThanOrEqual(VIEW_SHARE + 1e-9);
  });
});

