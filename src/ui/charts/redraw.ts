/** The curves redraw at most this often (ms). Data still arrives ~4×/s; the eye needs no more than 2 frames/s
 * for a training curve, and each SVG redraw takes main-thread time from the page. */
export const REDRAW_MS = 500;
