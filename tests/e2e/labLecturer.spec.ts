// The optimizer paths and the hyperparameter search in lecturer mode on a 1024×768 projector: each page fits
// one screen in projector type (layoutCheck.ts), its table beside the map or chart with every column in sight.
// The two presets are opened in one page, as a lecturer follows links; the search is checked as it fills.
import { expect, test, type Page } from '@playwright/test';
import { followLink, metric, openReady, watchErrors } from './helpers';
import { checkLayout } from './layoutCheck';

const SMALL = 'present=1&layers=32&train-size=5000&backend=wasm';

async function fits(page: Page, label: string): Promise<void> {
  const report = await checkLayout(page, { fitScreen: true });
  expect(report.numTexts, label).toBeGreaterThan(20);
  expect(report.problems, label).toEqual([]);
  expect(report.minFontPx, label).toBeGreaterThanOrEqual(18);
}

/** Side by side: the second box starts right of the first and they share rows of the screen. */
async function besideEachOther(page: Page, left: string, right: string): Promise<void> {
  const [a, b] = [(await page.locator(left).first().boundingBox())!, (await page.locator(right).first().boundingBox())!];
  expect(b.x, `${right} right of ${left}`).toBeGreaterThanOrEqual(a.x + a.width - 1);
  expect(b.y, `${right} beside ${left}`).toBeLessThan(a.y + a.height);
}

test.describe('a 1024×768 projector', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the optimizer paths and the search (grid vs random) each fit one screen', async ({ page }) => {
    const errors = watchErrors(page);
    await openReady(page, `preset=paths-saddle&${SMALL}`);
    const paths = page.locator('[data-panel="paths"]');
    await expect(paths).toHaveAttribute('data-current', '1', { timeout: 60_000 });
    await expect(paths.locator('tr[data-opt]')).toHaveCount(3);
    await besideEachOther(page, '.paths-canvas', '.paths-table');
    // Every column in sight, "Left saddle at" (the preset's point) included: the table does not scroll sideways.
    const table = paths.locator('.paths-table');
    expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(1);
    await expect(table.locator('th', { hasText: 'Left saddle at' })).toBeInViewport({ ratio: 1 });
    await fits(page, 'paths-saddle');

    await followLink(page, `preset=grid-vs-random&${SMALL}`);
    const search = page.locator('[data-panel="search"]');
    await expect(search.locator('[data-search-kind="grid"] tbody tr')).toHaveCount(9);
    await expect(search.locator('[data-search-kind="random"] tbody tr')).toHaveCount(9);
    await fits(page, 'grid-vs-random, before the search');
    // The search's settings are one click away, over the chart; closed again, the page is as before.
    await search.locator('[data-action="search-settings"]').click();
    await expect(search.locator('[data-field="budget-runs"]')).toBeInViewport();
    await search.locator('[data-action="search-settings"]').click();
    await expect(search.locator('.search-settings')).toHaveCount(0);
    // The page as it fills: started, the first evaluated point on the chart and in a table.
    await search.locator('[data-action="search-start"]').click();
    await expect(search.locator('[data-series] .live-dot').first()).toBeVisible({ timeout: 90_000 });
    await expect.poll(async () => Number(await metric(page, 'search-progress').getAttribute('data-value'))).toBeGreaterThan(0);
    await besideEachOther(page, '[data-chart="search"]', '.search-tables');
    await fits(page, 'grid-vs-random, searching');
    await search.locator('[data-action="search-cancel"]').click();
    await expect(search.locator('[data-search-state]')).not.toHaveAttribute('data-search-state', 'running');
    expect(errors).toEqual([]);
  });
});
