// Training speed as the status bar shows it: examples per second over steps a readback proved finished.
//
// Why a minimum window: readbacks resolve in bunches (one in flight from the loop, then an epoch's end asks
// for its own right behind it). Measured between two readbacks 1 ms apart, 20 steps looked like 1.3 million
// examples/s. So the figure moves only once at least MIN_WINDOW_MS of training lies behind it, and the steps
// of a shorter interval count towards the next figure.

export const MIN_WINDOW_MS = 500;

export class Throughput {
  private since = { time: 0, step: 0 };
  private figure = 0;

  constructor(private readonly batch: number) {}

  /** Training (re)starts at `step`: time before this (a pause, an evaluation) is not training time. */
  restart(time: number, step: number): void {
    this.since = { time, step };
  }

  /** A readback proved every step up to `doneStep` finished at `time`. Returns examples per second. */
  done(time: number, doneStep: number): number {
    const steps = doneStep - this.since.step;
    const ms = time - this.since.time;
    // Intervals without steps keep the last figure rather than report 0; short ones wait for more steps,
    // except a run's first figure (its first step, warm-up and all, as soon as it is known).
    if (steps > 0 && ms > 0 && (this.figure === 0 || ms >= MIN_WINDOW_MS)) {
      this.figure = (steps * this.batch * 1000) / ms;
      this.since = { time, step: doneStep };
    }
    return this.figure;
  }
}
