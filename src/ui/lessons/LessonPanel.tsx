// A guided lesson beside the experiment: the step's text, its experiment, a prediction question asked before the
// run, then the outcome with the panel that shows it outlined. Shown while `?lesson=ID` names a lesson.
import { useEffect, useRef } from 'react';
import { lessonOf, type Lesson } from '../../state/lessons';
import { closeLesson, goToStep, isStepOpen, openCurrentStep, stepLesson } from '../../state/lessons/navigate';
import { useLessons } from '../../state/lessonStore';
import { useLab } from '../../state/store';
import { Formula } from '../cards/Formula';
import { LessonQuestion } from './LessonQuestion';
import './lessons.css';

export function LessonPanel() {
  const lesson = useLab((s) => lessonOf(s.config.lesson));
  return lesson ? <LessonView lesson={lesson} /> : null;
}

function LessonView({ lesson }: { lesson: Lesson }) {
  const stepNo = useLab((s) => Math.min(s.config.step, lesson.steps.length));
  const step = lesson.steps[stepNo - 1];
  const isOpen = useLab((s) => isStepOpen(s.config, s.preset, step.open));
  const done = useLessons((s) => s.progress[lesson.id]?.done ?? false);
  const right = useLessons((s) =>
    lesson.steps.filter((st, i) => st.question.answer !== undefined && s.progress[lesson.id]?.answers[i + 1] === st.question.answer).length,
  );
  const graded = lesson.steps.filter((st) => st.question.answer !== undefined).length;
  const heading = useRef<HTMLHeadingElement>(null);

  // A bare `?lesson=ID&step=N` link opens the step's experiment; a link that names its own experiment keeps it.
  useEffect(() => {
    const lab = useLab.getState();
    if (isStepOpen(lab.config, lab.preset, '')) openCurrentStep();
  }, []);
  // Each step takes the focus, so the keyboard user reads on from its title and Tab reaches its question.
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
    useLessons.getState().visit(lesson.id, stepNo);
  }, [lesson.id, stepNo]);

  const last = stepNo === lesson.steps.length;
  return (
    <section className="panel lesson" data-panel="lesson" data-lesson={lesson.id} data-step={stepNo} aria-labelledby="lesson-step-title">
      <p className="lesson-kicker">
        Lesson: {lesson.title} · step {stepNo} of {lesson.steps.length}
      </p>
      <h2 id="lesson-step-title" ref={heading} tabIndex={-1}>
        {step.title}
      </h2>
      <p>{step.text}</p>
      {step.formula && <Formula tex={step.formula} />}
      <p className="lesson-experiment" data-lesson-open={isOpen ? '1' : '0'}>
        {isOpen ? (
          <span className="caption-note">This step’s experiment is open. Predict first, then press Train (Space).</span>
        ) : (
          <button type="button" onClick={openCurrentStep} data-action="lesson-open">
            Open this step’s experiment
          </button>
        )}
      </p>
      <LessonQuestion key={`${lesson.id}/${stepNo}`} lesson={lesson} stepNo={stepNo} />
      <nav className="lesson-nav" aria-label="Lesson steps">
        <button type="button" onClick={() => goToStep(lesson.id, stepNo - 1)} disabled={stepNo === 1} data-action="lesson-prev">
          ← Back <kbd>b</kbd>
        </button>
        <button type="button" className="primary" onClick={() => stepLesson(1)} data-action="lesson-next">
          {last ? 'Finish lesson' : 'Next'} <kbd>n</kbd>
        </button>
        <button type="button" onClick={closeLesson} data-action="lesson-close">
          Close lesson
        </button>
      </nav>
      {done && last && (
        <p className="lesson-done" role="status" data-lesson-done>
          Lesson complete: {right} of {graded} predictions right.
        </p>
      )}
    </section>
  );
}
