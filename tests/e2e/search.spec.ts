import { expect, test, type Page } from '@playwright/test';
import { openReady, watchErrors } from './helpers';

/** Starts the search on the page and waits until every run has ended with its final evaluation. */
async function runSearch(page: Page, numRuns: number): Promise<void> {
  await page.locator('[data-action="search-start"]').click();
  await expect(page.locator('[data-search-state]')).toHaveAttribute('data-search-state', 'done', { timeout: 150_000 });
  await expect(page.locator('.search-table tr[data-final="true"]')).toHaveCount(numRuns, { timeout: 30_000 });
}

test('a 6-run learning-rate sweep on 2,000 images completes, and its best row opens that run', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  await openReady(page, 'mode=search&hp1=lr&hp1-range=1e-4:1&budget-runs=6&budget-size=2000&opt=sgd&layers=32&backend=wasm');
  await expect(page.locator('.search-table tbody tr')).toHaveCount(6);
  await runSearch(page, 6);
  const best = page.locator('.search-table tr[data-best="true"]');
  await expect(best).toHaveCount(1);
  const lr = (await best.locator('td').first().textContent())!.trim();
  const href = (await best.locator('[data-action="open-run"]').getAttribute('href'))!;
  expect(new URLSearchParams(href.slice(1)).get('lr')).toBe(lr);
  await best.locator('[data-action="open-run"]').click();
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
  // The run's own experiment: a training page with that learning rate and the search's budget.
  await expect(page.locator('[data-field="lr"]').first()).toHaveValue(lr);
  await expect(page.locator('[data-field="train-size"]').first()).toHaveValue('2000');
  await expect(page.locator('[data-panel="search"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('grid vs random search: random tries 9 learning rates to the grid\'s 3, and finds the better run', async ({ page }) => {
  test.setTimeout(240_000);
  await openReady(page, 'preset=grid-vs-random&backend=wasm');
  await runSearch(page, 18);
  const grid = page.locator('[data-search-kind="grid"]');
  const random = page.locator('[data-search-kind="random"]');
  await expect(grid).toHaveAttribute('data-distinct', '3');
  await expect(random).toHaveAttribute('data-distinct', '9');
  const gridBest = Number(await grid.getAttribute('data-best'));
  const randomBest = Number(await random.getAttribute('data-best'));
  expect(gridBest).toBeGreaterThan(0.1);
  expect(randomBest).toBeGreaterThan(gridBest);
});
