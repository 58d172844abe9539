// Lecturer keyboard control. Keys are ignored while typing in a field, and with Ctrl/Alt/Meta held.
import { useEffect } from 'react';
import { stepLesson } from '../../state/lessons/navigate';
import { neighbourPreset } from '../../state/presets';
import { selectRunning, useLab } from '../../state/store';
import { modeTrains } from '../../state/modes';

export const SHORTCUTS: readonly (readonly [key: string, does: string])[] = [
  ['Space', 'Train / Pause — always, even with a button focused (Enter presses the focused button)'],
  ['s', 'One step'],
  ['r', 'Reset'],
  ['n', 'Next lesson step when a lesson is open, else the next preset in the group'],
  ['b', 'Previous lesson step when a lesson is open, else the previous preset in the group'],
  ['p', 'Lecturer mode on / off'],
  ['?', 'Show these shortcuts'],
  ['← / →', 'Previous / next page of the loss workbench (lecturer mode)'],
];

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

export function useShortcuts(openHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      const lab = useLab.getState();
      const ready = lab.phase === 'ready';
      switch (e.key) {
        case ' ':
          // One rule: Space is Train/Pause everywhere but in a text field. preventDefault here also keeps a
          // focused button from taking the Space as its own click (Enter still presses it).
          if (modeTrains(lab.config.mode) && !lab.status?.done) lab.togglePlay();
          break;
        case 's':
          if (!ready || selectRunning(lab)) return;
          lab.step();
          break;
        case 'r':
          if (!ready) return;
          lab.reset();
          break;
        case 'n':
        case 'b': {
          if (stepLesson(e.key === 'n' ? 1 : -1)) break;
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
    // Some browsers click a focused button on Space's keyup: swallow it there too.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [openHelp]);
}
