// Lab-report exports: the shown runs' metric history as CSV (one row per measurement) and JSON (with each
// run's full config), and the chart panel as a PNG.
import type { Run } from '../../state/runsStore';

const CSV_HEADER = ['run', 'label', 'url', 'kind', 'step', 'loss', 'accuracy', 'lr'] as const;

/** `test` (all 10,000 test images), `test-1000` (the quick subset), `train`, `train-1000`. */
const evalKind = (e: Run['evals'][number]) => `${e.set}${e.full ? '' : '-1000'}`;

/** RFC 4180 quoting: fields with a comma, quote or newline are quoted, quotes doubled. */
function cell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function runsToCsv(runs: readonly Run[], labels: readonly string[], base: string): string {
  const rows: (string | number | null)[][] = [[...CSV_HEADER]];
  runs.forEach((r, i) => {
    const head = [r.id, labels[i], `${base}?${r.query}`];
    for (const p of r.losses) rows.push([...head, 'train', p.step, p.loss, null, p.lr]);
    for (const e of r.evals) rows.push([...head, evalKind(e), e.step, e.loss, e.accuracy, null]);
  });
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

export function runsToJson(runs: readonly Run[], labels: readonly string[], base: string): string {
  return JSON.stringify(
    runs.map((r, i) => ({
      id: r.id,
      label: labels[i],
      url: `${base}?${r.query}`,
      preset: r.preset,
      config: r.config,
      train: r.losses.map((p) => ({ step: p.step, loss: p.loss, lr: p.lr, penalty: p.penalty })),
      evaluations: r.evals.map((e) => ({ kind: evalKind(e), step: e.step, epoch: e.epoch, loss: e.loss, accuracy: e.accuracy })),
    })),
    null,
    2,
  );
}

export function download(name: string, data: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(data);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Draws every recharts SVG inside `root` side by side on a white canvas and downloads it as a PNG. */
export async function downloadChartsPng(root: Element, name: string): Promise<void> {
  const svgs = [...root.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  if (svgs.length === 0) return;
  const boxes = svgs.map((s) => s.getBoundingClientRect());
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = boxes.reduce((w, b) => w + b.width, 0) * scale;
  canvas.height = Math.max(...boxes.map((b) => b.height)) * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  let x = 0;
  for (let i = 0; i < svgs.length; i++) {
    const clone = svgs[i].cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('font-family', 'system-ui, sans-serif');
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
    const img = new Image();
    img.src = url;
    await img.decode();
    ctx.drawImage(img, x * scale, 0, boxes[i].width * scale, boxes[i].height * scale);
    x += boxes[i].width;
  }
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (blob) download(name, blob);
}
