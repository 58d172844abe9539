// Start-up milestones of the engine, posted to the page, which puts them on its own performance timeline
// (see `mark` in wire/protocol.ts). The Worker's performance.now() counts from the Worker's creation, so the
// time travels as an epoch instant.
import type { FromWorker } from '../wire/protocol';

/** When this module was evaluated: worker.ts imports it first, so this is when the Worker's code began to run. */
export const MODULE_START = performance.timeOrigin + performance.now();

/** The `mark` message for `name` at `at` (epoch ms). */
export function markAt(name: string, at: number): FromWorker {
  return { type: 'mark', name: `engine:${name}`, at };
}

/** The `mark` message for `name` at this instant. */
export function markNow(name: string): FromWorker {
  return { type: 'mark', name: `engine:${name}`, at: performance.timeOrigin + performance.now() };
}
