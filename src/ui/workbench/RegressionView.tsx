// The recap lecture's naive losses: targets y and predictions f(x) (4 × 4, editable), their L2 and L1 sums, and
// the constant each would fit to y — the mean for L2, the median for L1 — so an outlier shows which one it moves.
import { useState } from 'react';
import { REGRESSION_EXAMPLE, regressionSummary, sigmoidOutput } from '../../catalog/workbench';
import { fmtWb, parseCell } from './format';

function Grid({ name, cells, onChange }: { name: 'y' | 'f'; cells: string[]; onChange: (i: number, v: string) => void }) {
  return (
    <div className="wb-grid" role="group" aria-label={name === 'y' ? 'targets y' : 'predictions f(x)'}>
      {cells.map((c, i) => (
        <input
          key={i}
          type="text"
          inputMode="decimal"
          aria-label={`${name} ${i + 1}`}
          data-action={`wb-regression-${name}-${i}`}
          value={c}
          onChange={(e) => onChange(i, e.target.value)}
        />
      ))}
    </div>
  );
}

export function RegressionView() {
  const [y, setY] = useState(() => REGRESSION_EXAMPLE.y.map(String));
  const [f, setF] = useState(() => REGRESSION_EXAMPLE.f.map(String));
  const yn = y.map(parseCell);
  const fn = f.map(parseCell);
  const r = [...yn, ...fn].every(Number.isFinite) ? regressionSummary(yn, fn) : null;
  const edit = (set: typeof setY) => (i: number, v: string) => set((c) => c.map((x, j) => (j === i ? v : x)));
  const show = (k: 'l2' | 'l1' | 'mean' | 'median') => (
    <strong data-metric={`wb-regression-${k}`} data-value={r ? r[k] : NaN}>{r ? fmtWb(r[k]) : '–'}</strong>
  );
  return (
    <section className="wb-table" data-wb-table="regression" aria-label="Naive losses: L2 vs L1">
      <h3>Naive losses: L2 vs L1</h3>
      <p className="caption-note">
        Change one target into an outlier (64 → 640): the mean jumps, the median does not move. L2 is pulled by every
        outlier; L1 pays only in proportion to it.
      </p>
      <div className="wb-regression">
        <div><span className="caption-note">targets y</span><Grid name="y" cells={y} onChange={edit(setY)} /></div>
        <div><span className="caption-note">predictions f(x)</span><Grid name="f" cells={f} onChange={edit(setF)} /></div>
        <dl className="wb-sums">
          <div><dt>L2 = Σ (y − f)²</dt><dd>{show('l2')}</dd></div>
          <div><dt>L1 = Σ |y − f|</dt><dd>{show('l1')}</dd></div>
          <div><dt>best constant under L2 (mean of y)</dt><dd>{show('mean')}</dd></div>
          <div><dt>best constant under L1 (median of y)</dt><dd>{show('median')}</dd></div>
        </dl>
      </div>
    </section>
  );
}

const Z = [-8, -2, 0, 2, 8];

/** TBMI26: one sigmoid output with target 1; cross-entropy's gradient σ − y against squared error's. */
export function SigmoidOutputView() {
  return (
    <section className="wb-table" data-wb-table="sigmoid" aria-label="Sigmoid output: squared error vs cross-entropy">
      <h3>One sigmoid output, target y = 1</h3>
      <p className="caption-note">
        The log in cross-entropy cancels the sigmoid's slope: ∂C/∂z = σ(z) − y. Squared error keeps the slope σ(1 − σ),
        so when the output is confidently wrong (z = −8) its gradient all but vanishes.
      </p>
      <table>
        <thead>
          <tr><th scope="col">z</th><th scope="col">σ(z)</th><th scope="col">(σ − y)²</th><th scope="col">∂/∂z</th><th scope="col">cross-entropy</th><th scope="col">∂/∂z</th></tr>
        </thead>
        <tbody>
          {Z.map((z) => {
            const o = sigmoidOutput(z, 1);
            return (
              <tr key={z} data-z={z}>
                <th scope="row">{z}</th>
                <td>{fmtWb(o.sigma)}</td><td>{fmtWb(o.mse)}</td><td data-metric={`wb-sigmoid-mse-grad-${z}`}>{fmtWb(o.mseGrad)}</td>
                <td>{fmtWb(o.ce)}</td><td data-metric={`wb-sigmoid-ce-grad-${z}`}>{fmtWb(o.ceGrad)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
