// The page's end of the wire: where stores send engine commands. A store of its own (rather than a module
// variable) so it has an initial state, can be reset, and a test can put a fake sender in.
import { create } from 'zustand';
import type { EngineConfig } from '../experiment/engineConfig';
import type { ToWorker } from '../wire/protocol';

export type ToEngine = ToWorker<EngineConfig>;

interface EngineLinkState {
  /** Sends a command to the current Worker; drops it while none is connected. */
  send: (msg: ToEngine) => void;
  connect: (send: (msg: ToEngine) => void) => void;
  reset: () => void;
}

const disconnected = () => {};

export const useEngineLink = create<EngineLinkState>()((set) => ({
  send: disconnected,
  connect: (send) => set({ send }),
  reset: () => set({ send: disconnected }),
}));

/** Sends a command to the engine. */
export const sendToEngine = (msg: ToEngine) => useEngineLink.getState().send(msg);
