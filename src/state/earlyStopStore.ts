// Early stopping's outcome for the page: set when the engine reports a stop; a new run resets it.
import { create } from 'zustand';
import type { EarlyStopInfo } from '../wire/protocol';

export type { EarlyStopInfo };

interface EarlyStopState {
  info: EarlyStopInfo | null;
  onEarlyStop: (info: EarlyStopInfo) => void;
  reset: () => void;
}

const initialState = { info: null };

export const useEarlyStop = create<EarlyStopState>()((set) => ({
  ...initialState,
  onEarlyStop: (info) => set({ info }),
  reset: () => set(initialState),
}));

export const selectEarlyStop = (s: EarlyStopState) => s.info;
