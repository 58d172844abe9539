// The learner's progress through the guided lessons (zustand): answers per step, the last step seen, and which
// lessons are finished. startApp.ts loads it from localStorage and saves every change back.
import { create } from 'zustand';
import { emptyLessonProgress, type LessonProgress, type Progress } from './lessons/progress';

export interface LessonState {
  progress: Progress;
}

export interface LessonActions {
  /** Records the option chosen at a step (1-based) and marks it seen. */
  answer: (lesson: string, step: number, choice: number) => void;
  /** Remembers the step shown last, so the lesson reopens there. */
  visit: (lesson: string, step: number) => void;
  finish: (lesson: string) => void;
  /** Forgets one lesson's answers (the learner starts it again). */
  restart: (lesson: string) => void;
  load: (progress: Progress) => void;
  reset: () => void;
}

export const lessonInitialState = (): LessonState => ({ progress: {} });

export const useLessons = create<LessonState & LessonActions>()((set, get) => {
  const update = (lesson: string, change: (p: LessonProgress) => LessonProgress) => {
    const current = get().progress[lesson] ?? emptyLessonProgress();
    set({ progress: { ...get().progress, [lesson]: change(current) } });
  };
  return {
    ...lessonInitialState(),
    answer: (lesson, step, choice) => update(lesson, (p) => ({ ...p, last: step, answers: { ...p.answers, [step]: choice } })),
    visit: (lesson, step) => {
      if (get().progress[lesson]?.last !== step) update(lesson, (p) => ({ ...p, last: step }));
    },
    finish: (lesson) => update(lesson, (p) => ({ ...p, done: true })),
    restart: (lesson) => update(lesson, () => emptyLessonProgress()),
    load: (progress) => set({ progress }),
    reset: () => set(lessonInitialState()),
  };
});

/** The answer chosen at a step, or null. */
export const selectAnswer = (lesson: string, step: number) => (s: LessonState) => s.progress[lesson]?.answers[step] ?? null;
