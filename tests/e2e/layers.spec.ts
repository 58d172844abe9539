import { expect, test, type Page } from '@playwright/test';
import { metric, openReady, watchErrors } from './helpers';

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
  await expect(page.locator('[data-panel="layers"] [data-layer="0"] [data-stat="diversity"]')).toHaveText('0');
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

test('a diverging run: the diagnosis names the step and the layer charts keep their history', async ({ page }) => {
  // Linear units, squared error on the logits and plain SGD at α = 0.1: the weights grow geometrically to ∞.
  await openReady(page, 'act=linear&loss=mse&opt=sgd&lr=0.1&layers=32&train-size=5000');
  // A first step with statistics, so there is history before the run blows up (on WASM it can diverge
  // within the first 400 ms statistics interval).
  await page.locator('[data-action="step"]').click();
  await expect(page.locator('[data-chart="gradNorm"]')).toHaveAttribute('aria-label', /layer 1 \d/, { timeout: 30_000 });
  await page.locator('[data-action="train"]').click();
  await expect(page.locator('[data-diagnosis="diverged"]')).toContainText('smaller learning rate', { timeout: 60_000 });
  await expect(page.locator('[data-chart="gradNorm"]')).toHaveAttribute('aria-label', /layer 1 \d/);
  await expect(page.locator('[data-action="train"]')).toHaveText('New run');
  await expect(page.locator('[data-run-note="diverged"]')).toBeVisible();
});
