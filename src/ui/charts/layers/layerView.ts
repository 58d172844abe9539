// Which layer view fits: a column per layer (histogram + six labelled numbers) needs about 8.5 em per layer
// ("‖ΔW‖/‖W‖ 1.2e-3" on one line); below that the compact strip, with numbers in its cells while a cell is
// at least ~4 em wide ("1.2e-3"), colour alone below that (the number then shows on hover or focus).

export type LayerView = 'columns' | 'strip-numbers' | 'strip';

const COLUMN_EM = 8.5;
const CELL_EM = 4;
/** The strip's row labels ("‖ΔW‖/‖W‖") take about this much of the width. */
const LABEL_EM = 6;
/** Narrower than this, always the strip: columns there collapse to slivers. */
const NARROW_EM = 40;

/** `handheld`: a phone or tablet viewport, where the page is one column and the strip is the layer view. */
export function layerView(width: number, numLayers: number, fontPx: number, handheld = false): LayerView {
  // Not measured yet: columns, the view the page was designed around (a first frame only).
  if (width <= 0 || numLayers <= 0) return 'columns';
  const strip = (width - LABEL_EM * fontPx) / numLayers >= CELL_EM * fontPx ? 'strip-numbers' : 'strip';
  if (handheld || width < NARROW_EM * fontPx) return strip;
  return width / numLayers >= COLUMN_EM * fontPx ? 'columns' : strip;
}
