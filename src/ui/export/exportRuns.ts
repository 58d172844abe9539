// Lab-report exports: the shown runs' metric history as CSV (one row per measurement) and JSON (with each
// run's full config), and the chart panel as a PNG.
import type { Run } from '../../state/runsStore';

const CSV_HEADER = ['run', 'label', 'url', 'kind', 'step', 'loss', 'accuracy', 'lr'] as const;

/**
 * Row kinds: `train` is a minibatch loss (one per step); evaluations are `test` (all 10,000 test images),
 * `test-1000` (the quick subset), `train-eval` and `train-eval-1000` (the training images in use).
 */
const evalKind = (e: Run['evals'][number]) => `${e.set === 'train' ? 'train-eval' : 'test'}${e.full ? '' : '-1000'}`;

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

/** Height of the title band above each chart and of one legend line below it, in CSS pixels. */
const TITLE_H = 24;
const LEGEND_LINE_H = 18;
/** A chart's drawing (charts/live/LiveChart.tsx). */
const CHART_SVG = 'svg.live-chart-svg';

/**
 * Draws every chart (figure) inside `root` side by side on a white canvas — its title above, its SVG, its
 * legend entries below in their colours — and downloads it as a PNG. The charts draw their legends as HTML and the
 * title is a figcaption, so both are written onto the canvas as text.
 */
export async function downloadChartsPng(root: Element, name: string): Promise<void> {
  const figures = [...root.querySelectorAll('figure')].filter((f) => f.querySelector(CHART_SVG));
  if (figures.length === 0) return;
  const charts = figures.map((f) => {
    const svg = f.querySelector<SVGSVGElement>(CHART_SVG)!;
    const legend = [...f.querySelectorAll('.legend-item')].map((li) => ({
      text: li.textContent ?? '',
      color:
        li.getAttribute('data-color') ??
        li.querySelector('path, line')?.getAttribute('stroke') ??
        li.querySelector('path')?.getAttribute('fill') ??
        '#333',
    }));
    return { svg, box: svg.getBoundingClientRect(), title: f.querySelector('figcaption')?.textContent ?? '', legend };
  });
  const scale = 2;
  const legendH = Math.max(...charts.map((c) => c.legend.length)) * LEGEND_LINE_H;
  const canvas = document.createElement('canvas');
  canvas.width = charts.reduce((w, c) => w + c.box.width, 0) * scale;
  canvas.height = (TITLE_H + Math.max(...charts.map((c) => c.box.height)) + legendH) * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.font = '13px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  let x = 0;
  for (const c of charts) {
    ctx.fillStyle = '#111';
    ctx.fillText(c.title, x + 8, TITLE_H / 2, c.box.width - 16);
    const clone = c.svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('font-family', 'system-ui, sans-serif');
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
    await img.decode();
    ctx.drawImage(img, x, TITLE_H, c.box.width, c.box.height);
    c.legend.forEach((l, i) => {
      const y = TITLE_H + c.box.height + (i + 0.5) * LEGEND_LINE_H;
      ctx.fillStyle = l.color;
      ctx.fillRect(x + 8, y - 2, 14, 4);
      ctx.fillStyle = '#111';
      ctx.fillText(l.text, x + 28, y, c.box.width - 36);
    });
    x += c.box.width;
  }
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (blob) download(name, blob);
}
