// Issue 14: every claim a lesson makes is checked by the app itself. For each step whose question has a right
// answer, the test opens the step (as its lecture-map link does), locks in the right prediction, runs the
// step's experiment and reads the step's checks from the app's own data hooks. Then one lesson is walked with
// the keyboard alone. Steps are followed in the page (as Back/Forward would), so MNIST loads once.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lessonHref, LESSONS, type Check, type Lesson } from '../../src/state/lessons';
import { decodeQuery } from '../../src/state/urlCodec';
import { metric, openReady, watchErrors } from './helpers';

const CHECKED = LESSONS.flatMap((lesson) =>
  lesson.steps.flatMap((step, i) => (step.question.answer !== undefined ? [{ lesson, step, n: i + 1 }] : [])),
);
// Every claim trains on WebAssembly: the fastest backend on a machine without a GPU, and the same in CI.
const href = (lesson: Lesson, n: number) => `${lessonHref(lesson, n).slice(1)}&backend=wasm`;

/** Follows a link in the page, as the Back button would (the URL sync applies the address). */
async function follow(page: Page, query: string) {
  await page.evaluate((q) => {
    history.pushState(null, '', `?${q}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

const number = (text: string | null) => {
  const t = (text ?? '').trim();
  return t.endsWith('%') ? Number.parseFloat(t) / 100 : Number.parseFloat(t);
};
const compare = (x: number, op: 'eq' | 'lt' | 'gt', v: number) => (op === 'eq' ? x === v : op === 'lt' ? x < v : x > v);
const step = async (page: Page) => number(await metric(page, 'step').textContent());

async function trainUntil(page: Page, steps: number) {
  await expect.poll(() => step(page), { timeout: 90_000 }).toBeGreaterThanOrEqual(steps);
}

async function readInitLab(page: Page): Promise<{ std: number[]; saturated: number[] }> {
  const cols = page.locator('[data-panel="init-lab"][data-current="1"] [data-layer]');
  const all = await cols.evaluateAll((els) => els.map((e) => [Number(e.getAttribute('data-std')), Number(e.getAttribute('data-saturated'))]));
  return { std: all.map((x) => x[0]), saturated: all.map((x) => x[1]) };
}

/** Reads one check; the polls end as soon as the claimed outcome shows (or time runs out). */
async function verify(page: Page, c: Check, name: string) {
  const diagnosis = (id: string): Locator => page.locator(`[data-panel="diagnoses"] [data-diagnosis="${id}"]`);
  switch (c.kind) {
    case 'diagnosis':
      await expect(diagnosis(c.diagnosis), name).toBeVisible({ timeout: 90_000 });
      return;
    case 'no-diagnosis':
      await trainUntil(page, c.steps);
      await expect(diagnosis(c.diagnosis), name).toHaveCount(0);
      return;
    case 'layer-stat': {
      await trainUntil(page, c.steps);
      const panel = page.locator('[data-panel="layers"]');
      await expect.poll(async () => Number(await panel.getAttribute('data-stats-step')), { timeout: 30_000 }).toBeGreaterThanOrEqual(c.steps);
      const value = number(await panel.locator(`[data-layer="${c.layer}"] [data-stat="${c.stat}"]`).textContent());
      expect(compare(value, c.op, c.value), `${name}: ${c.stat} of layer ${c.layer} = ${value}`).toBe(true);
      return;
    }
    case 'accuracy-gap': {
      await trainUntil(page, c.steps);
      const chart = page.locator('[data-chart="accuracy"]');
      // Only an evaluation after the claimed number of steps counts (early on both accuracies are ~10 %).
      await expect
        .poll(async () => {
          const [s, train, test] = await chart.evaluate((e) => ['data-eval-step', 'data-train-accuracy', 'data-test-accuracy'].map((a) => Number(e.getAttribute(a))));
          return s >= c.steps && compare(train - test, c.op, c.value) ? 'holds' : `step ${s}: train ${train} − test ${test}`;
        }, { timeout: 60_000, message: name })
        .toBe('holds');
      return;
    }
    case 'metric': {
      const el = metric(page, c.metric);
      const value = number((await el.getAttribute('data-value')) ?? (await el.textContent()));
      expect(compare(value, c.op, c.value), `${name}: ${c.metric} = ${value}`).toBe(true);
      return;
    }
    case 'init-lab-std-ratio':
    case 'init-lab-saturated': {
      await expect(page.locator('[data-panel="init-lab"][data-current="1"] [data-layer]').first()).toBeVisible({ timeout: 60_000 });
      const { std, saturated } = await readInitLab(page);
      const value = c.kind === 'init-lab-saturated' ? saturated[saturated.length - 1] : std[std.length - 1] / std[0];
      expect(compare(value, c.op, c.value), `${name}: ${c.kind} = ${value} (std ${std.join(', ')})`).toBe(true);
      return;
    }
    default: {
      const never: never = c;
      throw new Error(`unknown check ${JSON.stringify(never)}`);
    }
  }
}

test('every lesson claim with a right answer happens in the app', async ({ page }) => {
  test.setTimeout(600_000);
  const errors = watchErrors(page);
  const timings: string[] = [];
  for (const [i, { lesson, step: s, n }] of CHECKED.entries()) {
    const name = `${lesson.id} step ${n}`;
    const started = Date.now();
    if (i === 0) await openReady(page, href(lesson, n));
    else await follow(page, href(lesson, n));
    await expect(page.locator(`[data-panel="lesson"][data-lesson="${lesson.id}"][data-step="${n}"]`), name).toBeVisible();
    await expect(page.locator('[data-lesson-open]'), name).toHaveAttribute('data-lesson-open', '1');
    await expect(page.locator('[data-notice^="url"]'), name).toHaveCount(0);
    // Predict first: the right option, locked in, is confirmed and the step's panel is outlined.
    await page.locator(`[data-lesson-question] [data-option="${s.question.answer}"]`).check();
    await page.locator('[data-action="lesson-answer"]').click();
    await expect(page.locator('[data-lesson-result]'), name).toHaveAttribute('data-lesson-result', 'right');
    await expect(page.locator(`[data-lesson-highlight][data-panel="${s.highlight}"], [data-lesson-highlight][data-chart="${s.highlight}"]`), name).toHaveCount(1);
    // Then run it, when it trains.
    const trains = decodeQuery(s.open).config.mode === 'train';
    if (trains) await page.locator('[data-action="train"]').click();
    for (const c of s.question.checks ?? []) await verify(page, c, name);
    if (trains && (await page.locator('[data-action="train"]').textContent()) === 'Pause') await page.locator('[data-action="train"]').click();
    timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s, step ${await metric(page, 'step').textContent()}`);
  }
  console.log(timings.join('\n'));
  expect(errors).toEqual([]);
});

/** Presses Tab until the element has the focus (a keyboard user's path, however many stops it takes). */
async function tabTo(page: Page, selector: string, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.locator(selector).evaluate((e) => e === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator(selector)).toBeFocused();
}

test('a lesson can be finished with the keyboard alone', async ({ page }) => {
  const errors = watchErrors(page);
  const lesson = LESSONS.find((l) => l.id === 'losses')!;
  // The workbench lesson: no training, so the walk measures the keyboard path only.
  await page.goto(`./?lesson=${lesson.id}&step=1`);
  await expect(page.locator('[data-panel="workbench"]')).toBeVisible();
  await expect(page.locator('[data-lesson-open]')).toHaveAttribute('data-lesson-open', '1');
  for (let n = 1; n <= lesson.steps.length; n++) {
    const q = lesson.steps[n - 1].question;
    await expect(page.locator('[data-panel="lesson"]')).toHaveAttribute('data-step', String(n));
    // Tab reaches the options; Space picks the first, arrow keys move on; Tab then Enter locks it in.
    await tabTo(page, '[data-option="0"]');
    await page.keyboard.press('Space');
    for (let k = 0; k < (q.answer ?? 0); k++) await page.keyboard.press('ArrowDown');
    await tabTo(page, '[data-action="lesson-answer"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-lesson-result]')).toHaveAttribute('data-lesson-result', q.answer === undefined ? 'noted' : 'right');
    await expect(page.locator('.lesson-outcome')).toBeFocused();
    await page.keyboard.press('n');
  }
  await expect(page.locator('[data-lesson-done]')).toContainText(
    `${lesson.steps.filter((s) => s.question.answer !== undefined).length} of ${lesson.steps.filter((s) => s.question.answer !== undefined).length} predictions right`,
  );
  // Progress survives a reload: the answers are in localStorage.
  await page.reload();
  await expect(page.locator('[data-lesson-result]')).toHaveAttribute('data-lesson-result', /right|noted/);
  expect(errors).toEqual([]);
});
