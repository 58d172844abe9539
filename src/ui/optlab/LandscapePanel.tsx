// The loss landscape of the real network (mode=landscape), above the training charts: the loss along the
// line from the initial to the current weights, and a 2-D slice along two random filter-normalised
// directions with the trajectory projected onto it. Computed in the Worker on request, in chunks.
import { useMemo } from 'react';
import { latestEval } from '../../state/evalSeries';
import { landscapeRise } from '../../state/landscapeRise';
import { selectLandscape, selectLandscapeProgress, useLandscape } from '../../state/landscapeStore';
import { selectConfig, selectEvals, useLab } from '../../state/store';
import { ChartBox } from '../charts/ChartBox';
import { LiveChart } from '../charts/live/LiveChart';
import type { AxisSpec } from '../charts/live/scale';
import type { LiveSeries, RefLine } from '../charts/live/types';
import { PALETTE } from '../charts/palette';
import { FieldControl } from '../controls/FieldControl';
import { formatCount, formatNumber } from '../format';
import { LandscapeMap } from './LandscapeMap';
import './optlab.css';

const ALPHA_AXIS: AxisSpec = { domain: ['data', 'data'] };
const LOSS_AXIS: AxisSpec = { domain: ['nice', 'nice'] };
/** α = 0 (the initial weights) and α = 1 (the current ones). */
const ENDS: RefLine[] = [{ x: 0, color: '#999' }, { x: 1, color: '#999' }];
const READOUT = { x: (v: number) => `α ${formatNumber(v)}`, y: (v: number) => formatNumber(v) };
const MARGIN = { top: 4, right: 16, bottom: 0 } as const;

export function LandscapePanel() {
  const run = useLab((s) => s.run);
  const step = useLab((s) => s.status?.step ?? 0);
  const config = useLab(selectConfig);
  const trainEval = latestEval(useLab(selectEvals), 'train');
  const result = useLandscape(selectLandscape);
  const progress = useLandscape(selectLandscapeProgress);
  const stopped = useLandscape((s) => s.stopped);
  const { start, cancel } = useLandscape.getState();
  const lineSeries = useMemo(
    (): LiveSeries[] => [
      {
        name: 'loss',
        color: PALETTE[0],
        points: result ? Array.from(result.line.alphas, (a, i) => ({ x: Number(a.toFixed(2)), y: result.line.losses[i] })) : [],
      },
    ],
    [result],
  );
  const state = progress ? 'computing' : result ? 'done' : stopped ? 'cancelled' : 'idle';
  const rise = result ? landscapeRise(result) : null;
  return (
    <section className="panel landscape" data-panel="landscape" aria-label="Loss landscape" data-state={state}>
      <h2>
        Loss landscape{' '}
        <span className="caption-note">
          around the current weights θ, on the first 1,000 training images in use (the quick train evaluation's)
        </span>
      </h2>
      <div className="landscape-controls">
        <button type="button" data-action="landscape-start" onClick={() => start(run, config.lsGrid, config.lsSpan)}>
          {result ? 'Recompute' : 'Compute'} at step {formatCount(step)}
        </button>
        <button type="button" data-action="landscape-cancel" disabled={!progress} onClick={cancel}>
          Cancel
        </button>
        <FieldControl name="lsGrid" />
        <FieldControl name="lsSpan" />
        {progress && (
          <span className="caption-note" data-landscape-progress={progress.done}>
            {formatCount(progress.done)} / {formatCount(progress.total)} points
            {progress.done > 0 ? ` · about ${Math.ceil(progress.etaMs / 1000)} s left` : ''}
          </span>
        )}
        {stopped && !progress && <span className="caption-note">Cancelled.</span>}
      </div>
      {result && (
        <div className="optlab-body" data-landscape-step={result.step} data-landscape-ms={Math.round(result.ms)}>
          <figure className="chart">
            <figcaption>
              θ + a·d₁ + b·d₂, a, b ∈ [−{result.span}, {result.span}] · centre (θ){' '}
              <strong data-metric="landscape-centre" data-value={result.centre}>
                {formatNumber(result.centre)}
              </strong>{' '}
              · train loss (latest evaluation){' '}
              <span data-metric="landscape-train-eval" data-value={trainEval?.loss ?? NaN}>
                {formatNumber(trainEval?.loss)}
              </span>{' '}
              · {result.grid} × {result.grid} in {formatNumber(result.ms / 1000, 3)} s
              {rise && (
                <>
                  {' '}
                  · rise at r = {formatNumber(rise.radius)} (ring mean − centre){' '}
                  <strong data-metric="landscape-rise" data-value={rise.rise}>
                    {formatNumber(rise.rise)}
                  </strong>
                </>
              )}
            </figcaption>
            <LandscapeMap result={result} />
            <p className="caption-note">
              Directions: Gaussian, rescaled unit by unit to the norm of that unit's incoming weights (Li et al., 2018);
              biases and batch-norm parameters held fixed. Orange: the weights at each evaluation, projected (○ = θ₀).
              In ~10⁵ dimensions two random directions miss most of the path, so it looks short.
            </p>
          </figure>
          <figure className="chart" style={{ flex: '1 1 280px' }}>
            <figcaption>
              Loss along θ₀ + α(θ − θ₀) <span className="caption-note">α = 0: initial weights, 1: current</span>
            </figcaption>
            <ChartBox height={200}>
              <LiveChart series={lineSeries} x={ALPHA_AXIS} y={LOSS_AXIS} refLines={ENDS} readout={READOUT} margin={MARGIN} />
            </ChartBox>
            <p className="caption-note">With batch norm, every point uses the current running statistics.</p>
          </figure>
        </div>
      )}
    </section>
  );
}
