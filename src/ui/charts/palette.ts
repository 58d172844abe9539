// Okabe–Ito: distinguishable with the common colour-vision deficiencies, and on a projector.
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

export const colorAt = (i: number) => PALETTE[i % PALETTE.length];
