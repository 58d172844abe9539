// A race: a preset's variants trained one after another on the same seed, each recorded as a run, so the
// comparison charts overlay them (the optimizer-race preset is SGD vs momentum vs Adam).
import { create } from 'zustand';
import { presetById } from './presets';
import { useLab, type LabStore } from './store';

interface RaceState {
  /** The preset racing, and which of its variants is on the track. */
  active: { preset: string; index: number; total: number } | null;
}

export const useRace = create<RaceState>()(() => ({ active: null }));

let token = 0;

/** Resolves when the current run finishes or diverges (true), or is paused by the learner (false). */
function finished(): Promise<boolean> {
  return new Promise((resolve) => {
    let started = false;
    const check = (s: LabStore) => {
      if (s.status?.running) started = true;
      if (s.status?.done || s.divergedAt !== null) return true;
      if (started && s.status && !s.status.running) return false;
      return null;
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
  const mine = ++token;
  // Variants override the current config, so keys the learner set in the URL (a smaller net, say) still hold.
  for (let i = 0; i < p.race.length; i++) {
    useRace.setState({ active: { preset: presetId, index: i, total: p.race.length } });
    useLab.getState().setConfig({ ...p.race[i] });
    const done = finished();
    useLab.getState().train();
    if (!(await done) || mine !== token) break;
  }
  if (mine === token) useRace.setState({ active: null });
}

export function stopRace(): void {
  token++;
  useRace.setState({ active: null });
  useLab.getState().pause();
}
