import { expect, test, type Page } from '@playwright/test';
import { metric, openReady, readNumber, watchErrors } from './helpers';

const deep = (n: number, w: number) => Array.from({ length: n }, () => w).join(',');

async function stepTimes(page: Page, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step')).toHaveText(String(i), { timeout: 30_000 });
  }
}

test('deep sigmoid with N(0, 1) weights: every layer is shown and saturation is diagnosed', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, `act=sigmoid&layers=${deep(5, 64)}&init=normal-1&train-size=2000`);
  await stepTimes(page, 2);
  await expect(page.locator('[data-panel="layers"] [data-layer]')).toHaveCount(6, { timeout: 30_000 });
  await expect(page.locator('[data-diagnosis="saturation"]')).toBeVisible();
  await expect(page.locator('[data-diagnosis="saturation"]')).toContainText('Xavier');
  expect(errors).toEqual([]);
});

test('zero initialization: symmetry not broken', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'act=sigmoid&layers=32,32&init=zeros&train-size=2000');
  await stepTimes(page, 2);
  await expect(page.locator('[data-diagnosis="symmetry"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-panel="layers"] [data-layer="0"] [data-stat="symmetry"]')).toHaveText('0');
  expect(errors).toEqual([]);
});

test('init lab: 10×500 tanh collapses with N(0, 0.01²) and saturates with N(0, 1)', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, `mode=init-lab&act=tanh&init=normal-0.01&layers=${deep(10, 500)}&data=gaussian`);
  const cols = page.locator('[data-panel="init-lab"] [data-layer]');
  await expect(cols).toHaveCount(10, { timeout: 60_000 });
  const std = async (i: number) => Number(await cols.nth(i).getAttribute('data-std'));
  expect(await std(9)).toBeLessThan(0.01 * (await std(0)));
  await page.locator('[data-field="init"]').selectOption('normal-1');
  await expect(cols.nth(9)).toHaveAttribute('data-saturated', /^0\.9\d*|^1$/, { timeout: 60_000 });
  await expect(page.locator('[data-panel="layers"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a huge learning rate diverges: the diagnosis names the step and the layer charts keep their history', async ({ page }) => {
  await openReady(page, 'opt=sgd&lr=10&layers=32&train-size=5000');
  await page.locator('[data-action="train"]').click();
  await expect(page.locator('[data-diagnosis="diverged"]')).toContainText('smaller learning rate', { timeout: 60_000 });
  await expect(page.locator('[data-chart="gradNorm"]')).toHaveAttribute('aria-label', /layer 1 /);
});

test('statistics overhead: examples/s with live statistics on and off (default network)', async ({ page }) => {
  await openReady(page, 'epochs=5');
  const measure = async (): Promise<number> => {
    await page.locator('[data-action="train"]').click();
    await page.waitForTimeout(4_000); // shader warm-up
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.waitForTimeout(1_000);
      samples.push(await readNumber(page, 'examples-per-sec'));
    }
    await page.locator('[data-action="train"]').click();
    await expect(page.locator('[data-action="train"]')).toHaveText('Train');
    return samples.reduce((a, b) => a + b) / samples.length;
  };
  const on = await measure();
  await page.locator('[data-action="stats-toggle"]').uncheck();
  const off = await measure();
  console.log(`stats on: ${on.toFixed(0)} examples/s, stats off: ${off.toFixed(0)} examples/s, overhead ${((1 - on / off) * 100).toFixed(1)} %`);
  expect(on).toBeGreaterThan(0);
  expect(off).toBeGreaterThan(0);
  // Loose: two cores are shared with other jobs, so only a gross regression should fail here.
  expect(on / off).toBeGreaterThan(0.75);
});
