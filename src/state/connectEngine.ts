// The engine follows the backend choice: a new Worker is the clean way to change it.
import { startEngine } from './engineBridge';
import { useLab } from './store';

export function connectEngine(): () => void {
  startEngine();
  return useLab.subscribe((s, prev) => {
    if (s.config.backend !== prev.config.backend) startEngine();
  });
}
