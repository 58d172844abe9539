// Which settings matter for the current choices: a field whose value cannot change the run is hidden
// (maxout's k unless the activation is maxout, a schedule's knobs unless that schedule is picked, ...).
import { optimizerById } from '../../catalog/optimizers';
import type { Config, FieldName } from '../../state/schema';

const usesHyper = (name: 'momentum' | 'beta1' | 'beta2' | 'eps') => (c: Config) =>
  (optimizerById[c.opt].uses as readonly string[]).includes(name);

const paths = (c: Config) => c.mode === 'paths';

const RELEVANT: Partial<Record<FieldName, (c: Config) => boolean>> = {
  maxoutK: (c) => c.act === 'maxout',
  initValue: (c) => c.init === 'constant',
  momentum: usesHyper('momentum'),
  beta1: usesHyper('beta1'),
  beta2: usesHyper('beta2'),
  eps: usesHyper('eps'),
  decay: (c) => c.sched === 'step',
  decayEvery: (c) => c.sched === 'step',
  lrEnd: (c) => c.sched === 'linear' || c.sched === 'cosine',
  tau: (c) => c.sched === 'linear' || c.sched === 'cosine',
  data: (c) => c.mode === 'init-lab',
  surface: paths,
  pathOpts: paths,
  pathSteps: paths,
  startX: paths,
  startY: paths,
  noise: paths,
  pathEff: paths,
  // Chosen by clicking a unit (inspector, weight images, network view), not typed in the settings.
  unit: () => false,
};

export function isRelevant(name: FieldName, config: Config): boolean {
  return RELEVANT[name]?.(config) ?? true;
}
