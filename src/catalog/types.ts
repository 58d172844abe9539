// Shared shapes of the component registries. The catalog never imports tfjs at run time: each tfjs
// implementation receives the tfjs namespace as its first argument, so the UI can import the catalog
// (labels, formulas, notes, plain-number references for the card plots) without pulling tfjs into the page.
import type * as tfc from '@tensorflow/tfjs-core';

export type TF = typeof tfc;
export type Tensor = tfc.Tensor;
export type Tensor1D = tfc.Tensor1D;
export type Tensor2D = tfc.Tensor2D;
export type Scalar = tfc.Scalar;
export type Variable = tfc.Variable;

/** What every registry entry carries besides its implementation. */
export interface CatalogEntry<Id extends string = string> {
  /** Stable id; also the value in the URL. Never rename one that has shipped. */
  id: Id;
  label: string;
  /** TeX source, rendered with KaTeX on the card. */
  formula: string;
  /** Two to four plain sentences: when to use it and what goes wrong. */
  note: string;
  /** The lecture topic it comes from. */
  lecture: string;
}

/** Builds an id → entry lookup and fails loudly on a duplicate id (a registry typo must not ship). */
export function indexById<E extends { id: string }>(entries: readonly E[]): Readonly<Record<E['id'], E>> {
  const out = {} as Record<string, E>;
  for (const e of entries) {
    if (out[e.id]) throw new Error(`duplicate catalog id: ${e.id}`);
    out[e.id] = e;
  }
  return out as Record<E['id'], E>;
}
