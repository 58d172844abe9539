// The one colour scale of a layer's weight images: −max |w| (blue) through 0 (white) to +max |w| (red).
import { formatNumber } from '../format';
import { divergingColor } from './weightImage';

const STOPS = [-1, -0.5, 0, 0.5, 1];

export function WeightLegend({ maxAbs }: { maxAbs: number }) {
  const gradient = STOPS.map((t) => `rgb(${divergingColor(t, 1).join(',')})`).join(', ');
  return (
    <figure className="weights-legend" aria-label={`Colour scale from ${formatNumber(-maxAbs)} to ${formatNumber(maxAbs)}`}>
      <span className="weights-ramp" style={{ background: `linear-gradient(to right, ${gradient})` }} />
      <figcaption>
        <span>{formatNumber(-maxAbs)}</span>
        <span>0</span>
        <span>{formatNumber(maxAbs)}</span>
      </figcaption>
    </figure>
  );
}
