// The loss workbench (mode=workbench): the lectures' worked examples, live and editable.
import { SCORE_TABLES } from '../../catalog/workbench';
import { RegressionView, SigmoidOutputView } from './RegressionView';
import { ScoreTableView } from './ScoreTableView';
import './workbench.css';

export function Workbench() {
  return (
    <section className="panel workbench" data-panel="workbench" aria-label="Loss workbench">
      <h2>
        Loss workbench{' '}
        <span className="caption-note">every loss in the catalogue, per example, with its gradient; natural logs</span>
      </h2>
      {SCORE_TABLES.map((t) => (
        <ScoreTableView key={t.id} table={t} />
      ))}
      <RegressionView />
      <SigmoidOutputView />
    </section>
  );
}
