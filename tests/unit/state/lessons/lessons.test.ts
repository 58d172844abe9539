// The lessons are data: each is checked against the lesson schema, every step's experiment must decode with no
// rejected key, every preset it names must exist, every lecture topic it claims must be in the lecture map, and
// the steps whose claims the e2e test checks by training must stay small enough for CI.
import { describe, expect, it } from 'vitest';
import { lectureMap } from '../../../../src/state/lectureMap';
import { lessonHref, LESSONS } from '../../../../src/state/lessons';
import { LessonSchema, type Check } from '../../../../src/state/lessons/schema';
import { presetById } from '../../../../src/state/presets';
import { LESSON_IDS, NUM_CLASSES_FOR_TESTS } from './fixtures';
import { decodeQuery } from '../../../../src/state/urlCodec';

const TRAINING_CHECKS: readonly Check['kind'][] = ['diagnosis', 'no-diagnosis', 'layer-stat', 'accuracy-gap'];
const steps = LESSONS.flatMap((lesson) => lesson.steps.map((step, i) => ({ lesson, step, n: i + 1, name: `${lesson.id} step ${i + 1}` })));

describe('lessons', () => {
  it('there is one lesson for every lesson id the URL accepts, each valid against the schema', () => {
    expect(LESSONS.map((l) => l.id).sort()).toEqual(LESSON_IDS.filter((id) => id !== 'none').sort());
    for (const lesson of LESSONS) {
      const parsed = LessonSchema.safeParse(lesson);
      expect(parsed.success, `${lesson.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it('the schema rejects a right answer without checks, and checks without a right answer', () => {
    const step = LESSONS[0].steps[1];
    const lesson = (question: object) => ({ ...LESSONS[0], steps: LESSONS[0].steps.map((s, i) => (i === 1 ? { ...step, question } : s)) });
    const { checks, shows, ...noChecks } = step.question;
    expect(checks).toBeDefined();
    expect(LessonSchema.safeParse(lesson(noChecks)).success).toBe(false);
    expect(LessonSchema.safeParse(lesson({ ...step.question, answer: undefined })).success).toBe(false);
    expect(LessonSchema.safeParse(lesson({ ...step.question, answer: 9 })).success).toBe(false);
    expect(LessonSchema.safeParse(lesson({ ...step.question, checks: [], shows })).success).toBe(false);
    expect(LessonSchema.safeParse({ ...LESSONS[0], steps: LESSONS[0].steps.slice(0, 4) }).success).toBe(false);
  });

  it.each(steps)('$name: its experiment decodes with no rejected key and names only known presets', ({ step }) => {
    const decoded = decodeQuery(step.open);
    expect(decoded.rejected).toEqual([]);
    const named = new URLSearchParams(step.open).get('preset');
    if (named !== null) {
      expect(presetById[named], named).toBeDefined();
      expect(decoded.preset).toBe(named);
    }
    // A lesson step only opens the experiment: how the page shows it is the learner's business.
    for (const key of ['lesson', 'step', 'present', 'hide', 'autoplay', 'backend']) expect(new URLSearchParams(step.open).has(key), key).toBe(false);
  });

  it.each(steps)('$name: its link opens the step with its experiment', ({ lesson, step, n }) => {
    const decoded = decodeQuery(lessonHref(lesson, n).slice(1));
    expect(decoded.rejected).toEqual([]);
    expect(decoded.config.lesson).toBe(lesson.id);
    expect(decoded.config.step).toBe(n);
    expect({ ...decoded.config, lesson: 'none', step: 1 }).toEqual(decodeQuery(step.open).config);
  });

  it.each(steps)('$name: its checks can be read on the page it opens, cheaply', ({ step }) => {
    const { config } = decodeQuery(step.open);
    const checks = step.question.checks ?? [];
    for (const c of checks) {
      if (c.kind === 'metric') expect(config.mode).toBe('workbench');
      if (c.kind.startsWith('init-lab')) expect(config.mode).toBe('init-lab');
      if (TRAINING_CHECKS.includes(c.kind)) {
        expect(config.mode).toBe('train');
        // The e2e test trains every such step: at most ~110k weights (the default 128 × 64, 8 × 64 and smaller).
        const widths = [784, ...config.layers, NUM_CLASSES_FOR_TESTS];
        const weights = widths.slice(1).reduce((sum, w, i) => sum + w * widths[i], 0);
        expect(weights).toBeLessThanOrEqual(110_000);
      }
      if (c.kind === 'layer-stat') expect(c.layer).toBeLessThan(config.layers.length);
    }
    // The highlighted panel is on the page the step opens.
    if (step.highlight === 'workbench') expect(config.mode).toBe('workbench');
    else if (step.highlight === 'init-lab') expect(config.mode).toBe('init-lab');
    else expect(config.mode).toBe('train');
  });

  it('every lesson asks at least two questions the app checks, and every lecture topic it claims is in the lecture map', () => {
    const topics = new Set(lectureMap().flatMap((l) => l.topics.map((t) => `${l.id}/${t.topic}`)));
    for (const lesson of LESSONS) {
      expect(lesson.steps.filter((s) => s.question.answer !== undefined).length, lesson.id).toBeGreaterThanOrEqual(2);
      for (const s of lesson.steps) for (const t of s.teaches ?? []) expect(topics, `${lesson.id}: ${t.topic}`).toContain(`${t.lecture}/${t.topic}`);
    }
  });

  it('the lecture map links every lesson next to its topics', () => {
    const linked = lectureMap().flatMap((l) => l.topics.flatMap((t) => t.lessons.map((x) => x.lesson)));
    for (const lesson of LESSONS) expect(linked, lesson.id).toContain(lesson.id);
    for (const l of lectureMap().flatMap((x) => x.topics.flatMap((t) => t.lessons))) expect(decodeQuery(l.href.slice(1)).rejected).toEqual([]);
  });
});
