// Moving through a lesson: each step sets the `lesson`/`step` view fields (so the URL names the step) and opens
// the step's experiment in place, as the Back button would: the data stays loaded, only the run is new.
import { useLessons } from '../lessonStore';
import { FIELD_NAMES, FIELDS, VIEW_FIELDS, type Config, type FieldName } from '../schema';
import { useLab } from '../store';
import { decodeQuery } from '../urlCodec';
import { lessonOf } from './index';

/** The fields a step's experiment sets: everything but how the page shows it and which backend it uses. */
const isExperimentField = (n: FieldName) => !VIEW_FIELDS.includes(n) && n !== 'backend';

/** The step's experiment fields, decoded the way the address bar would be. */
function stepExperiment(open: string): { preset: string | null; patch: Partial<Config> } {
  const decoded = decodeQuery(open);
  const patch = Object.fromEntries(Object.entries(decoded.config).filter(([n]) => isExperimentField(n as FieldName))) as Partial<Config>;
  return { preset: decoded.preset, patch };
}

const fmt = (n: FieldName, v: unknown) => (FIELDS[n].format as (x: unknown) => string)(v);

/** True when the page shows the step's experiment (view fields and backend aside). */
export function isStepOpen(config: Config, preset: string | null, open: string): boolean {
  const want = stepExperiment(open);
  return preset === want.preset && FIELD_NAMES.filter(isExperimentField).every((n) => fmt(n, config[n]) === fmt(n, want.patch[n]));
}

/** Opens the current step's experiment (a new run), unless it is open already. */
export function openCurrentStep(): void {
  const lab = useLab.getState();
  const lesson = lessonOf(lab.config.lesson);
  const step = lesson?.steps[lab.config.step - 1];
  if (!lesson || !step || isStepOpen(lab.config, lab.preset, step.open)) return;
  const { preset, patch } = stepExperiment(step.open);
  if (preset !== lab.preset) lab.applyPreset(preset);
  useLab.getState().setConfig(patch);
}

/** Shows step `step` (1-based) of a lesson and opens its experiment. */
export function goToStep(lessonId: string, step: number): void {
  const lesson = lessonOf(lessonId);
  if (!lesson) return;
  const n = Math.min(Math.max(1, step), lesson.steps.length);
  useLab.getState().setConfig({ lesson: lesson.id, step: n });
  useLessons.getState().visit(lesson.id, n);
  openCurrentStep();
}

/**
 * The next (+1) or previous (−1) step of the open lesson; past the last step the lesson is finished.
 * False when no lesson is open (the keys then do what they do without one).
 */
export function stepLesson(dir: 1 | -1): boolean {
  const { lesson: id, step } = useLab.getState().config;
  const lesson = lessonOf(id);
  if (!lesson) return false;
  if (dir === 1 && step >= lesson.steps.length) {
    useLessons.getState().finish(lesson.id);
    return true;
  }
  goToStep(lesson.id, step + dir);
  return true;
}

/** Closes the lesson panel; the experiment stays. */
export function closeLesson(): void {
  useLab.getState().setConfig({ lesson: 'none', step: 1 });
}
