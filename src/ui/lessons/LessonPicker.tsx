// Opens a guided lesson at the step the learner reached last.
import { useId } from 'react';
import { LESSONS } from '../../state/lessons';
import { closeLesson, goToStep } from '../../state/lessons/navigate';
import { useLessons } from '../../state/lessonStore';
import { useLab } from '../../state/store';

export function LessonPicker() {
  const lesson = useLab((s) => s.config.lesson);
  const id = useId();
  const open = (value: string) => {
    if (value === 'none') return closeLesson();
    goToStep(value, useLessons.getState().progress[value]?.last ?? 1);
  };
  return (
    <div className="lesson-picker">
      <label htmlFor={id}>Lesson</label>
      <select id={id} value={lesson} onChange={(e) => open(e.target.value)} data-control="lesson">
        <option value="none">None</option>
        {LESSONS.map((l) => (
          <option key={l.id} value={l.id}>
            {l.title}
          </option>
        ))}
      </select>
    </div>
  );
}
