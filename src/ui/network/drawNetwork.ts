// Draws the network view in one pass: the input box, the strongest edges (red +, blue −, width by |w|),
// then every shown unit filled by its mean activation (diverging, one scale per layer) and the focus ring.
import type { NetworkView } from '../../state/types';
import { divergingColor } from '../weights/weightImage';
import { INPUT_X, NODE_R, VIEW_H, VIEW_W, type NodePos } from './networkLayout';

const rgb = (c: readonly number[], a = 1) => `rgba(${c[0]},${c[1]},${c[2]},${a})`;

export function drawNetwork(ctx: CanvasRenderingContext2D, view: NetworkView, nodes: NodePos[][], focus: NodePos | null): void {
  ctx.clearRect(0, 0, VIEW_W, VIEW_H);
  ctx.fillStyle = '#f3f3f3';
  ctx.fillRect(INPUT_X - 22, 20, 44, VIEW_H - 40);
  ctx.fillStyle = '#555';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.fillText('784', INPUT_X, VIEW_H / 2 - 6);
  ctx.fillText('pixels', INPUT_X, VIEW_H / 2 + 8);

  let maxW = 0;
  for (const layer of view.edges) for (const e of layer) maxW = Math.max(maxW, Math.abs(e.weight));
  view.edges.forEach((edges, li) => {
    const at = (col: NodePos[], unit: number) => col.find((n) => n.unit === unit);
    for (const e of edges) {
      const a = at(nodes[li], e.from);
      const b = at(nodes[li + 1], e.to);
      if (!a || !b) continue;
      const t = maxW > 0 ? Math.abs(e.weight) / maxW : 0;
      ctx.strokeStyle = rgb(divergingColor(e.weight >= 0 ? maxW : -maxW, maxW), 0.25 + 0.6 * t);
      ctx.lineWidth = 0.5 + 3.5 * t;
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
  });

  for (const col of nodes) {
    const scale = Math.max(1e-9, ...col.map((n) => Math.abs(n.mean)));
    for (const n of col) {
      ctx.fillStyle = rgb(divergingColor(n.mean, scale));
      ctx.strokeStyle = '#333';
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.arc(n.x, n.y, NODE_R, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    }
  }
  if (focus) {
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.arc(focus.x, focus.y, NODE_R + 4, 0, 2 * Math.PI);
    ctx.stroke();
  }
}
