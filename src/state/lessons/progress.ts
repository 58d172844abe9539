// A learner's lesson progress as kept in localStorage: a versioned record that is parsed, never trusted.
// Anything that does not match (an older version, hand-edited JSON, a truncated write) reads as no progress.
import { z } from 'zod';
import { MAX_LESSON_STEPS } from '../schema';

export const PROGRESS_KEY = 'layer-lab:lessons';
export const PROGRESS_VERSION = 1;

const LessonProgressSchema = z.object({
  /** Chosen option per answered step, keyed by the 1-based step number. */
  answers: z.record(z.string().regex(/^\d{1,2}$/), z.number().int().min(0).max(9)),
  /** The step last shown (1-based). */
  last: z.number().int().min(1).max(MAX_LESSON_STEPS),
  done: z.boolean(),
});
export type LessonProgress = z.infer<typeof LessonProgressSchema>;

const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(z.string().max(40), LessonProgressSchema),
});
export type Progress = Record<string, LessonProgress>;

export const emptyLessonProgress = (): LessonProgress => ({ answers: {}, last: 1, done: false });

/** The stored text → progress; null, unparsable or mismatched text → no progress (never throws). */
export function parseProgress(raw: string | null): Progress {
  if (!raw || raw.length > 100_000) return {};
  try {
    const parsed = ProgressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.lessons : {};
  } catch {
    return {};
  }
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, lessons: progress });
}
