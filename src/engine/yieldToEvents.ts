// Long work in the Worker (the training loop, a full evaluation on a synchronous backend) gives way to the
// messages queued behind it — pause, a new config — at least every SLICE_MS.

/** How long Worker code may run before it lets messages in: well under the 100 ms a pause may take. */
export const SLICE_MS = 30;

/** Lets queued messages run without the ≥4 ms clamp nested setTimeout gets. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** A pace for chunked work, called between chunks: yields once SLICE_MS has passed since it last did. */
export function everySlice(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await yieldToEvents();
    start = performance.now();
  };
}
