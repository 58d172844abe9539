// The search's rows for the page: the lab's lanes matched to the plan's points, with the chosen metric.
import { useMemo } from 'react';
import { searchAxes, searchPlan } from '../../state/search/plan';
import { searchRows } from '../../state/search/rows';
import { selectResults, useSearch } from '../../state/search/searchStore';
import { selectConfig, useLab } from '../../state/store';

export function useSearchRows() {
  const config = useLab(selectConfig);
  const lanes = useLab((s) => s.lanes);
  const results = useSearch(selectResults);
  const plan = useMemo(() => searchPlan(config), [config]);
  const axes = useMemo(() => searchAxes(config), [config]);
  const rows = useMemo(() => searchRows(lanes, plan, results, config.searchMetric), [lanes, plan, results, config.searchMetric]);
  return { config, plan, axes, rows };
}
