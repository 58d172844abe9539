// How much of a streamed MNIST has arrived and been verified. Training starts on a first slice while the rest
// streams in; whoever needs images beyond what has arrived (a batch, an evaluation set) awaits them here.
// Only counts of a verified prefix [0, n) of each split are published: nothing trains on unchecked bytes.

export type SplitName = 'train' | 'test';

interface Waiter {
  split: SplitName;
  n: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class Arrival {
  /** Images of each split present and verified: always a prefix [0, n) of the split. */
  readonly available: Record<SplitName, number> = { train: 0, test: 0 };
  private waiters: Waiter[] = [];
  private error: unknown = null;
  /** Resolves once every file has arrived and been verified; rejects with the first loading error. */
  readonly complete: Promise<void>;
  private settle!: { resolve: () => void; reject: (e: unknown) => void };

  constructor(readonly counts: Record<SplitName, number>) {
    this.complete = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    // Handled here, so a failure nobody awaits yet is not reported as an unhandled rejection.
    this.complete.catch(() => undefined);
  }

  get isComplete(): boolean {
    return this.available.train >= this.counts.train && this.available.test >= this.counts.test;
  }

  /** The first `n` images of `split` are verified (counts only grow). */
  advance(split: SplitName, n: number): void {
    this.available[split] = Math.max(this.available[split], Math.min(n, this.counts[split]));
    this.waiters = this.waiters.filter((w) => {
      if (this.available[w.split] < w.n) return true;
      w.resolve();
      return false;
    });
    if (this.isComplete) this.settle.resolve();
  }

  /** Loading failed: every wait rejects with the error, now and later. */
  fail(error: unknown): void {
    if (this.error !== null) return;
    this.error = error;
    this.waiters.forEach((w) => w.reject(error));
    this.waiters = [];
    this.settle.reject(error);
  }

  /** Resolves once the first `n` images of `split` are available (at once if they are). */
  until(split: SplitName, n: number): Promise<void> {
    if (this.error !== null) return Promise.reject(this.error);
    if (this.available[split] >= Math.min(n, this.counts[split])) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ split, n: Math.min(n, this.counts[split]), resolve, reject }));
  }
}
