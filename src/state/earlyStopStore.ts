// Early stopping's outcome for the page: set when the engine reports a stop, cleared when a new run starts
// (the engine posts a status at step 0 after every configure/reset). Fed by the engine bridge.
import { create } from 'zustand';
import type { FromWorker } from '../engine/protocol';

export interface EarlyStopInfo {
  epoch: number;
  bestEpoch: number;
  bestValLoss: number;
}

interface EarlyStopState {
  info: EarlyStopInfo | null;
  receive: (msg: FromWorker) => void;
}

export const useEarlyStop = create<EarlyStopState>()((set, get) => ({
  info: null,
  receive: (msg) => {
    if (msg.type === 'early-stop') set({ info: { epoch: msg.epoch, bestEpoch: msg.bestEpoch, bestValLoss: msg.bestValLoss } });
    else if (msg.type === 'status' && msg.status.step === 0 && get().info) set({ info: null });
  },
}));

export const selectEarlyStop = (s: EarlyStopState) => s.info;
