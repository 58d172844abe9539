// What is going wrong, in one plain sentence each, read from the latest layer statistics and the loss.
import { useMemo } from 'react';
import { activationById } from '../../catalog/activations';
import { diagnose } from '../../state/diagnose';
import { selectLatestStats, useStats } from '../../state/statsStore';
import { selectLosses, useLab } from '../../state/store';
import { DiagnosisCard } from './DiagnosisCard';

export function Diagnoses() {
  const latest = useStats(selectLatestStats);
  const losses = useLab(selectLosses);
  const divergedAt = useLab((s) => s.divergedAt);
  const family = useLab((s) => activationById[s.config.act].family);
  const opt = useLab((s) => s.config.opt);
  const evals = useLab((s) => s.evals);
  const hidden = useLab((s) => s.config.hide.includes('diagnoses'));
  const items = useMemo(
    () => diagnose({ layers: latest?.layers ?? null, losses, divergedAt, family, opt, evals }),
    [latest, losses, divergedAt, family, opt, evals],
  );
  if (hidden) return null;
  return (
    <section className="panel diagnoses" data-panel="diagnoses" aria-label="Diagnoses" aria-live="polite">
      <h2>Diagnoses</h2>
      {items.length === 0 ? (
        <p className="caption-note" data-diagnosis="none">
          {latest ? 'Nothing looks wrong in the layers.' : 'Diagnoses appear once the network has taken a step.'}
        </p>
      ) : (
        <ul>
          {items.map((d) => (
            <li key={d.id} data-diagnosis={d.id} data-severity={d.severity}>
              {d.sentence} <DiagnosisCard card={d.card} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
