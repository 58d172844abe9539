// The 10 × 10 confusion matrix as a table: rows are true labels, columns predictions; shade ∝ row share.
export function ConfusionMatrix({ counts }: { counts: readonly number[] }) {
  const digits = [...Array(10).keys()];
  const total = counts.reduce((a, b) => a + b, 0);
  const correct = digits.reduce((a, d) => a + counts[d * 11], 0);
  return (
    <table className="confusion" data-confusion aria-describedby="confusion-caption">
      <caption id="confusion-caption">
        Confusion matrix on {total.toLocaleString('en')} test images: rows true label, columns predicted ·{' '}
        <span data-metric="confusion-accuracy">{total ? ((correct / total) * 100).toFixed(2) : '–'}%</span> correct
      </caption>
      <thead>
        <tr>
          <th scope="col" aria-label="true label \ predicted" />
          {digits.map((d) => (
            <th key={d} scope="col">{d}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {digits.map((t) => {
          const row = counts.slice(t * 10, t * 10 + 10);
          const sum = row.reduce((a, b) => a + b, 0) || 1;
          return (
            <tr key={t}>
              <th scope="row">{t}</th>
              {row.map((c, p) => {
                const share = c / sum;
                const bg = t === p ? `rgba(0, 114, 178, ${share})` : `rgba(213, 94, 0, ${Math.min(1, share * 5)})`;
                return (
                  <td key={p} style={{ background: c ? bg : undefined, color: share > 0.5 ? '#fff' : undefined }}>
                    {c}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
