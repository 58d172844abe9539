// The training charts, or the initialization lab in their place when `mode=init-lab`.
import type { ReactNode } from 'react';
import { useLab } from '../../state/store';
import { InitLab } from './InitLab';

export function TrainingView({ children }: { children: ReactNode }) {
  const initLab = useLab((s) => s.config.mode === 'init-lab');
  return <div className="training-view">{initLab ? <InitLab /> : children}</div>;
}
