// Races: a preset whose `race` lists variants trains them all at once, one lane each, interleaved step by
// step in the Worker (same seed, same batches). The lab store starts the lanes; this names them.
import { runLabels } from './runsStore';
import type { Lane } from './store';

/** Legend names for a race's lanes: what differs between them (e.g. `opt=sgd`, `opt=adam`). */
export function laneLabels(lanes: readonly Lane[]): string[] {
  return runLabels(lanes.map((l) => ({ id: l.run, config: l.config, preset: null })));
}
