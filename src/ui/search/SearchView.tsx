// mode=search: the search's settings, its progress, its results as tables (grid and random side by side
// when both run) and a chart of the metric against the hyperparameters. The base experiment (net, optimizer,
// seed) comes from the settings panel; every run uses it with its own point's values.
// In lecturer mode the page is one screen (search.css): the title, progress and a "Search settings" button
// on one row, then the chart beside the tables, each table scrolling in its own box.
import { useState } from 'react';
import { FIELD_NAMES, FIELDS } from '../../state/schema';
import { useLab } from '../../state/store';
import { FieldControl } from '../controls/FieldControl';
import { SearchChart } from './SearchChart';
import { SearchProgress } from './SearchProgress';
import { SearchTable } from './SearchTable';
import { useSearchRows } from './useSearchRows';
import './search.css';

const SEARCH_FIELDS = FIELD_NAMES.filter((n) => FIELDS[n].group === 'search');

export function SearchView() {
  const present = useLab((s) => s.config.present);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { config, plan, axes, rows } = useSearchRows();
  const kinds = config.search === 'both' ? (['grid', 'random'] as const) : ([config.search] as const);
  // Planned steps of a run not started yet: the budget's images over the batch, per epoch.
  const plannedSteps = Math.floor(config.budgetSize / Math.min(config.batch, config.budgetSize)) * config.searchEpochs;
  const settings = (
    <fieldset className="search-settings">
      <legend>Search</legend>
      {SEARCH_FIELDS.filter((n) => n !== 'hp2Range' || config.hp2 !== 'none').map((n) => (
        <FieldControl key={n} name={n} />
      ))}
    </fieldset>
  );
  const progress = <SearchProgress numRuns={plan.length} plannedSteps={plannedSteps} />;
  return (
    <section className="panel search-view" aria-label="Hyperparameter search" data-panel="search">
      <div className="search-head">
        <h2>Hyperparameter search</h2>
        {present && progress}
        {present && (
          // Out of the way until asked for, like the settings drawer; it opens over the chart. The fields are
          // mounted only while open (a closed <details> keeps its children's boxes).
          <details className="search-settings-pop" onToggle={(e) => setSettingsOpen(e.currentTarget.open)}>
            <summary data-action="search-settings">Search settings</summary>
            {settingsOpen && settings}
          </details>
        )}
      </div>
      <p className="caption-note">
        {plan.length} runs of {config.searchEpochs} epoch{config.searchEpochs > 1 ? 's' : ''} on {config.budgetSize} training images each,
        trained together on the same seed (the same initial weights and batches), so only the searched values differ.
      </p>
      {!present && settings}
      {!present && progress}
      <div className="search-body">
        <SearchChart rows={rows} axes={axes} metric={config.searchMetric} />
        <div className="search-tables">
          {kinds.map((k) => (
            <SearchTable key={k} kind={k} title={k === 'grid' ? 'Grid search' : 'Random search'} rows={rows.filter((r) => r.kind === k)} axes={axes} metric={config.searchMetric} />
          ))}
        </div>
      </div>
    </section>
  );
}
