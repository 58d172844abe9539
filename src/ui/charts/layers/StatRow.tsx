// One labelled number with its explanation: shown on hover and on keyboard focus (the row is focusable and
// points at the note with aria-describedby), so the meaning is reachable without a mouse.
import { useId } from 'react';
import { statNoteText, type StatKey } from '../../../catalog/statNotes';

export function StatRow({ stat, label, value, className }: { stat: StatKey; label: string; value: string; className?: string }) {
  const id = useId();
  return (
    <div className={`stat-row ${className ?? ''}`} tabIndex={0} aria-describedby={id}>
      <dt>{label}</dt>
      <dd data-stat={stat}>{value}</dd>
      <span role="tooltip" id={id} className="stat-tip">
        {statNoteText(stat)}
      </span>
    </div>
  );
}
