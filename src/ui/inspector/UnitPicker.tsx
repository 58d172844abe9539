// Choosing a unit from the keyboard: a layer menu and a unit number, and arrow keys on the picker
// (↑/↓ the unit, ←/→ the layer).
import { useId } from 'react';
import { moveUnitRef, type UnitRef } from '../../state/unitRef';

interface Props {
  selected: UnitRef | null;
  widths: readonly number[];
  select: (ref: UnitRef) => void;
}

type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function UnitPicker({ selected, widths, select }: Props) {
  const id = useId();
  const ref = selected ?? { layer: 0, unit: 0 };
  const layer = Math.min(ref.layer, widths.length - 1);
  const max = widths[layer] - 1;
  return (
    <div className="unit-picker" role="group" aria-label="Choose a unit (arrow keys move)" data-action="unit-picker">
      <label htmlFor={`${id}-layer`}>Layer</label>
      <select
        id={`${id}-layer`}
        value={layer}
        data-field="inspect-layer"
        onChange={(e) => select({ layer: Number(e.target.value), unit: Math.min(ref.unit, widths[Number(e.target.value)] - 1) })}
      >
        {widths.map((w, i) => (
          <option key={i} value={i}>
            {i === widths.length - 1 ? 'output' : `layer ${i + 1}`} ({w} units)
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-unit`}>Unit</label>
      <input
        id={`${id}-unit`}
        type="number"
        min={0}
        max={max}
        value={Math.min(ref.unit, max)}
        data-field="inspect-unit"
        onChange={(e) => {
          const u = Number(e.target.value);
          if (Number.isInteger(u) && u >= 0 && u <= max) select({ layer, unit: u });
        }}
        onKeyDown={(e) => {
          // ↑/↓ are the number input's own steps; ←/→ change the layer.
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
            e.preventDefault();
            select(moveUnitRef({ layer, unit: ref.unit }, widths, e.key as Arrow));
          }
        }}
      />
      <span className="caption-note">0–{max}</span>
    </div>
  );
}
