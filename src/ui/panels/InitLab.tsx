// The initialization lab: one batch through the freshly initialized net, every hidden layer's histogram and
// variance next to what the variance argument predicts. Recomputed whenever the config changes.
import { useEffect, useMemo } from 'react';
import { ChartBox } from '../charts/ChartBox';
import { LOG_AXIS } from '../charts/live/axes';
import { LiveChart } from '../charts/live/LiveChart';
import type { AxisSpec } from '../charts/live/scale';
import type { LiveSeries } from '../charts/live/types';
import { selectInitLab, useStats } from '../../state/statsStore';
import { selectConfig, selectPhase, useLab } from '../../state/store';
import { colorAt, PALETTE } from '../charts/palette';
import { fmtStat, forLog } from '../charts/layers/format';
import { LayerHistogram } from '../charts/layers/LayerHistogram';
import { StatRow } from '../charts/layers/StatRow';
import '../charts/layers/layers.css';

const LAYER_AXIS: AxisSpec = { domain: ['data', 'data'], integer: true, format: String };
const READOUT = { x: (v: number) => `layer ${v}`, y: fmtStat };
const MARGIN = { top: 4, right: 20, bottom: 0 } as const;

export function InitLab() {
  const config = useLab(selectConfig);
  const phase = useLab(selectPhase);
  const latest = useStats(selectInitLab);
  const request = useStats((s) => s.requestInitLab);
  // The result on screen was computed for exactly this config (tests and lessons wait for data-current="1").
  const current = useStats((s) => s.initLabFor === config);
  // Only numbers of this config are shown: a preset switched to (lecturer mode's `n`) must not show the last
  // preset's histograms and variances while its own forward pass runs.
  const result = current ? latest : null;
  useEffect(() => {
    if (phase === 'ready') request(config, config.data);
  }, [config, phase, request]);
  const layers = result?.layers ?? [];
  // Layers numbered from 1 on the x-axis; dots as well as lines, since a net may have only one hidden layer.
  const series = useMemo((): LiveSeries[] => {
    const ls = result?.layers ?? [];
    return [
      { name: 'measured', color: PALETTE[0], dots: 3, points: ls.map((l) => ({ x: l.layer + 1, y: forLog(l.preVar) })) },
      { name: 'theory', color: PALETTE[1], dash: '5 4', dots: 3, points: ls.map((l) => ({ x: l.layer + 1, y: forLog(l.theoryPreVar) })) },
    ];
  }, [result]);
  const summary = layers.map((l) => `layer ${l.layer + 1} std ${fmtStat(Math.sqrt(l.actVar))}`).join(', ');
  return (
    <section className="panel init-lab" data-panel="init-lab" aria-label="Initialization lab" data-current={current ? '1' : '0'}>
      <h2>
        Initialization lab{' '}
        <span className="caption-note">
          one batch of {config.data === 'gaussian' ? 'unit-Gaussian inputs' : 'MNIST test images'}, no training
        </span>
      </h2>
      {!result && <p className="caption-note">{latest ? 'Computing for this setting…' : 'Building the network…'}</p>}
      <div className="layer-cols" style={{ gridTemplateColumns: `repeat(${Math.max(1, layers.length)}, minmax(0, 1fr))` }}>
        {layers.map((l) => (
          <div key={l.layer} className="layer-col" data-layer={l.layer} data-std={Math.sqrt(l.actVar)} data-saturated={l.saturated}>
            <div className="layer-col-title" style={{ borderColor: colorAt(l.layer) }}>
              layer {l.layer + 1}
            </div>
            <LayerHistogram hist={l.hist} range={l.histRange} color={colorAt(l.layer)} label={`layer ${l.layer + 1}`} height={90} />
            <dl className="layer-numbers">
              <StatRow stat="act-std" label="std(a)" value={fmtStat(Math.sqrt(l.actVar))} />
              <StatRow stat="pre-var" label="Var(pre)" value={fmtStat(l.preVar)} />
              <StatRow stat="theory" label="theory" value={fmtStat(l.theoryPreVar)} className="init-lab-theory" />
            </dl>
          </div>
        ))}
      </div>
      <figure className="chart" role="img" aria-label={`Variance per layer, measured and predicted. ${summary}`}>
        <figcaption>
          Pre-activation variance per layer{' '}
          <span className="caption-note">
            log · theory: Var(z) = n·Var(w)·E[a²] (+ n·E[w]²·Var(a)·(1 + ρ(n−1)) for constant init), with E[f(z)] and
            E[f(z)²] of each activation by Gauss–Hermite quadrature
          </span>
        </figcaption>
        <ChartBox height={200}>
          <LiveChart series={series} x={LAYER_AXIS} y={LOG_AXIS} legend readout={READOUT} margin={MARGIN} />
        </ChartBox>
      </figure>
    </section>
  );
}
