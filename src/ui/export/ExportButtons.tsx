// Downloads for lab reports: the shown runs as CSV or JSON, and the charts as a PNG.
import { runLabels, type Run } from '../../state/runsStore';
import { CodeExportButtons } from './CodeExportButtons';
import { download, downloadChartsPng, runsToCsv, runsToJson } from './exportRuns';

interface Props {
  /** How many runs are shown (none: the buttons are disabled). */
  count: number;
  /** The shown runs, read at the click: their data grows with every loss, the buttons need not follow it. */
  runs: () => readonly Run[];
  /** The element whose charts the PNG shows. */
  chartRoot: () => Element | null;
}

const base = () => `${location.origin}${location.pathname}`;

export function ExportButtons({ count, runs, chartRoot }: Props) {
  const none = count === 0;
  const save = (name: string, type: string, write: typeof runsToCsv) => {
    const shown = runs();
    download(name, new Blob([write(shown, runLabels(shown), base())], { type }));
  };
  return (
    <div className="export-buttons" role="group" aria-label="Export">
      <button
        type="button"
        disabled={none}
        onClick={() => save('layer-lab-runs.csv', 'text/csv', runsToCsv)}
        data-action="export-csv"
      >
        CSV
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => save('layer-lab-runs.json', 'application/json', runsToJson)}
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
