// What the engine needs of an experiment: the schema's config without the fields only the page uses.
// Derived here, once: a new schema field reaches the Worker unless it is named page-only below.
import type { Config, FieldName } from './schema';

/** Fields the Worker never reads: how the page shows the run, which backend starts the Worker, which mode. */
export const PAGE_ONLY_FIELDS = ['backend', 'mode', 'data', 'present', 'autoplay', 'hide', 'speed', 'lesson', 'step', 'surface', 'pathOpts', 'pathSteps', 'startX', 'startY', 'noise', 'pathEff', 'lsGrid', 'lsSpan', 'search', 'hp1', 'hp1Range', 'hp2', 'hp2Range', 'budgetRuns', 'budgetSize', 'searchEpochs', 'searchMetric', 'unit'] as const satisfies readonly FieldName[];
type PageOnly = (typeof PAGE_ONLY_FIELDS)[number];

export type EngineConfig = Omit<Config, PageOnly>;

/** The engine's copy of a config (a structured clone: what crosses the wire must not alias page state). */
export function toEngineConfig(config: Config): EngineConfig {
  const out: Partial<Config> = structuredClone(config);
  for (const k of PAGE_ONLY_FIELDS) delete out[k];
  return out as EngineConfig;
}

/**
 * Everything the optimizer lab (mode=paths) reads of a config (see state/pathsSpec.ts) besides its own
 * page-only keys: the racers' rate and the optimizer constants, which are training fields too. Changed on
 * that page, they are the racers' settings: the MNIST run, which that page does not train, is left alone
 * and is rebuilt only once the page returns to a mode that uses it (see `sameRuns`). The seed is not here:
 * it draws the net's weights, which the weight images and the inspector show in every mode.
 */
export const PATHS_LAB_FIELDS = ['surface', 'pathOpts', 'pathSteps', 'startX', 'startY', 'noise', 'pathEff', 'lr', 'momentum', 'beta1', 'beta2', 'eps'] as const satisfies readonly FieldName[];

/** A change of `changed` that lands on mode `mode` is only the optimizer lab's: it must not rebuild the run. */
export function isPathsLabChange(mode: Config['mode'], changed: readonly FieldName[]): boolean {
  const lab: readonly FieldName[] = PATHS_LAB_FIELDS;
  return mode === 'paths' && changed.every((k) => k === 'mode' || lab.includes(k));
}

/** Whether two lists of lane configs build and train the same nets (the engine's view of each is equal). */
export function sameRuns(a: readonly Config[], b: readonly Config[]): boolean {
  const key = (cs: readonly Config[]) => JSON.stringify(cs.map(toEngineConfig));
  return a.length === b.length && key(a) === key(b);
}
