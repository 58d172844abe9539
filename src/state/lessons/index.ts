// Every guided lesson, in teaching order. `?lesson=ID&step=N` opens one; each is plain data (schema.ts).
import { ACTIVATIONS_LESSON } from './activations';
import { INITIALIZATION_LESSON } from './initialization';
import { LOSSES_LESSON } from './losses';
import { OPTIMIZATION_LESSON } from './optimization';
import { REGULARIZATION_LESSON } from './regularization';
import type { Lesson, LessonId } from './schema';

export type { Check, Highlight, Lesson, LessonId, LessonStep } from './schema';

export const LESSONS: readonly Lesson[] = [
  ACTIVATIONS_LESSON,
  LOSSES_LESSON,
  INITIALIZATION_LESSON,
  OPTIMIZATION_LESSON,
  REGULARIZATION_LESSON,
];

export const lessonById: Readonly<Record<LessonId, Lesson>> = Object.fromEntries(LESSONS.map((l) => [l.id, l])) as Record<LessonId, Lesson>;

/** The lesson a config field names, or null for 'none'. */
export const lessonOf = (id: string): Lesson | null => (id in lessonById ? lessonById[id as LessonId] : null);

/** The query string that opens step `step` (1-based) of a lesson with its experiment. */
export function lessonHref(lesson: Lesson, step: number): string {
  const open = lesson.steps[step - 1].open;
  return `?${open ? `${open}&` : ''}lesson=${lesson.id}&step=${step}`;
}
