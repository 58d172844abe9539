// The search's results as they come in: every run's latest evaluation (quick ones while it trains, the full
// one when it ends), and the clock its time-left estimate is measured from. Cleared on every new run
// (startApp's wireRunResets); fed by the router while the page is in search mode.
import { create } from 'zustand';
import type { EvalPoint } from '../../wire/protocol';

export interface RunResult {
  step: number;
  /** From the full evaluation at the run's end (all test images); false while only quick ones came. */
  full: boolean;
  test: { loss: number; accuracy: number } | null;
  train: { loss: number; accuracy: number } | null;
}

interface SearchState {
  results: Record<number, RunResult>;
  /** When training last started and how many steps were done then (for the time left); null when stopped. */
  clock: { time: number; steps: number } | null;
}

interface SearchActions {
  onEval: (run: number, point: EvalPoint) => void;
  /** The first run's running flag changed (all runs train together, so it speaks for the search). */
  onRunning: (running: boolean, stepsDone: number, now: number) => void;
  reset: () => void;
}

export const initialState: SearchState = { results: {}, clock: null };

export const useSearch = create<SearchState & SearchActions>()((set, get) => ({
  ...initialState,
  onEval: (run, point) => {
    const prev = get().results[run];
    // A quick evaluation never replaces the full one of the same or a later step.
    if (prev?.full && !point.full) return;
    const base: RunResult = prev && prev.step === point.step ? prev : { step: point.step, full: point.full, test: null, train: null };
    const next = { ...base, full: point.full, [point.set]: { loss: point.loss, accuracy: point.accuracy } };
    set({ results: { ...get().results, [run]: next } });
  },
  onRunning: (running, stepsDone, now) => {
    const { clock } = get();
    if (running && !clock) set({ clock: { time: now, steps: stepsDone } });
    else if (!running && clock) set({ clock: null });
  },
  reset: () => set(initialState),
}));

export const selectResults = (s: SearchState) => s.results;
export const selectClock = (s: SearchState) => s.clock;
