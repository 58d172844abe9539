// mode=lr-finder: the learning-rate range test. One short run on a fresh copy of the configured net with the
// rate rising exponentially; the smoothed loss against the rate on a log axis, the divergence marked, and
// the suggested rate (with its rule) applied with one click, back in train mode.
import { useMemo } from 'react';
import { LR_FINDER } from '../../state/types';
import { selectFinderEtaMs, useLrFinder } from '../../state/search/lrFinderStore';
import { LR_RULE, lossAxisTop, smoothLosses, suggestLr } from '../../state/search/lrRule';
import { selectConfig, useLab } from '../../state/store';
import { ChartBox } from '../charts/ChartBox';
import { LiveChart } from '../charts/live/LiveChart';
import { pointsOf } from '../charts/live/path';
import type { AxisSpec } from '../charts/live/scale';
import type { LiveSeries, RefLine } from '../charts/live/types';
import { PALETTE } from '../charts/palette';
import { formatAxis, formatNumber } from '../format';

/** One tick per decade of the sweep, 1e-6 … 10. */
const DECADES = Array.from({ length: Math.round(Math.log10(LR_FINDER.lrMax / LR_FINDER.lrMin)) + 1 }, (_, i) => LR_FINDER.lrMin * 10 ** i);
const LR_AXIS: AxisSpec = { domain: [LR_FINDER.lrMin, LR_FINDER.lrMax], log: true, ticks: DECADES, format: formatAxis };
const READOUT = { x: (v: number) => `α ${formatNumber(v, 3)}`, y: (v: number) => formatNumber(v, 3) };
const MARGIN = { top: 8, right: 20, bottom: 16 } as const;

export function LrFinderView() {
  const config = useLab(selectConfig);
  const ready = useLab((s) => s.phase === 'ready');
  const { phase, points, stopped } = useLrFinder();
  const etaMs = useLrFinder(selectFinderEtaMs);
  const s = suggestLr(points);
  const top = lossAxisTop(points);
  const series = useMemo((): LiveSeries[] => {
    const data = smoothLosses(points.filter((p) => Number.isFinite(p.loss)));
    const lr = (p: (typeof data)[number]) => p.lr;
    return [
      { name: 'loss', color: '#bbb', width: 1, points: pointsOf(data, lr, (p) => p.loss) },
      { name: 'smoothed loss', color: PALETTE[0], points: pointsOf(data, lr, (p) => p.smoothed) },
    ];
  }, [points]);
  const yAxis = useMemo((): AxisSpec => ({ domain: [0, top ?? 'nice'] }), [top]);
  const refLines = useMemo((): RefLine[] => {
    const out: RefLine[] = [];
    if (s.divergedLr !== null) out.push({ x: s.divergedLr, color: '#c00', dash: '4 2', label: 'diverges' });
    if (s.lr !== null) out.push({ x: s.lr, color: PALETTE[2], label: 'suggested' });
    return out;
  }, [s.divergedLr, s.lr]);
  const start = () => useLrFinder.getState().start(useLab.getState().config, useLab.getState().run);
  const apply = () => s.lr !== null && useLab.getState().setConfig({ lr: s.lr, mode: 'train' });
  return (
    <section className="panel search-view" aria-label="Learning-rate finder" data-panel="lr-finder"
      data-finder-phase={phase}
      data-points={points.length}
      data-stopped={stopped ?? ''}
      data-diverged-lr={s.divergedLr ?? ''}
    >
      <h2>Learning-rate finder</h2>
      <p className="caption-note">
        One short run ({LR_FINDER.steps} updates, batch {config.batch}) of the configured net, the learning rate rising exponentially from{' '}
        {formatNumber(LR_FINDER.lrMin)} to {formatNumber(LR_FINDER.lrMax)}; it stops once the smoothed loss passes {LR_FINDER.stopFactor}× its minimum.
      </p>
      <div className="search-progress">
        {phase === 'running' ? (
          <button type="button" onClick={() => useLrFinder.getState().cancel()} data-action="lr-finder-cancel">
            Cancel
          </button>
        ) : (
          <button type="button" disabled={!ready} onClick={start} data-action="lr-finder-start">
            {phase === 'done' ? 'Run again' : 'Find the learning rate'}
          </button>
        )}
        <progress max={LR_FINDER.steps} value={points.length} aria-label="Finder progress" />
        <span>
          {points.length} / {LR_FINDER.steps} updates{etaMs !== null ? ` · at most about ${formatNumber(Math.ceil(etaMs / 1000))} s left` : ''}
          {stopped === 'diverged' ? ' · stopped: the loss blew up' : stopped === 'cancelled' ? ' · cancelled' : ''}
        </span>
      </div>
      <figure className="chart" data-chart="lr-finder" aria-label="Smoothed loss against learning rate">
        <figcaption>Loss against learning rate (log axis): raw and smoothed</figcaption>
        <ChartBox height={240}>
          <LiveChart series={series} x={LR_AXIS} y={yAxis} refLines={refLines} legend readout={READOUT} margin={MARGIN} />
        </ChartBox>
      </figure>
      {s.lr !== null && phase === 'done' && (
        <p>
          Suggested learning rate <strong data-metric="lr-suggested" data-value={s.lr}>{formatNumber(s.lr, 3)}</strong>: {LR_RULE} ({formatNumber(s.minLr, 3)}).{' '}
          <button type="button" onClick={apply} data-action="lr-finder-apply">
            Use lr = {formatNumber(s.lr, 3)} and train
          </button>
        </p>
      )}
    </section>
  );
}
