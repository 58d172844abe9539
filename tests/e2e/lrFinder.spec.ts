import { expect, test } from '@playwright/test';
import { openReady, watchErrors } from './helpers';

test('LR finder: the curve fills while it runs, stops at the divergence, and its suggested rate is applied with one click', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'mode=lr-finder&layers=32&train-size=5000&backend=wasm');
  const panel = page.locator('[data-panel="lr-finder"]');
  await expect(panel).toHaveAttribute('data-finder-phase', 'idle');
  // Every number of points the panel shows while it runs, recorded by the page itself (no polling race).
  await panel.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { finderSeen: string[] }).finderSeen = seen;
    new MutationObserver(() => seen.push(`${el.getAttribute('data-finder-phase')}:${el.getAttribute('data-points')}`)).observe(el, {
      attributes: true,
      attributeFilter: ['data-points', 'data-finder-phase'],
    });
  });
  await panel.locator('[data-action="lr-finder-start"]').click();
  await expect(panel).toHaveAttribute('data-finder-phase', 'done', { timeout: 60_000 });
  await expect(panel).toHaveAttribute('data-stopped', 'diverged');
  const total = Number(await panel.getAttribute('data-points'));
  expect(total).toBeGreaterThan(40);
  expect(total).toBeLessThan(120);
  // Progress: the curve grew chunk by chunk while the test was running, not all at once at the end.
  const seen = await page.evaluate(() => (window as unknown as { finderSeen: string[] }).finderSeen);
  const partial = new Set(seen.filter((s) => s.startsWith('running:')).map((s) => Number(s.split(':')[1])).filter((n) => n > 0 && n < total));
  expect(partial.size).toBeGreaterThanOrEqual(2);
  await expect(panel.locator('progress')).toHaveAttribute('value', String(total));
  // The chart: both curves drawn, the divergence and the suggestion marked.
  const chart = panel.locator('[data-chart="lr-finder"]');
  await expect(chart.locator('[data-series] path')).toHaveCount(2);
  await expect(chart.getByText('diverges')).toBeVisible();
  await expect(chart.getByText('suggested')).toBeVisible();
  const divergedLr = Number(await panel.getAttribute('data-diverged-lr'));
  const suggested = Number(await panel.locator('[data-metric="lr-suggested"]').getAttribute('data-value'));
  expect(suggested).toBeGreaterThan(1e-5);
  expect(suggested).toBeLessThan(divergedLr / 10);
  await panel.locator('[data-action="lr-finder-apply"]').click();
  // Back in train mode with the suggested rate, in the field and in the URL.
  await expect(page.locator('[data-panel="lr-finder"]')).toHaveCount(0);
  await expect(page.locator('[data-field="lr"]').first()).toHaveValue(String(suggested));
  await expect.poll(() => new URL(page.url()).searchParams.get('lr')).toBe(String(suggested));
  expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-phase', 'ready');
  expect(errors).toEqual([]);
});
