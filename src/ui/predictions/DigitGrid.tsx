// Test digits with the net's answer: predicted label and confidence; wrong ones marked with the true label.
import type { PredictedDigit } from '../../state/types';
import { DigitImage } from './DigitImage';

export function DigitGrid({ digits, kind }: { digits: readonly PredictedDigit[]; kind: 'grid' | 'mistakes' }) {
  return (
    <ul className="digit-grid" data-digits={kind}>
      {digits.map((d) => {
        const wrong = d.predicted !== d.label;
        const text = `${d.predicted} · ${(d.confidence * 100).toFixed(0)}%`;
        const name = `Test image ${d.index}: predicted ${d.predicted} with ${(d.confidence * 100).toFixed(0)}% confidence` +
          (wrong ? `, wrong (true label ${d.label})` : ', correct');
        return (
          <li key={d.index} className={wrong ? 'digit wrong' : 'digit'} data-wrong={wrong || undefined}>
            <DigitImage pixels={d.pixels} label={name} />
            <span aria-hidden="true">
              {text}
              {wrong && <span className="true-label"> ✗ {d.label}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
