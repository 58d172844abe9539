// Moving through a lesson: each step sets the URL's lesson/step and opens its experiment in place; the keys'
// logic steps the lesson only while one is open; finishing past the last step.
import { beforeEach, describe, expect, it } from 'vitest';
import { lessonById } from '../../../../src/state/lessons';
import { closeLesson, goToStep, isStepOpen, stepLesson } from '../../../../src/state/lessons/navigate';
import { useLessons } from '../../../../src/state/lessonStore';
import { useLab } from '../../../../src/state/store';
import { decodeQuery, encodeQuery } from '../../../../src/state/urlCodec';

beforeEach(() => {
  useLab.getState().resetStore();
  useLessons.getState().reset();
});

const lab = () => useLab.getState();

describe('lesson navigation', () => {
  it('opens a step with its experiment, keeping the backend and the view', () => {
    lab().setConfig({ backend: 'wasm', present: true });
    goToStep('initialization', 1);
    expect(lab().config).toMatchObject({ lesson: 'initialization', step: 1, backend: 'wasm', present: true, init: 'zeros', layers: [32], trainSize: 5000 });
    expect(lab().preset).toBe('zero-init');
    expect(isStepOpen(lab().config, lab().preset, lessonById.initialization.steps[0].open)).toBe(true);
    // The address names the step and its experiment, and reads back as the same.
    const q = encodeQuery(lab().config, lab().preset);
    expect(q).toContain('lesson=initialization');
    expect(decodeQuery(q).config).toEqual(lab().config);
  });

  it('n and b step through the open lesson, clamped at the first step, finishing after the last', () => {
    goToStep('optimization', 1);
    expect(stepLesson(-1)).toBe(true);
    expect(lab().config.step).toBe(1);
    expect(stepLesson(1)).toBe(true);
    expect(lab().config.step).toBe(2);
    expect(lab().preset).toBe('lr-too-low');
    expect(lab().config.epochs).toBe(5);
    const n = lessonById.optimization.steps.length;
    for (let i = 2; i < n; i++) stepLesson(1);
    expect(lab().config.step).toBe(n);
    expect(useLessons.getState().progress.optimization.done).toBe(false);
    stepLesson(1);
    expect(lab().config.step).toBe(n);
    expect(useLessons.getState().progress.optimization).toMatchObject({ done: true, last: n });
  });

  it('without a lesson the keys are left to the presets', () => {
    expect(stepLesson(1)).toBe(false);
    goToStep('losses', 2);
    closeLesson();
    expect(lab().config.lesson).toBe('none');
    expect(lab().config.mode).toBe('workbench');
    expect(stepLesson(1)).toBe(false);
  });

  it('a step that changes only the view does not start a new run', () => {
    goToStep('losses', 1);
    const run = lab().nextRun;
    goToStep('losses', 2); // the same workbench page
    expect(lab().nextRun).toBe(run);
  });
});
