// Downloads for lab reports: the shown runs as CSV or JSON, and the charts as a PNG.
import type { Run } from '../../state/runsStore';
import { CodeExportButtons } from './CodeExportButtons';
import { download, downloadChartsPng, runsToCsv, runsToJson } from './exportRuns';

interface Props {
  runs: readonly Run[];
  labels: readonly string[];
  /** The element whose charts the PNG shows. */
  chartRoot: () => Element | null;
}

const base = () => `${location.origin}${location.pathname}`;

export function ExportButtons({ runs, labels, chartRoot }: Props) {
  const none = runs.length === 0;
  return (
    <div className="export-buttons" role="group" aria-label="Export">
      <button
        type="button"
        disabled={none}
        onClick={() => download('layer-lab-runs.csv', new Blob([runsToCsv(runs, labels, base())], { type: 'text/csv' }))}
        data-action="export-csv"
      >
        CSV
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() =>
          download('layer-lab-runs.json', new Blob([runsToJson(runs, labels, base())], { type: 'application/json' }))
        }
        data-action="export-json"
      >
        JSON
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => {
          const root = chartRoot();
          if (root) void downloadChartsPng(root, 'layer-lab-charts.png');
        }}
        data-action="export-png"
        aria-label="PNG of the charts"
      >
        PNG
      </button>
      <CodeExportButtons />
    </div>
  );
}
