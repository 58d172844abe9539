// One number read off the loss landscape's 2-D slice: how much the loss rises half-way out from the current
// weights. A flat basin rises little, a sharp one a lot; the batch-norm presets compare it.
import type { LandscapeResult } from '../wire/protocol';

export interface LandscapeRise {
  /** Half-width of the square ring the mean is taken on (in the directions' filter-normalised units). */
  radius: number;
  /** Mean loss on that ring minus the loss at the centre θ. */
  rise: number;
}

/**
 * The ring of grid points at (Chebyshev) index distance k = round((grid − 1) / 4) from the centre: half the
 * span on the default 21 × 21 grid. Its mean loss minus the centre's. Null when the grid has no ring.
 */
export function landscapeRise(r: Pick<LandscapeResult, 'grid' | 'span' | 'values' | 'centre'>): LandscapeRise | null {
  const half = (r.grid - 1) / 2;
  const k = Math.round(half / 2);
  if (k < 1 || !Number.isInteger(half)) return null;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < r.grid; i++) {
    for (let j = 0; j < r.grid; j++) {
      if (Math.max(Math.abs(i - half), Math.abs(j - half)) !== k) continue;
      sum += r.values[i * r.grid + j];
      n++;
    }
  }
  return { radius: (r.span * k) / half, rise: sum / n - r.centre };
}
