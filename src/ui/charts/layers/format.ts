// Log-scale data preparation and labels shared by the layer charts (numbers are written by ui/format.ts).

export { formatStat as fmtStat, formatAxis as fmtAxis } from '../../format';

/** A log axis cannot show 0, negatives or NaN: they become gaps. */
export const forLog = (x: number): number | null => (Number.isFinite(x) && x > 0 ? x : null);

export const layerLabel = (i: number, isOutput: boolean) => (isOutput ? 'output' : `layer ${i + 1}`);
