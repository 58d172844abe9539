// A diagnosis names the card that explains it (`registry/id`); this opens that card in a dialog, whether or
// not it is the current choice (a "dead ReLU" diagnosis points at the ReLU card even while leaky is picked).
import { useRef, useState } from 'react';
import { activationById } from '../../catalog/activations';
import { initializerById } from '../../catalog/initializers';
import { lossById } from '../../catalog/losses';
import { optimizerById } from '../../catalog/optimizers';
import { scheduleById } from '../../catalog/schedules';
import type { CatalogEntry } from '../../catalog/types';
import { CatalogCard } from '../cards/CatalogCard';

const REGISTRIES: Record<string, { title: string; kind: string; byId: Record<string, CatalogEntry> }> = {
  activations: { title: 'Activation', kind: 'act', byId: activationById },
  initializers: { title: 'Initializer', kind: 'init', byId: initializerById },
  losses: { title: 'Loss', kind: 'loss', byId: lossById },
  optimizers: { title: 'Optimizer', kind: 'opt', byId: optimizerById },
  schedules: { title: 'LR schedule', kind: 'sched', byId: scheduleById },
};

export function DiagnosisCard({ card }: { card: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The card is mounted only while open, so the page never holds two copies of the current choice's card.
  const [open, setOpen] = useState(false);
  const [registry, id] = card.split('/');
  const reg = REGISTRIES[registry];
  const entry = reg?.byId[id];
  if (!reg || !entry) return null;
  return (
    <>
      <button type="button" className="link card-link" onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }} data-card-link={card}>
        {reg.title} card: {entry.label}
      </button>
      <dialog ref={dialog} className="card-dialog" aria-label={`${reg.title}: ${entry.label}`} onClose={() => setOpen(false)}>
        {open && <CatalogCard kind={reg.kind} title={reg.title} entry={entry} />}
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
