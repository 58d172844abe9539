// One search's runs as a table: sortable by any column, best row marked, each row a link to its run.
import { useState } from 'react';
import type { Axis } from '../../state/search/points';
import { bestRow, higherIsBetter, sortByMetric, type SearchRow } from '../../state/search/rows';
import type { SearchMetric } from '../../state/schema';
import { formatNumber, formatPercent } from '../format';

const METRIC_LABEL: Record<SearchMetric, string> = {
  'test-acc': 'test accuracy',
  'test-loss': 'test loss',
  'train-acc': 'train accuracy',
  'train-loss': 'train loss',
};

export const metricLabel = (m: SearchMetric) => METRIC_LABEL[m];
export const formatMetric = (m: SearchMetric, v: number | null) => (higherIsBetter(m) ? formatPercent(v) : formatNumber(v));
const formatValue = (v: number | string) => (typeof v === 'number' ? formatNumber(v, 3) : v);

type SortKey = 'metric' | number;

interface Props {
  title: string;
  kind: 'grid' | 'random';
  rows: SearchRow[];
  axes: readonly Axis[];
  metric: SearchMetric;
}

export function SearchTable({ title, kind, rows, axes, metric }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'metric', desc: true });
  const best = bestRow(rows, metric);
  const byValue = (i: number) => [...rows].sort((a, b) => (a.values[i] < b.values[i] ? -1 : a.values[i] > b.values[i] ? 1 : 0));
  let sorted = sort.key === 'metric' ? sortByMetric(rows, metric) : byValue(sort.key);
  if (!sort.desc) sorted = sorted.reverse();
  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, desc: sort.key === key ? !sort.desc : true })} data-action={`sort-${key}`}>
        {label}
      </button>
    </th>
  );
  const distinct = new Set(rows.map((r) => r.values[0])).size;
  return (
    <div className="search-table" data-search-kind={kind} data-best={best?.metric ?? ''} data-distinct={distinct}>
      <h3>
        {title}: best {metricLabel(metric)} <strong data-metric={`best-${kind}`}>{formatMetric(metric, best?.metric ?? null)}</strong>
        <span className="caption-note"> · {distinct} distinct {axes[0]?.hp.label}</span>
      </h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {header(0, axes[0]?.hp.label ?? '')}
              {axes[1] && header(1, axes[1].hp.label)}
              {header('metric', metricLabel(metric))}
              <th>run</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.run} data-run={r.run} data-best={r === best ? 'true' : undefined} data-final={r.full ? 'true' : 'false'}>
                <td>{formatValue(r.values[0])}</td>
                {axes[1] && <td>{formatValue(r.values[1])}</td>}
                <td>{formatMetric(metric, r.metric)}</td>
                <td>
                  <a href={`?${r.query}`} data-action="open-run" title="Open this run as its own experiment">
                    open
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
