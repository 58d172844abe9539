// One component's card: what it is (label, formula), what it looks like (plot), when to use it (note).
import type { ReactNode } from 'react';
import type { CatalogEntry } from '../../catalog/types';
import { Formula } from './Formula';

interface Props {
  /** The URL key of the choice it explains (act, loss, init, opt, sched). */
  kind: string;
  title: string;
  entry: CatalogEntry;
  children?: ReactNode;
}

export function CatalogCard({ kind, title, entry, children }: Props) {
  return (
    <article className="catalog-card" data-card={kind} data-card-id={entry.id} aria-label={`${title}: ${entry.label}`}>
      <header>
        <span className="card-kind">{title}</span> <strong>{entry.label}</strong>
        <span className="card-lecture">{entry.lecture}</span>
      </header>
      <Formula tex={entry.formula} />
      {children}
      <p className="card-note">{entry.note}</p>
    </article>
  );
}
