// Messages the engine posts in one synchronous run leave the Worker as one message (wire/protocol.ts 'batch').
// Why: on the page every message is its own task, and every store update renders React synchronously
// (useSyncExternalStore), so a metrics message and its status, posted 2 ms apart, were two renders a few times
// a second while training. Sent together they are one.
import type { FromWorker } from '../wire/protocol';

/** Wraps `send`: messages posted before the current run of the Worker's code ends are sent together, in order. */
export function batchPosts(send: (msg: FromWorker) => void): (msg: FromWorker) => void {
  let queued: FromWorker[] = [];
  const flush = () => {
    const msgs = queued;
    queued = [];
    send(msgs.length === 1 ? msgs[0] : { type: 'batch', msgs });
  };
  return (msg) => {
    // The first message of a run schedules the send, just after the run (a microtask), before any other task.
    if (queued.push(msg) === 1) queueMicrotask(flush);
  };
}
