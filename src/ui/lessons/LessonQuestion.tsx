// The step's prediction question. The answer is locked in before the outcome shows; then the panel that shows
// the outcome is scrolled to and outlined until the step changes.
import { useEffect, useId, useRef, useState } from 'react';
import type { Lesson } from '../../state/lessons';
import { useLessons } from '../../state/lessonStore';

export function LessonQuestion({ lesson, stepNo }: { lesson: Lesson; stepNo: number }) {
  const step = lesson.steps[stepNo - 1];
  const q = step.question;
  const saved = useLessons((s) => s.progress[lesson.id]?.answers[stepNo] ?? null);
  const [choice, setChoice] = useState<number | null>(saved);
  const outcome = useRef<HTMLDivElement>(null);
  const name = useId();
  const answered = saved !== null;

  useEffect(() => {
    if (!answered) return;
    return highlightPanel(step.highlight);
  }, [answered, step.highlight]);

  const lockIn = () => {
    if (choice === null) return;
    useLessons.getState().answer(lesson.id, stepNo, choice);
    // The outcome appears in the next render; move the keyboard there so it is read next.
    requestAnimationFrame(() => outcome.current?.focus());
  };
  const verdict = !answered ? null : q.answer === undefined ? 'noted' : saved === q.answer ? 'right' : 'wrong';
  return (
    <div className="lesson-question">
      <fieldset disabled={answered} data-lesson-question>
        <legend>Predict: {q.prompt}</legend>
        {q.options.map((text, i) => (
          <label key={text} className="lesson-option">
            <input type="radio" name={name} value={i} checked={choice === i} onChange={() => setChoice(i)} data-option={i} />
            {text}
          </label>
        ))}
      </fieldset>
      {!answered && (
        <button type="button" onClick={lockIn} disabled={choice === null} data-action="lesson-answer">
          Lock in my prediction
        </button>
      )}
      {answered && (
        <div className="lesson-outcome" ref={outcome} tabIndex={-1} data-lesson-result={verdict} aria-live="polite">
          <p>
            <strong>
              {verdict === 'right' && 'Right. '}
              {verdict === 'wrong' && `Not quite: the answer is “${q.options[q.answer ?? 0]}”. `}
              {verdict === 'noted' && 'Noted. '}
            </strong>
            {step.outcome}
          </p>
          {q.shows && (
            <p className="caption-note">
              <strong>See it in the app:</strong> {q.shows}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** Outlines the panel (or chart) with this data-panel/data-chart id and scrolls it into view; returns the undo. */
function highlightPanel(id: string): () => void {
  const el = document.querySelector<HTMLElement>(`[data-panel="${id}"], [data-chart="${id}"]`);
  if (!el) return () => {};
  el.classList.add('lesson-highlight');
  el.setAttribute('data-lesson-highlight', '1');
  el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  return () => {
    el.classList.remove('lesson-highlight');
    el.removeAttribute('data-lesson-highlight');
  };
}
