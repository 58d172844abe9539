// mode=search: the search's settings, its progress, its results as tables (grid and random side by side
// when both run) and a chart of the metric against the hyperparameters. The base experiment (net, optimizer,
// seed) comes from the settings panel; every run uses it with its own point's values.
import { FIELD_NAMES, FIELDS } from '../../state/schema';
import { FieldControl } from '../controls/FieldControl';
import { SearchChart } from './SearchChart';
import { SearchProgress } from './SearchProgress';
import { SearchTable } from './SearchTable';
import { useSearchRows } from './useSearchRows';

const SEARCH_FIELDS = FIELD_NAMES.filter((n) => FIELDS[n].group === 'search');

export function SearchView() {
  const { config, plan, axes, rows } = useSearchRows();
  const kinds = config.search === 'both' ? (['grid', 'random'] as const) : ([config.search] as const);
  // Planned steps of a run not started yet: the budget's images over the batch, per epoch.
  const plannedSteps = Math.floor(config.budgetSize / Math.min(config.batch, config.budgetSize)) * config.searchEpochs;
  return (
    <section className="panel search-view" aria-label="Hyperparameter search" data-panel="search">
      <h2>Hyperparameter search</h2>
      <p className="caption-note">
        {plan.length} runs of {config.searchEpochs} epoch{config.searchEpochs > 1 ? 's' : ''} on {config.budgetSize} training images each,
        trained together on the same seed (the same initial weights and batches), so only the searched values differ.
      </p>
      <fieldset className="search-settings">
        <legend>Search</legend>
        {SEARCH_FIELDS.filter((n) => n !== 'hp2Range' || config.hp2 !== 'none').map((n) => (
          <FieldControl key={n} name={n} />
        ))}
      </fieldset>
      <SearchProgress numRuns={plan.length} plannedSteps={plannedSteps} />
      <SearchChart rows={rows} axes={axes} metric={config.searchMetric} />
      <div className="search-tables">
        {kinds.map((k) => (
          <SearchTable key={k} kind={k} title={k === 'grid' ? 'Grid search' : 'Random search'} rows={rows.filter((r) => r.kind === k)} axes={axes} metric={config.searchMetric} />
        ))}
      </div>
    </section>
  );
}
