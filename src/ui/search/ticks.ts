// Ticks for the search chart's log axis. A tick at every data value would let nine random learning rates write
// over one another; powers of ten never do.

/** The powers of ten in [lo, hi] (0 < lo ≤ hi), every k-th one so that there are at most `max`; with the
 * ends of the range around them when it holds fewer than two. */
export function decadeTicks(lo: number, hi: number, max = 6): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const first = Math.ceil(Math.log10(lo) - 1e-9);
  const last = Math.floor(Math.log10(hi) + 1e-9);
  const count = last - first + 1;
  if (count < 2) return [...new Set([lo, ...(count === 1 ? [Number(`1e${first}`)] : []), hi])];
  const every = Math.ceil(count / max);
  const ticks: number[] = [];
  for (let e = first; e <= last; e += every) ticks.push(Number(`1e${e}`));
  return ticks;
}
