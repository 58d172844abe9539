// One editable table of class scores: every loss in the registry per example and its mean, the softmax
// probabilities, and ∂L_i/∂s_k — hinge's exact zeros next to cross-entropy's never-zero gradient. `part` shows
// only the loss rows or only the gradient rows (lecturer mode's pages, see pages.ts).
import { Fragment, useState } from 'react';
import { evaluateScores, type ScoreTable } from '../../catalog/workbench';
import { fmtWb, parseCell } from './format';
import type { TablePart } from './pages';

export function ScoreTableView({ table, part = 'all' }: { table: ScoreTable; part?: TablePart }) {
  const [cells, setCells] = useState(() => table.examples.map((e) => e.scores.map(String)));
  const [labels, setLabels] = useState(() => table.examples.map((e) => e.label));
  const examples = table.examples.map((e, i) => ({ ...e, scores: cells[i].map(parseCell), label: labels[i] }));
  const valid = examples.every((e) => e.scores.every(Number.isFinite));
  const result = valid ? evaluateScores(examples) : null;
  const setCell = (i: number, k: number, text: string) =>
    setCells((c) => c.map((row, ri) => (ri === i ? row.map((v, ki) => (ki === k ? text : v)) : row)));
  const tag = (rest: string) => `wb-${table.id}-${rest}`;
  // The mean is of the losses: a page of gradients has no mean column.
  const mean = part !== 'grads';
  const blank = mean && <td />;
  // Lecturer mode's pages give each class its own column, so the vectors line up (p − y under p) and the
  // table fits a projector's width; on the desk a vector is one cell, "a / b / c".
  const split = part !== 'all';
  const span = split ? table.classes.length : undefined;
  const vector = (v: readonly number[] | undefined, metric: string) =>
    split ? (
      table.classes.map((_, k) => (
        <td key={k} className="wb-class" data-metric={`${metric}-${k}`}>{v ? fmtWb(v[k]) : '–'}</td>
      ))
    ) : (
      <td data-metric={metric}>{v ? v.map(fmtWb).join(' / ') : '–'}</td>
    );
  const scoreCell = (name: string, i: number, c: string, k: number, colSpan?: number) => (
    <td colSpan={colSpan} className={[labels[i] === k && 'wb-true', split && 'wb-class'].filter(Boolean).join(' ') || undefined}>
      <input
        type="text"
        inputMode="decimal"
        aria-label={`${name}, score of ${c}`}
        data-action={tag(`score-${i}-${k}`)}
        value={cells[i][k]}
        onChange={(ev) => setCell(i, k, ev.target.value)}
      />
    </td>
  );
  return (
    <section className="wb-table" data-wb-table={table.id} data-wb-part={part} aria-label={table.title}>
      <h3>
        {table.title}
        {split && <span className="caption-note"> — {part === 'grads' ? '∂L/∂s; ' : ''}a column per class: {table.classes.join(', ')}</span>}
      </h3>
      <p className="caption-note">{table.note}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">score</th>
            {table.examples.map((e) => (
              <th key={e.name} scope="col" colSpan={span}>{e.name}</th>
            ))}
            {mean && <th scope="col">mean</th>}
          </tr>
        </thead>
        <tbody>
          {split ? (
            // One row of scores, each under its class's column (the columns the vectors below use).
            <tr>
              <th scope="row">s</th>
              {examples.map((e, i) => table.classes.map((c, k) => <Fragment key={`${i}-${k}`}>{scoreCell(e.name, i, c, k)}</Fragment>))}
              {blank}
            </tr>
          ) : (
            table.classes.map((c, k) => (
              <tr key={c}>
                <th scope="row">s({c})</th>
                {examples.map((e, i) => (
                  <Fragment key={i}>{scoreCell(e.name, i, c, k, span)}</Fragment>
                ))}
                {blank}
              </tr>
            ))
          )}
          <tr>
            <th scope="row">true class</th>
            {examples.map((e, i) => (
              <td key={i} colSpan={span}>
                <select
                  aria-label={`${e.name}, true class`}
                  data-action={tag(`label-${i}`)}
                  value={labels[i]}
                  onChange={(ev) => setLabels((l) => l.map((v, j) => (j === i ? Number(ev.target.value) : v)))}
                >
                  {table.classes.map((c, k) => (
                    <option key={c} value={k}>{c}</option>
                  ))}
                </select>
              </td>
            ))}
            {blank}
          </tr>
          <tr>
            <th scope="row">softmax p</th>
            {examples.map((_, i) => (
              <Fragment key={i}>{vector(result?.probs[i], tag(`probs-${i}`))}</Fragment>
            ))}
            {blank}
          </tr>
          {result?.losses.map((l) => (
            <Fragment key={l.id}>
              {part !== 'grads' && (
              <tr className="wb-loss">
                <th scope="row">{l.label}</th>
                {l.values.map((v, i) => (
                  <td key={i} colSpan={span} data-metric={tag(`${l.id}-${i}`)} data-value={v}>{fmtWb(v)}</td>
                ))}
                <td data-metric={tag(`${l.id}-mean`)} data-value={l.mean}>{fmtWb(l.mean)}</td>
              </tr>
              )}
              {part !== 'losses' && (
              <tr className="wb-grad">
                <th scope="row">{part === 'grads' ? l.label : '∂L/∂s'}</th>
                {l.grads.map((g, i) => (
                  <Fragment key={i}>{vector(g, tag(`${l.id}-grad-${i}`))}</Fragment>
                ))}
                {blank}
              </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {!valid && <p className="caption-note" role="status">Every score must be a number.</p>}
    </section>
  );
}
