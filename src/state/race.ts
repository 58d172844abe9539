// A race: a preset's variants trained one after another on the same seed, each recorded as a run, so the
// comparison charts overlay them (the optimizer-race preset is SGD vs momentum vs Adam).
import { create } from 'zustand';
import { presetById } from './presets';
import { useLab, type LabStore } from './store';

interface RaceState {
  /** The preset racing, and which of its variants is on the track. */
  active: { preset: string; index: number; total: number } | null;
}

export const useRace = create<RaceState & { token: number }>()(() => ({ active: null, token: 0 }));

/**
 * Resolves when the run just configured finishes or diverges (true), or is paused by the learner (false).
 * Statuses of the previous run can still arrive after the page reset, so this one counts only from the fresh
 * net's first status (step 0, from `configure`) and then from its first running status.
 */
function finished(): Promise<boolean> {
  return new Promise((resolve) => {
    let fresh = false;
    let started = false;
    const check = (s: LabStore) => {
      const st = s.status;
      if (!st) return null;
      if (!fresh) fresh = st.step === 0;
      if (!fresh) return null;
      if (s.divergedAt !== null) return true;
      if (st.running) started = true;
      if (!started || st.running) return null;
      return st.done;
    };
    const unsub = useLab.subscribe((s) => {
      const r = check(s);
      if (r === null) return;
      unsub();
      resolve(r);
    });
  });
}

export async function runRace(presetId: string): Promise<void> {
  const p = presetById[presetId];
  if (!p?.race) return;
  const mine = useRace.getState().token + 1;
  useRace.setState({ token: mine });
  // Variants override the current config, so keys the learner set in the URL (a smaller net, say) still hold.
  for (let i = 0; i < p.race.length; i++) {
    useRace.setState({ active: { preset: presetId, index: i, total: p.race.length } });
    useLab.getState().setConfig({ ...p.race[i] });
    const done = finished();
    useLab.getState().train();
    if (!(await done) || mine !== useRace.getState().token) break;
  }
  if (mine === useRace.getState().token) useRace.setState({ active: null });
}

export function stopRace(): void {
  useRace.setState({ active: null, token: useRace.getState().token + 1 });
  useLab.getState().pause();
}
