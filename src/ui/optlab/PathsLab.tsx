// The optimizer lab (mode=paths): the catalogue's optimizers race on a two-parameter surface from one start
// point, each with its own tfjs update in the Worker; the page draws the contour map and the paths, and
// lists each racer's numbers. Recomputed whenever the settings change.
import { useEffect, useMemo } from 'react';
import { surfaceById, type SurfaceId } from '../../catalog/surfaces';
import { selectPathsProgress, selectPathsResult, usePaths } from '../../state/pathsStore';
import { pathsSpecOf } from '../../state/pathsSpec';
import { selectConfig, selectPhase, useLab } from '../../state/store';
import { formatCount } from '../format';
import { PathsCanvas } from './PathsCanvas';
import { PathsTable } from './PathsTable';
import './optlab.css';

export function PathsLab() {
  const config = useLab(selectConfig);
  const phase = useLab(selectPhase);
  const result = usePaths(selectPathsResult);
  const progress = usePaths(selectPathsProgress);
  const request = usePaths((s) => s.request);
  const spec = useMemo(() => pathsSpecOf(config), [config]);
  const key = JSON.stringify(spec);
  useEffect(() => {
    if (phase === 'ready') request(JSON.parse(key));
  }, [key, phase, request]);
  const current = result !== null && JSON.stringify(result.spec) === key;
  const surface = surfaceById[(result?.spec.surface ?? spec.surface) as SurfaceId];
  return (
    <section className="panel optlab" data-panel="paths" aria-label="Optimizer paths" data-current={current ? '1' : '0'}>
      <h2>
        Optimizer paths: {surface.label}{' '}
        <span className="caption-note">
          each optimizer's own update from the catalogue, on a two-parameter surface; start ▫, {spec.steps} steps
          {spec.noise > 0 ? `, gradient noise σ = ${spec.noise}` : ''}
        </span>
      </h2>
      <p className="caption-note">{surface.note}</p>
      {progress && (
        <p className="caption-note" data-paths-progress>
          Computing… {formatCount(progress.done)} / {formatCount(progress.total)} steps
        </p>
      )}
      {spec.opts.length === 0 && <p className="caption-note">Pick at least one optimizer in the settings (Racing optimizers).</p>}
      {result && (
        <div className="optlab-body">
          <PathsCanvas surface={result.spec.surface as SurfaceId} paths={result.paths} start={result.spec.start} />
          <PathsTable spec={result.spec} paths={result.paths} />
        </div>
      )}
    </section>
  );
}
