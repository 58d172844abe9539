// The training charts, or the page of another mode in their place (init lab, loss workbench, lecture map,
// optimizer paths, hyperparameter search, learning-rate finder); the loss landscape sits above the training
// charts, since it looks at the run they show.
import type { ReactNode } from 'react';
import { useLab } from '../../state/store';
import { LandscapePanel } from '../optlab/LandscapePanel';
import { PathsLab } from '../optlab/PathsLab';
import { LrFinderView } from '../search/LrFinderView';
import { SearchView } from '../search/SearchView';
import { Workbench } from '../workbench/Workbench';
import { InitLab } from './InitLab';
import { LectureMap } from './LectureMap';

export function TrainingView({ children }: { children: ReactNode }) {
  const mode = useLab((s) => s.config.mode);
  const view =
    mode === 'init-lab' ? (
      <InitLab />
    ) : mode === 'workbench' ? (
      <Workbench />
    ) : mode === 'lectures' ? (
      <LectureMap />
    ) : mode === 'paths' ? (
      <PathsLab />
    ) : mode === 'search' ? (
      <SearchView />
    ) : mode === 'lr-finder' ? (
      <LrFinderView />
    ) : mode === 'landscape' ? (
      <>
        <LandscapePanel />
        {children}
      </>
    ) : (
      children
    );
  return <div className="training-view">{view}</div>;
}
