// Whether the page has posted a message this Worker has not taken yet. The training loop gives way to
// messages by posting itself a MessageChannel message between slices (yieldToEvents.ts); a page message
// that arrives during a slice is queued behind the yield already posted, so it waited up to two slices
// (2 × SLICE_MS plus a step) — most of a setting change's delay. With the page's count of messages sent
// (a SharedArrayBuffer, see `init` in wire/protocol.ts) the loop ends its slice at the next step instead.
// Without cross-origin isolation there is no shared memory, and slices end by time alone, as before.

export class PendingMessages {
  private sent: Int32Array | null = null;
  private taken = 0;

  /** Starts counting against the page's counter (from `init`; none: nothing is ever reported waiting). */
  attach(buffer: SharedArrayBuffer | undefined): void {
    this.sent = buffer ? new Int32Array(buffer) : null;
    this.taken = 0;
  }

  /** A counted message (any but `init` and `prefetch`) has been taken from the queue. */
  took(): void {
    this.taken += 1;
  }

  /** True while the page has posted more counted messages than this Worker has taken. */
  get waiting(): boolean {
    return this.sent !== null && Atomics.load(this.sent, 0) > this.taken;
  }
}
