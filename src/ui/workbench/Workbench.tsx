// The loss workbench (mode=workbench): the lectures' worked examples, live and editable. On the desk every
// table is on the page; in lecturer mode one page at a time (pages.ts), chosen by tabs or ← / →, so each fits
// a projector screen. Every table stays mounted (hidden when not shown), so edits survive a page turn.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { SCORE_TABLES } from '../../catalog/workbench';
import { useLab } from '../../state/store';
import { isTyping } from '../hooks/useShortcuts';
import { stepPage, WORKBENCH_PAGES, type TablePart } from './pages';
import { RegressionView, SigmoidOutputView } from './RegressionView';
import { ScoreTableView } from './ScoreTableView';
import './workbench.css';

/** ← / → turn the page anywhere but in a field; on a focused tab, focus follows (the ARIA tabs pattern). */
function usePageKeys(on: boolean, turn: (delta: number) => void) {
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (delta === 0) return;
      e.preventDefault();
      turn(delta);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, turn]);
}

export function Workbench() {
  const present = useLab((s) => s.config.present);
  const [index, setIndex] = useState(0);
  const tabs = useRef<HTMLDivElement>(null);
  const base = useId();
  const page = WORKBENCH_PAGES[index];
  // A stable callback (setIndex and the tabs ref never change), so the key listener is added once.
  const turn = useCallback((delta: number) => {
    setIndex((i) => {
      const next = stepPage(i, delta);
      // Keep keyboard focus on the selected tab when it was on one.
      const focused = tabs.current?.contains(document.activeElement) ?? false;
      if (focused) queueMicrotask(() => tabs.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus());
      return next;
    });
  }, []);
  usePageKeys(present, turn);
  const panelId = (table: string) => `${base}-${table}`;
  /** Where a table shows: its part on its page in lecturer mode (hidden on the others), everything on the desk. */
  const view = (table: string): { hidden: boolean; part: TablePart } =>
    !present ? { hidden: false, part: 'all' } : { hidden: page.table !== table, part: page.table === table ? page.part : 'all' };
  const wrap = (table: string, body: ReactNode) => (
    <div key={table} id={panelId(table)} role={present ? 'tabpanel' : undefined} hidden={view(table).hidden} aria-labelledby={present ? `${base}-tab-${table}` : undefined}>
      {body}
    </div>
  );
  return (
    <section className="panel workbench" data-panel="workbench" aria-label="Loss workbench" data-wb-page={present ? page.id : 'all'}>
      <div className="wb-head">
        <h2>
          Loss workbench{' '}
          {!present && <span className="caption-note">every loss in the catalogue, per example, with its gradient; natural logs</span>}
        </h2>
        {present && (
          <div className="wb-tabs" role="tablist" aria-label="Workbench pages (← / →)" ref={tabs}>
            {WORKBENCH_PAGES.map((p, i) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                id={i === index ? `${base}-tab-${p.table}` : undefined}
                aria-selected={i === index}
                aria-controls={panelId(p.table)}
                tabIndex={i === index ? 0 : -1}
                onClick={() => setIndex(i)}
                data-action={`wb-page-${p.id}`}
              >
                {p.label}
              </button>
            ))}
          </div>
        )}
      </div>
      {SCORE_TABLES.map((t) => wrap(t.id, <ScoreTableView table={t} part={view(t.id).part} />))}
      {wrap('regression', <RegressionView />)}
      {wrap('sigmoid', <SigmoidOutputView />)}
    </section>
  );
}
