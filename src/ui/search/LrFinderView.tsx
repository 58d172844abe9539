// mode=lr-finder: the learning-rate range test. One short run on a fresh copy of the configured net with the
// rate rising exponentially; the smoothed loss against the rate on a log axis, the divergence marked, and
// the suggested rate (with its rule) applied with one click, back in train mode.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { LR_FINDER } from '../../state/types';
import { selectFinderEtaMs, useLrFinder } from '../../state/search/lrFinderStore';
import { LR_RULE, lossAxisTop, smoothLosses, suggestLr } from '../../state/search/lrRule';
import { selectConfig, useLab } from '../../state/store';
import { ChartBox } from '../charts/ChartBox';
import { PALETTE } from '../charts/palette';
import { formatAxis, formatNumber } from '../format';

/** One tick per decade of the sweep, 1e-6 … 10. */
const DECADES = Array.from({ length: Math.round(Math.log10(LR_FINDER.lrMax / LR_FINDER.lrMin)) + 1 }, (_, i) => LR_FINDER.lrMin * 10 ** i);

export function LrFinderView() {
  const config = useLab(selectConfig);
  const ready = useLab((s) => s.phase === 'ready');
  const { phase, points, stopped } = useLrFinder();
  const etaMs = useLrFinder(selectFinderEtaMs);
  const data = smoothLosses(points.filter((p) => Number.isFinite(p.loss)));
  const s = suggestLr(points);
  const top = lossAxisTop(points);
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
          <LineChart data={data} margin={{ top: 8, right: 20, bottom: 16, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
            <XAxis dataKey="lr" type="number" scale="log" domain={[LR_FINDER.lrMin, LR_FINDER.lrMax]} ticks={DECADES} tickFormatter={formatAxis} allowDataOverflow />
            <YAxis type="number" domain={[0, top ?? 'auto']} tickFormatter={formatAxis} allowDataOverflow />
            <Tooltip isAnimationActive={false} formatter={(v) => (typeof v === 'number' ? formatNumber(v, 3) : String(v))} />
            <Line dataKey="loss" name="loss" stroke="#bbb" dot={false} isAnimationActive={false} />
            <Line dataKey="smoothed" name="smoothed loss" stroke={PALETTE[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
            {s.divergedLr !== null && <ReferenceLine x={s.divergedLr} stroke="#c00" strokeDasharray="4 2" label="diverges" />}
            {s.lr !== null && <ReferenceLine x={s.lr} stroke={PALETTE[2]} label="suggested" />}
          </LineChart>
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
