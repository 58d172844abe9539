// Lesson progress in localStorage: a versioned record; anything corrupt, foreign or old reads as no progress,
// and a storage that throws never breaks the page.
import { afterEach, describe, expect, it } from 'vitest';
import { parseProgress, PROGRESS_KEY, serializeProgress, type Progress } from '../../../../src/state/lessons/progress';
import { useLessons } from '../../../../src/state/lessonStore';
import { wireLessonProgress } from '../../../../src/state/startApp';

const sample: Progress = { initialization: { answers: { 1: 1, 2: 0 }, last: 3, done: false } };

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

afterEach(() => useLessons.getState().reset());

describe('lesson progress', () => {
  it('round-trips through its stored text', () => {
    expect(parseProgress(serializeProgress(sample))).toEqual(sample);
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{"version":1,"lessons":'],
    ['JSON of another shape', '[1,2,3]'],
    ['another version', JSON.stringify({ version: 0, lessons: sample })],
    ['a negative answer', JSON.stringify({ version: 1, lessons: { losses: { answers: { 1: -1 }, last: 1, done: false } } })],
    ['a step out of range', JSON.stringify({ version: 1, lessons: { losses: { answers: {}, last: 99, done: false } } })],
    ['a non-numeric step key', JSON.stringify({ version: 1, lessons: { losses: { answers: { x: 0 }, last: 1, done: false } } })],
    ['a missing field', JSON.stringify({ version: 1, lessons: { losses: { answers: {}, last: 1 } } })],
    ['a prototype key', '{"version":1,"lessons":{"__proto__":{"answers":{},"last":1,"done":"yes"}}}'],
    ['an oversized value', `{"version":1,"lessons":{},"pad":"${'x'.repeat(200_000)}"}`],
  ])('ignores %s', (_, raw) => {
    expect(parseProgress(raw)).toEqual({});
  });

  it('is loaded at start and saved on every change', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: serializeProgress(sample) });
    const off = wireLessonProgress(storage);
    expect(useLessons.getState().progress).toEqual(sample);
    useLessons.getState().answer('losses', 3, 1);
    expect(parseProgress(storage.data.get(PROGRESS_KEY)!)).toEqual({ ...sample, losses: { answers: { 3: 1 }, last: 3, done: false } });
    off();
  });

  it('starts empty from a corrupt value and overwrites it with a valid one', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'garbage{' });
    const off = wireLessonProgress(storage);
    expect(useLessons.getState().progress).toEqual({});
    useLessons.getState().finish('optimization');
    expect(parseProgress(storage.data.get(PROGRESS_KEY)!)).toEqual({ optimization: { answers: {}, last: 1, done: true } });
    off();
  });

  it('survives a storage that throws on read and on write', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } };
    const off = wireLessonProgress(broken);
    expect(() => useLessons.getState().answer('losses', 1, 0)).not.toThrow();
    expect(useLessons.getState().progress.losses.answers).toEqual({ 1: 0 });
    off();
  });
});
