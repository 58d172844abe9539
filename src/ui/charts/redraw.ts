/** The curves redraw at most this often (ms). Data still arrives ~4×/s; the eye needs no more than 2 frames/s
 * for a training curve, and each SVG redraw takes main-thread time from the page. */
export const REDRAW_MS = 500;

/** A chart's redraw clock: at most once per `ms`, at `slot` ms into each period (page clock). */
export interface RedrawClock {
  readonly ms: number;
  readonly slot: number;
}

/**
 * Every live chart's clock. The slots keep any two charts from committing in the same task (see useThrottled):
 * within each second their redraw times are all distinct. The layer history and the run overlays change
 * slowly and redraw once a second; the curves and the layer histograms twice.
 */
export const REDRAW = {
  loss: { ms: REDRAW_MS, slot: 0 },
  accuracy: { ms: REDRAW_MS, slot: 100 },
  lr: { ms: REDRAW_MS, slot: 200 },
  layersLatest: { ms: REDRAW_MS, slot: 300 },
  layersHistory: { ms: 1000, slot: 400 },
  runOverlays: { ms: 1000, slot: 900 },
} as const satisfies Record<string, RedrawClock>;
