// The network view's data, asked of the engine while the view is open: at most one request in flight, and
// the view asks at most twice a second. A new run clears it; the router drops answers from a replaced run.
import { create } from 'zustand';
import type { NetworkView } from '../wire/protocol';
import { sendToEngine } from './engineLink';

export interface NetworkState {
  latest: { step: number; view: NetworkView } | null;
  inflight: number;
  engineReady: boolean;
  nextId: number;
}

export interface NetworkActions {
  request: () => void;
  onNetwork: (id: number, step: number, view: NetworkView | null) => void;
  onEngineReady: () => void;
  onEngineRestart: () => void;
  clearRun: () => void;
  reset: () => void;
}

const initialState: NetworkState = { latest: null, inflight: 0, engineReady: false, nextId: 1 };

export const useNetwork = create<NetworkState & NetworkActions>()((set, get) => ({
  ...initialState,

  request: () => {
    const { inflight, engineReady, nextId } = get();
    if (inflight || !engineReady) return;
    set({ inflight: nextId, nextId: nextId + 1 });
    sendToEngine({ type: 'network', id: nextId });
  },

  onNetwork: (id, step, view) => {
    if (id !== get().inflight) return;
    set(view ? { inflight: 0, latest: { step, view } } : { inflight: 0 });
  },

  onEngineReady: () => set({ engineReady: true, inflight: 0 }),
  onEngineRestart: () => set({ engineReady: false, inflight: 0 }),
  clearRun: () => set({ latest: null, inflight: 0 }),
  reset: () => set(initialState),
}));

export const selectNetworkView = (s: NetworkState) => s.latest;
