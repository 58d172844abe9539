// Issue 11: the loss workbench reproduces the lectures' tables and recomputes on edit; every link of the lecture
// map opens its preset with no rejected-key notice.
import { expect, test } from '@playwright/test';
import { lectureMap } from '../../src/state/lectureMap';
import { metric, watchErrors } from './helpers';

test('the loss workbench shows the lectures’ numbers and recomputes when a score changes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?mode=workbench');
  await expect(page.locator('[data-panel="workbench"]')).toBeVisible();
  await expect(page.locator('[data-notice="url"]')).toHaveCount(0);
  const want: [string, string][] = [
    ['wb-three-images-cross-entropy-0', '2.04'],
    ['wb-three-images-cross-entropy-1', '0.0791'],
    ['wb-three-images-cross-entropy-2', '6.16'],
    ['wb-three-images-cross-entropy-mean', '2.76'],
    ['wb-three-images-hinge-0', '2.9'],
    ['wb-three-images-hinge-1', '0'],
    ['wb-three-images-hinge-2', '12.9'],
    ['wb-three-images-hinge-mean', '5.27'],
    ['wb-three-images-hinge-grad-1', '0 / 0 / 0'],
    ['wb-three-models-hinge-0', '0'],
    ['wb-three-models-hinge-1', '12'],
    ['wb-three-models-hinge-2', '0'],
    ['wb-three-models-cross-entropy-0', '0.0489'],
    ['wb-three-models-cross-entropy-1', '5.7'],
    ['wb-three-models-cross-entropy-2', '2.8e-11'],
    ['wb-regression-l2', '33'],
    ['wb-regression-l1', '11'],
    ['wb-regression-median', '23.5'],
  ];
  for (const [name, text] of want) await expect(metric(page, name), name).toHaveText(text);

  // Image 2 (chair) loses its margin: hinge turns positive and its gradient is no longer zero.
  await page.locator('[data-action="wb-three-images-score-1-1"]').fill('1');
  await expect(metric(page, 'wb-three-images-hinge-1')).toHaveText('3.3');
  await expect(metric(page, 'wb-three-images-hinge-grad-1')).toHaveText('1 / -2 / 1');
  await expect(metric(page, 'wb-three-images-cross-entropy-1')).toHaveText('1.62');
  await expect(metric(page, 'wb-three-images-hinge-mean')).toHaveText('6.37');

  // An outlier moves the mean, not the median.
  await page.locator('[data-action="wb-regression-y-13"]').fill('640');
  await expect(metric(page, 'wb-regression-mean')).toHaveText('59.3');
  await expect(metric(page, 'wb-regression-median')).toHaveText('23.5');
  expect(errors).toEqual([]);
});

// One entry per preset the map links to.
const LINKS = [...new Map(lectureMap().flatMap((l) => l.topics.flatMap((t) => t.links)).map((x) => [x.preset, x])).values()];
const PANEL: Record<string, string> = { 'init-lab': 'init-lab', workbench: 'workbench', lectures: 'lectures' };

test('the lecture map lists every link, and every link opens its preset and page with no notice', async ({ page }) => {
  test.setTimeout(300_000);
  // What is checked here is decided before any data arrives (the URL is decoded at start-up), so the MNIST files
  // are not fetched: each of the ~30 page loads then costs about a second instead of five on two busy cores.
  await page.route('**/data/**', (route) => route.abort());
  await page.goto('./?mode=lectures');
  await expect(page.locator('[data-map-link]')).toHaveCount(lectureMap().flatMap((l) => l.topics.flatMap((t) => t.links)).length);
  for (const link of LINKS) {
    await page.goto(`./${link.href}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('[data-control="preset"]'), link.preset).toHaveValue(link.preset);
    await expect(page.locator('[data-notice="url"]'), link.preset).toHaveCount(0);
    const panel = PANEL[link.mode];
    if (panel) await expect(page.locator(`[data-panel="${panel}"]`), link.preset).toBeVisible();
    else await expect(page.locator('[data-action="train"]'), link.preset).toBeVisible();
  }
});

test('every number in a layer column explains itself on keyboard focus', async ({ page }) => {
  await page.goto('./');
  const row = page.locator('[data-panel="layers"] [data-layer="0"] .stat-row').filter({ has: page.locator('[data-stat="symmetry"]') });
  await expect(row.locator('[role="tooltip"]')).toBeHidden();
  await row.focus();
  await expect(row.locator('[role="tooltip"]')).toBeVisible();
  await expect(row.locator('[role="tooltip"]')).toContainText('Range: 0 (all units identical)');
});
