// The cards of the current choices: activation, loss, initializer, optimizer and schedule. Teaching text and
// formulas come from the registries; the plots from their plain-number references.
import { useMemo } from 'react';
import { activationById } from '../../catalog/activations';
import { initializerById } from '../../catalog/initializers';
import { lossById } from '../../catalog/losses';
import { optimizerById } from '../../catalog/optimizers';
import { scheduleById } from '../../catalog/schedules';
import { selectConfig, useLab } from '../../state/store';
import { activationPlot, lossPlot, schedulePlot } from './cardPlots';
import { CatalogCard } from './CatalogCard';
import { MiniPlot } from './MiniPlot';
import './cards.css';
import { IMAGE_SIZE, NUM_CLASSES } from '../../state/types';
import { formatNumber } from '../format';

export function CatalogCards() {
  const c = useLab(selectConfig);
  const stepsPerEpoch = useLab((s) => s.status?.stepsPerEpoch ?? Math.max(1, Math.floor(c.trainSize / c.batch)));
  const act = activationById[c.act];
  const loss = lossById[c.loss];
  const init = initializerById[c.init];
  const opt = optimizerById[c.opt];
  const sched = scheduleById[c.sched];
  const actData = useMemo(() => activationPlot(act), [act]);
  const lossData = useMemo(() => lossPlot(loss), [loss]);
  const schedData = useMemo(() => schedulePlot(sched, { ...c, stepsPerEpoch }), [sched, c, stepsPerEpoch]);
  const moments = init.moments(IMAGE_SIZE, c.layers[0] ?? NUM_CLASSES, { seed: c.seed, value: c.initValue });
  return (
    <section className="panel catalog-cards" data-panel="cards" aria-label="What the current choices do">
      <CatalogCard kind="act" title="Activation" entry={act}>
        <MiniPlot data={actData} x="x" xLabel="x" label={`${act.label} and its derivative on [−4, 4]`}
          series={[{ key: 'f', name: 'f(x)' }, { key: 'df', name: "f′(x)" }]} yDomain={[-2, 4]} />
      </CatalogCard>
      <CatalogCard kind="loss" title="Loss" entry={loss}>
        <MiniPlot data={lossData} x="s" xLabel="true-class score (rival at 1, others at 0)"
          label={`${loss.label} as the true-class score varies`} series={[{ key: 'loss', name: 'loss' }]} yDomain={[0, 'auto']} />
      </CatalogCard>
      <CatalogCard kind="init" title="Initializer" entry={init}>
        <p className="card-fact" data-card-fact="init">
          First layer ({IMAGE_SIZE} → {c.layers[0] ?? NUM_CLASSES}): mean {fmtNum(moments.mean)}, variance {fmtNum(moments.variance)}
        </p>
      </CatalogCard>
      <CatalogCard kind="opt" title="Optimizer" entry={opt}>
        <p className="card-fact">
          Hyperparameters: α{opt.uses.map((u) => `, ${HYPER_NAMES[u]}`).join('')}
        </p>
      </CatalogCard>
      <CatalogCard kind="sched" title="LR schedule" entry={sched}>
        <MiniPlot data={schedData} x="epoch" xLabel="epoch" label={`${sched.label} over the run`}
          series={[{ key: 'lr', name: 'α' }]} yDomain={[0, 'auto']} />
      </CatalogCard>
    </section>
  );
}

const HYPER_NAMES = { momentum: 'momentum β', beta1: 'β₁', beta2: 'β₂', eps: 'ε' } as const;
const fmtNum = (v: number) => formatNumber(v, 3);
