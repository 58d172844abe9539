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
