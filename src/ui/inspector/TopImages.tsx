// The test images that excite the unit most, highest activation first (found over the whole test set).
import type { UnitInspection } from '../../state/types';
import { formatCount, formatStat } from '../format';
import { DigitImage } from '../predictions/DigitImage';

export function TopImages({ top, numTest }: { top: UnitInspection['top']; numTest: number }) {
  return (
    <figure className="inspector-top">
      <ol className="inspector-top-grid" data-top-count={top.length} aria-label={`The ${top.length} test images that excite this unit most`}>
        {top.map((d) => (
          <li key={d.index} data-index={d.index} data-activation={d.activation}>
            <DigitImage pixels={d.pixels} label={`test image ${d.index}, a ${d.label}, activation ${formatStat(d.activation)}`} />
            <span>{formatStat(d.activation)}</span>
          </li>
        ))}
      </ol>
      <figcaption className="caption-note">Highest activations among all {formatCount(numTest)} test images</figcaption>
    </figure>
  );
}
