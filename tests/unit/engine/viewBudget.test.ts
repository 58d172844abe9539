// The views' time budget on a fake clock: while training runs a job waits until the earlier jobs are paid
// for at `share` of the time; when paused nothing waits; a long job books itself chunk by chunk.
import { describe, expect, it } from 'vitest';
import { ViewBudget } from '../../../src/engine/viewBudget';

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
});
