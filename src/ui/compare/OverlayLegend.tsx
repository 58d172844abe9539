// The legend of a chart with one line per run, as a list below the plot: with many runs it wraps onto more
// lines instead of covering the curves, and each run keeps the colour of its id whatever else is hidden.
import { colorAt } from '../charts/palette';

export function OverlayLegend({ runs, labels }: { runs: readonly { id: number }[]; labels: readonly string[] }) {
  return (
    <ul className="overlay-legend" aria-label="Legend">
      {runs.map((r, i) => (
        <li key={r.id} className="legend-item" data-color={colorAt(r.id)}>
          <span className="legend-swatch" style={{ background: colorAt(r.id) }} aria-hidden="true" />
          {labels[i]}
        </li>
      ))}
    </ul>
  );
}
