// The selected unit (the `unit` URL key) and the net's layer widths, for everything that picks a unit:
// the inspector's picker, the weight images, the layer columns and the network view.
import { useCallback } from 'react';
import { NUM_CLASSES } from '../../state/types';
import { formatUnitRef, parseUnitRef, type UnitRef } from '../../state/unitRef';
import { useLab } from '../../state/store';

const selectUnit = (s: ReturnType<typeof useLab.getState>) => s.config.unit;
const selectLayers = (s: ReturnType<typeof useLab.getState>) => s.config.layers;

/** Widths of [hidden..., output]. */
export const widthsOf = (hidden: readonly number[]) => [...hidden, NUM_CLASSES];

export function useUnitSelection(): { selected: UnitRef | null; widths: number[]; select: (ref: UnitRef) => void } {
  const text = useLab(selectUnit);
  const hidden = useLab(selectLayers);
  const select = useCallback((ref: UnitRef) => useLab.getState().setConfig({ unit: formatUnitRef(ref) }), []);
  return { selected: parseUnitRef(text), widths: widthsOf(hidden), select };
}

/** "layer 2 unit 17", or "output unit 3" (digit 3). */
export function unitName(ref: UnitRef, numLayers: number): string {
  return ref.layer === numLayers - 1 ? `output unit ${ref.unit} (digit ${ref.unit})` : `layer ${ref.layer + 1} unit ${ref.unit}`;
}
