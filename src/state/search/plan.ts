// From the experiment's search settings to the runs a search trains: its axes, its points (grid, random, or
// both one after the other) and each point's own experiment — a plain training run whose URL reopens it.
import { FIELDS, FIELD_NAMES, type Config, type FieldName } from '../schema';
import { applyHp, HYPERPARAMS, type HpValue } from './hyperparams';
import { searchPoints, type Axis, type SearchPoint } from './points';

/** The hyperparameters a search varies, with their ranges (one, or two when hp2 is set and differs). */
export function searchAxes(c: Config): Axis[] {
  const axes: Axis[] = [{ hp: HYPERPARAMS[c.hp1], range: c.hp1Range }];
  if (c.hp2 !== 'none' && c.hp2 !== c.hp1) axes.push({ hp: HYPERPARAMS[c.hp2], range: c.hp2Range });
  return axes;
}

/** Every point of the search, in the order its runs are started (for 'both': the grid's, then random's). */
export function searchPlan(c: Config): SearchPoint[] {
  const spec = { axes: searchAxes(c), budget: c.budgetRuns, seed: c.seed };
  if (c.search === 'both') return [...searchPoints('grid', spec), ...searchPoints('random', spec)];
  return searchPoints(c.search, spec);
}

const SEARCH_FIELDS = FIELD_NAMES.filter((n) => FIELDS[n].group === 'search');

/**
 * One point's experiment: the search's config with the point's values, trained as a plain run on the
 * search's budget (its epochs and training images). Search settings go back to their defaults, so the
 * run's link opens a training page, not another search.
 */
export function pointConfig(c: Config, values: readonly HpValue[]): Config {
  let out: Config = { ...c, mode: 'train', epochs: c.searchEpochs, trainSize: c.budgetSize };
  searchAxes(c).forEach((axis, i) => {
    out = { ...out, ...applyHp(out, axis.hp, values[i]) };
  });
  const defaults = Object.fromEntries(SEARCH_FIELDS.map((n) => [n, structuredClone(FIELDS[n].default)])) as Partial<Record<FieldName, unknown>>;
  return { ...out, ...defaults } as Config;
}

/** The configs the lab store starts as lanes, one per point. */
export function searchVariants(c: Config): Config[] {
  return searchPlan(c).map((p) => pointConfig(c, p.values));
}
