import { describe, expect, it } from 'vitest';
import { PendingMessages } from '../../../src/engine/pendingMessages';

describe('PendingMessages', () => {
  it('reports a message waiting while the page has counted more than the Worker has taken', () => {
    const sent = new SharedArrayBuffer(4);
    const count = new Int32Array(sent);
    const pending = new PendingMessages();
    pending.attach(sent);
    expect(pending.waiting).toBe(false);
    Atomics.add(count, 0, 2);
    expect(pending.waiting).toBe(true);
    pending.took();
    expect(pending.waiting).toBe(true);
    pending.took();
    expect(pending.waiting).toBe(false);
  });

  it('never reports one without shared memory (a page that is not cross-origin isolated)', () => {
    const pending = new PendingMessages();
    pending.attach(undefined);
    pending.took();
    expect(pending.waiting).toBe(false);
  });
});
