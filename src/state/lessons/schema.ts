// What a lesson is, declared once as a zod schema: the lessons in this folder are plain data checked against
// it by a unit test (tests/unit/state/lessons.test.ts), like the presets. A step opens an experiment (a query
// string the URL codec reads), asks a prediction question before the run, then explains the outcome with
// one panel highlighted. A question with a right answer carries `checks`: what the app itself shows when the
// claim holds; the end-to-end test tests/e2e/lessons.spec.ts runs each step's experiment and reads them.
import { z } from 'zod';
import type { DiagnosisId } from '../diagnose';
import { LESSON_IDS, MAX_LESSON_STEPS } from '../schema';
import { TEACHES_SCHEMA } from './teaches';

/** Panels a step can point at: the `data-panel` or `data-chart` value of the element to outline. */
export const HIGHLIGHTS = ['layers', 'diagnoses', 'loss', 'accuracy', 'runs', 'init-lab', 'workbench', 'controls'] as const;
export type Highlight = (typeof HIGHLIGHTS)[number];

const DIAGNOSIS = z.enum(['diverged', 'vanishing', 'exploding', 'dead-relu', 'saturation', 'symmetry', 'loss-flat'] as const satisfies readonly DiagnosisId[]);
const Compare = { op: z.enum(['eq', 'lt', 'gt']), value: z.number().finite() };

/** Training checks run at least this many steps before they read (the e2e test stops there). */
const Steps = { steps: z.number().int().min(1).max(2000) };

/** One observable fact, read from the app's own data hooks. */
export const CheckSchema = z.discriminatedUnion('kind', [
  // Train until the diagnoses panel names it (`[data-diagnosis=…]`).
  z.object({ kind: z.literal('diagnosis'), diagnosis: DIAGNOSIS }),
  // Train `steps` steps: the diagnoses panel has not named it.
  z.object({ kind: z.literal('no-diagnosis'), diagnosis: DIAGNOSIS, ...Steps }),
  // Train `steps` steps, then read a number of the layer panel (`[data-layer=L] [data-stat=S]`; percentages as fractions).
  z.object({ kind: z.literal('layer-stat'), layer: z.number().int().min(0), stat: z.enum(['diversity', 'dead', 'saturated']), ...Compare, ...Steps }),
  // Train `steps` steps, then train accuracy minus test accuracy as the accuracy chart reports them.
  z.object({ kind: z.literal('accuracy-gap'), ...Compare, ...Steps }),
  // A number the page shows without training (`[data-metric=…]`, its data-value when it has one).
  z.object({ kind: z.literal('metric'), metric: z.string().min(1), ...Compare }),
  // Init lab: std of the last hidden layer's activations over the first layer's (`[data-std]`).
  z.object({ kind: z.literal('init-lab-std-ratio'), ...Compare }),
  // Init lab: the saturated fraction of the last hidden layer (`[data-saturated]`).
  z.object({ kind: z.literal('init-lab-saturated'), ...Compare }),
]);
export type Check = z.infer<typeof CheckSchema>;

export const QuestionSchema = z
  .object({
    prompt: z.string().min(10),
    options: z.array(z.string().min(1)).min(2).max(5),
    /** Index of the right option; absent for a question that asks for a guess only. */
    answer: z.number().int().min(0).optional(),
    /** What the app shows when the right answer is right; required with `answer`. */
    checks: z.array(CheckSchema).min(1).optional(),
    /** The checks in words: which panel says so, and how. */
    shows: z.string().min(10).optional(),
  })
  .refine((q) => q.answer === undefined || q.answer < q.options.length, 'answer must index an option')
  .refine((q) => (q.answer === undefined) === (q.checks === undefined), 'a right answer needs checks, and checks need a right answer')
  .refine((q) => (q.checks === undefined) === (q.shows === undefined), 'checks are described in `shows`');

export const StepSchema = z.object({
  title: z.string().min(3),
  /** A few sentences of plain text (Unicode maths); formulas go in `formula`. */
  text: z.string().min(40),
  /** A display formula under the text (TeX). */
  formula: z.string().optional(),
  /** The experiment, as a query string (`preset=zero-init&layers=32`): decoded by the URL codec. */
  open: z.string(),
  question: QuestionSchema,
  /** Shown once the learner has answered: what happens and why. */
  outcome: z.string().min(40),
  highlight: z.enum(HIGHLIGHTS),
  /** Lecture topics this step shows; the lecture map links the lesson next to them. */
  teaches: z.array(TEACHES_SCHEMA).default([]),
});
export type LessonStep = z.input<typeof StepSchema>;

export const LessonSchema = z.object({
  id: z.enum(LESSON_IDS).exclude(['none']),
  title: z.string().min(5),
  summary: z.string().min(20),
  steps: z.array(StepSchema).min(5).max(MAX_LESSON_STEPS),
});
export type Lesson = z.input<typeof LessonSchema>;
export type LessonId = Lesson['id'];
