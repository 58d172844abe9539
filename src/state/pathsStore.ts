// The optimizer lab's paths, asked of the engine: at most one request in flight; a newer spec asked
// meanwhile replaces any queued one and is sent when the answer arrives. The result names its spec, so the
// page knows whether what it draws is current.
import { create } from 'zustand';
import type { OptPath, PathsSpec } from '../wire/protocol';
import { sendToEngine } from './engineLink';

export interface PathsState {
  /** The spec of the paths shown, and the paths. */
  result: { spec: PathsSpec; paths: OptPath[] } | null;
  inflight: { id: number; spec: PathsSpec } | null;
  queued: PathsSpec | null;
  progress: { done: number; total: number } | null;
  engineReady: boolean;
  nextId: number;
}

export interface PathsActions {
  request: (spec: PathsSpec) => void;
  onProgress: (id: number, done: number, total: number) => void;
  onPaths: (id: number, paths: OptPath[]) => void;
  onEngineReady: () => void;
  onEngineRestart: () => void;
  reset: () => void;
}

const initialState: PathsState = { result: null, inflight: null, queued: null, progress: null, engineReady: false, nextId: 1 };

export const usePaths = create<PathsState & PathsActions>()((set, get) => {
  const flush = () => {
    const { inflight, queued, engineReady, nextId } = get();
    if (!engineReady || inflight || !queued) return;
    set({ inflight: { id: nextId, spec: queued }, queued: null, nextId: nextId + 1, progress: { done: 0, total: 1 } });
    sendToEngine({ type: 'paths', id: nextId, spec: queued });
  };
  return {
    ...initialState,
    request: (spec) => {
      set({ queued: spec });
      flush();
    },
    onProgress: (id, done, total) => {
      if (get().inflight?.id === id) set({ progress: { done, total } });
    },
    onPaths: (id, paths) => {
      const inflight = get().inflight;
      if (inflight?.id !== id) return;
      set({ result: { spec: inflight.spec, paths }, inflight: null, progress: null });
      flush();
    },
    onEngineReady: () => {
      set({ engineReady: true, inflight: null });
      flush();
    },
    onEngineRestart: () => {
      const { inflight, queued } = get();
      set({ engineReady: false, inflight: null, queued: queued ?? inflight?.spec ?? null });
    },
    reset: () => set(initialState),
  };
});

export const selectPathsResult = (s: PathsState) => s.result;
export const selectPathsProgress = (s: PathsState) => s.progress;
