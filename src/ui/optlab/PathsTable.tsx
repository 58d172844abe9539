// One row per racer: its steps, final loss, and the numbers the presets talk about. Every value is also a
// data-* attribute of its row, for tests and lecturers' scripts.
import { optimizerById, type OptimizerId } from '../../catalog/optimizers';
import { pathMetrics } from '../../state/pathsSpec';
import type { OptPath, PathsSpec } from '../../state/types';
import { colorAt } from '../charts/palette';
import { formatNumber } from '../format';

const orNone = (n: number | null) => (n === null ? '–' : String(n));

export function PathsTable({ spec, paths }: { spec: PathsSpec; paths: OptPath[] }) {
  const hasSaddle = spec.surface === 'saddle';
  return (
    <table className="paths-table">
      <thead>
        <tr>
          <th>Optimizer</th>
          <th>α</th>
          <th>Steps</th>
          <th>Final loss</th>
          <th title="First step within 1 % of the way from the start's loss to the minimum">Near min. at</th>
          {hasSaddle && <th title="First step whose loss is halfway from the saddle's value down to the minimum">Left saddle at</th>}
          <th title="Steps that reverse the previous step's direction">Reversals</th>
          <th title="|Δx| / |Δy| of the first step">First step x:y</th>
        </tr>
      </thead>
      <tbody>
        {paths.map((p, k) => {
          const m = pathMetrics(p, spec.surface);
          return (
            <tr
              key={`${p.opt}-${k}`}
              data-opt={p.opt}
              data-steps={m.steps}
              data-final-loss={m.finalLoss}
              data-reach-step={m.reachStep ?? ''}
              data-escape-step={m.escapeStep ?? ''}
              data-turns={m.turns}
              data-first-ratio={m.firstRatio}
            >
              <td>
                <span className="swatch" style={{ background: colorAt(k) }} /> {optimizerById[p.opt as OptimizerId]?.label ?? p.opt}
              </td>
              <td>{formatNumber(spec.opts[k]?.lr)}</td>
              <td>{m.steps}{p.diverged ? ' (diverged)' : ''}</td>
              <td>{formatNumber(m.finalLoss)}</td>
              <td>{orNone(m.reachStep)}</td>
              {hasSaddle && <td>{orNone(m.escapeStep)}</td>}
              <td>{m.turns}</td>
              <td>{formatNumber(m.firstRatio, 3)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
