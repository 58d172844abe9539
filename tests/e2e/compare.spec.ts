// Two runs of a lecture comparison (sigmoid vs ReLU, same deep net and seed) overlaid on the gradient-norm
// chart, one line per run, named by what differs.
import { expect, test, type Page } from '@playwright/test';
import { metric, openReady, watchErrors } from './helpers';

async function stepSlowly(page: Page, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step')).toHaveText(String(i));
    // Every single Step captures its layer statistics: wait until they are shown.
    await expect(page.locator('[data-panel="layers"]')).toHaveAttribute('data-stats-step', String(i));
  }
}

test('per-layer gradient norms of two runs overlay, named by what differs', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'act=sigmoid&layers=64,64,64,64&opt=sgd&lr=0.1&train-size=2000');
  await stepSlowly(page, 3);
  await page.locator('[data-field="act"]').selectOption('relu');
  await expect(metric(page, 'step')).toHaveText('0');
  await stepSlowly(page, 3);
  const overlay = page.locator('[data-overlay="grad-norm"]');
  await overlay.scrollIntoViewIfNeeded();
  await expect(overlay.locator('[data-series]')).toHaveCount(2);
  await expect(overlay.locator('.overlay-legend')).toContainText('act=sigmoid');
  await expect(overlay.locator('.overlay-legend')).toContainText('act=relu');
  // The text alternative carries each run's latest first-layer gradient norm.
  await expect(overlay.locator('[role="img"]')).toHaveAttribute('aria-label', /layer 1, by run\. Latest: act=sigmoid: [\d.e-]+; act=relu: [\d.e-]+/);
  await overlay.locator('[data-field="overlay-layer"]').selectOption({ label: 'output layer' });
  await expect(overlay.locator('[role="img"]')).toHaveAttribute('aria-label', /output layer/);
  expect(errors).toEqual([]);
});
