// One editable table of class scores: every loss in the registry per example and its mean, the softmax
// probabilities, and ∂L_i/∂s_k — hinge's exact zeros next to cross-entropy's never-zero gradient.
import { Fragment, useState } from 'react';
import { evaluateScores, type ScoreTable } from '../../catalog/workbench';
import { fmtWb, parseCell } from './format';

export function ScoreTableView({ table }: { table: ScoreTable }) {
  const [cells, setCells] = useState(() => table.examples.map((e) => e.scores.map(String)));
  const [labels, setLabels] = useState(() => table.examples.map((e) => e.label));
  const examples = table.examples.map((e, i) => ({ ...e, scores: cells[i].map(parseCell), label: labels[i] }));
  const valid = examples.every((e) => e.scores.every(Number.isFinite));
  const result = valid ? evaluateScores(examples) : null;
  const setCell = (i: number, k: number, text: string) =>
    setCells((c) => c.map((row, ri) => (ri === i ? row.map((v, ki) => (ki === k ? text : v)) : row)));
  const tag = (rest: string) => `wb-${table.id}-${rest}`;
  return (
    <section className="wb-table" data-wb-table={table.id} aria-label={table.title}>
      <h3>{table.title}</h3>
      <p className="caption-note">{table.note}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">score</th>
            {table.examples.map((e) => (
              <th key={e.name} scope="col">{e.name}</th>
            ))}
            <th scope="col">mean</th>
          </tr>
        </thead>
        <tbody>
          {table.classes.map((c, k) => (
            <tr key={c}>
              <th scope="row">s({c})</th>
              {examples.map((e, i) => (
                <td key={i} className={labels[i] === k ? 'wb-true' : undefined}>
                  <input
                    type="text"
                    inputMode="decimal"
                    aria-label={`${e.name}, score of ${c}`}
                    data-action={tag(`score-${i}-${k}`)}
                    value={cells[i][k]}
                    onChange={(ev) => setCell(i, k, ev.target.value)}
                  />
                </td>
              ))}
              <td />
            </tr>
          ))}
          <tr>
            <th scope="row">true class</th>
            {examples.map((e, i) => (
              <td key={i}>
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
            <td />
          </tr>
          <tr>
            <th scope="row">softmax p</th>
            {examples.map((_, i) => (
              <td key={i} data-metric={tag(`probs-${i}`)}>{result ? result.probs[i].map(fmtWb).join(' / ') : '–'}</td>
            ))}
            <td />
          </tr>
          {result?.losses.map((l) => (
            <Fragment key={l.id}>
              <tr className="wb-loss">
                <th scope="row">{l.label}</th>
                {l.values.map((v, i) => (
                  <td key={i} data-metric={tag(`${l.id}-${i}`)} data-value={v}>{fmtWb(v)}</td>
                ))}
                <td data-metric={tag(`${l.id}-mean`)} data-value={l.mean}>{fmtWb(l.mean)}</td>
              </tr>
              <tr className="wb-grad">
                <th scope="row">∂L/∂s</th>
                {l.grads.map((g, i) => (
                  <td key={i} data-metric={tag(`${l.id}-grad-${i}`)}>{g.map(fmtWb).join(' / ')}</td>
                ))}
                <td />
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
      {!valid && <p className="caption-note" role="status">Every score must be a number.</p>}
    </section>
  );
}
