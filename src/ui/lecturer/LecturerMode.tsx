// Lecturer mode's page-wide effects: the high-contrast large-type class on <html>, hiding panels, the
// keyboard shortcuts and their help dialog. Renders nothing visible until `?` is pressed.
import { useCallback, useEffect, useRef } from 'react';
import { useLab } from '../../state/store';
import { SHORTCUTS, useShortcuts } from '../hooks/useShortcuts';
import { hideCss, hiddenPanels } from './visibility';
import './lecturer.css';

export function LecturerMode() {
  const present = useLab((s) => s.config.present);
  const css = useLab((s) => hideCss(hiddenPanels(s.config, s.preset)));
  const dialog = useRef<HTMLDialogElement>(null);
  const openHelp = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  useShortcuts(openHelp);
  useEffect(() => {
    document.documentElement.classList.toggle('present', present);
  }, [present]);
  useEffect(() => {
    const show = () => openHelp();
    window.addEventListener('layer-lab:shortcuts', show);
    return () => window.removeEventListener('layer-lab:shortcuts', show);
  }, [openHelp]);
  return (
    <>
      {css && <style data-hidden-panels>{css}</style>}
      <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" data-dialog="shortcuts">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map(([key, does]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
