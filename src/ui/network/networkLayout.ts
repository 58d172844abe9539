// Where the network view puts things, and what a point on it hits. Pure functions of the data and the canvas
// size, so drawing, hover, click and the tests all agree on the same positions.
import type { NetworkView } from '../../state/types';

export const VIEW_W = 720;
export const VIEW_H = 300;
export const NODE_R = 7;
const PAD_X = 70;
const PAD_Y = 18;

export interface NodePos {
  /** 0-based over [hidden..., output]. */
  layer: number;
  unit: number;
  mean: number;
  x: number;
  y: number;
}

/** One column per layer after the input box; each column's shown units spread evenly top to bottom. */
export function layoutNodes(view: NetworkView): NodePos[][] {
  const cols = view.layers.length;
  const step = (VIEW_W - 2 * PAD_X) / Math.max(1, cols);
  return view.layers.map((l, li) => {
    const x = PAD_X + step * (li + 1);
    const gap = (VIEW_H - 2 * PAD_Y) / Math.max(1, l.shown.length);
    return l.shown.map((unit, j) => ({ layer: li, unit, mean: l.mean[j], x, y: PAD_Y + gap * (j + 0.5) }));
  });
}

/** The node under (x, y) in canvas units, or null. */
export function hitNode(nodes: NodePos[][], x: number, y: number): NodePos | null {
  let best: NodePos | null = null;
  let bestD = (NODE_R + 4) ** 2;
  for (const col of nodes) {
    for (const n of col) {
      const d = (n.x - x) ** 2 + (n.y - y) ** 2;
      if (d <= bestD) {
        best = n;
        bestD = d;
      }
    }
  }
  return best;
}

/** The x of the input box (the 784 pixels are not drawn as nodes: their weights are the weight images). */
export const INPUT_X = PAD_X / 2 + 8;
