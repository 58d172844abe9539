// The `unit` URL value: `L<layer>:<unit>`, layer 1-based counting the output layer last (as the page numbers
// layers), unit 0-based. The engine counts layers from 0; the conversion lives here, once.

export interface UnitRef {
  /** 0-based over [hidden..., output]. */
  layer: number;
  unit: number;
}

/** `L2:17` → { layer: 1, unit: 17 }; null for the empty value or anything malformed. */
export function parseUnitRef(text: string): UnitRef | null {
  const m = /^L(\d{1,2}):(\d{1,3})$/.exec(text);
  if (!m) return null;
  const layer = Number(m[1]) - 1;
  return layer < 0 ? null : { layer, unit: Number(m[2]) };
}

export function formatUnitRef(ref: UnitRef): string {
  return `L${ref.layer + 1}:${ref.unit}`;
}

/** The unit a key moves to in a net of the given layer widths (hidden..., output), clamped at the edges. */
export function moveUnitRef(ref: UnitRef, widths: readonly number[], key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'): UnitRef {
  const last = widths.length - 1;
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const max = widths[ref.layer] - 1;
    return { layer: ref.layer, unit: Math.max(0, Math.min(max, ref.unit + (key === 'ArrowDown' ? 1 : -1))) };
  }
  const layer = Math.max(0, Math.min(last, ref.layer + (key === 'ArrowRight' ? 1 : -1)));
  return { layer, unit: Math.min(ref.unit, widths[layer] - 1) };
}
