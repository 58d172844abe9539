// Lecturer keyboard control. Keys are ignored while typing in a field, and with Ctrl/Alt/Meta held.
import { useEffect } from 'react';
import { neighbourPreset } from '../../state/presets';
import { useLab } from '../../state/store';

export const SHORTCUTS: readonly (readonly [key: string, does: string])[] = [
  ['Space', 'Train / Pause'],
  ['s', 'One step'],
  ['r', 'Reset'],
  ['n', 'Next preset in the group'],
  ['b', 'Previous preset in the group'],
  ['p', 'Lecturer mode on / off'],
  ['?', 'Show these shortcuts'],
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

export function useShortcuts(openHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      const lab = useLab.getState();
      const ready = lab.phase === 'ready';
      // A focused button already answers Space with its own click; do not toggle twice.
      const onButton = e.target instanceof HTMLElement && e.target.closest('button, a, summary') !== null;
      switch (e.key) {
        case ' ':
          if (onButton || !ready) return;
          lab.togglePlay();
          break;
        case 's':
          if (!ready || lab.status?.running) return;
          lab.step();
          break;
        case 'r':
          if (!ready) return;
          lab.reset();
          break;
        case 'n':
        case 'b': {
          const next = neighbourPreset(lab.preset, e.key === 'n' ? 1 : -1);
          if (!next) return;
          lab.applyPreset(next);
          break;
        }
        case 'p':
          lab.setConfig({ present: !lab.config.present });
          break;
        case '?':
          openHelp();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openHelp]);
}
