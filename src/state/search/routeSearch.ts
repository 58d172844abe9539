// The search's share of the Worker's messages (the router hands them over in search mode, after dropping
// stale runs): every run's evaluations, and the first run's running flag for the time-left clock.
import type { FromWorker } from '../../wire/protocol';
import type { LabState } from '../store';
import { useSearch } from './searchStore';

export function routeSearch(msg: FromWorker, lab: Pick<LabState, 'run' | 'laneStatus'>, now: number): void {
  if (msg.type === 'eval') useSearch.getState().onEval(msg.run, msg.point);
  else if (msg.type === 'status' && msg.run === lab.run) {
    const stepsDone = Object.values(lab.laneStatus).reduce((a, s) => a + s.step, 0);
    useSearch.getState().onRunning(msg.status.running, stepsDone, now);
  }
}
