import { expect, test } from '@playwright/test';
import { metric, openPanel, openReady, watchErrors } from './helpers';

test('predictions: test digits, confident mistakes, confusion matrix and a drawn digit', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'layers=64&train-size=10000&epochs=1');
  await page.locator('[data-action="train"]').click();
  // The run ends after its epoch; the test accuracy then is the full evaluation of the final net.
  await expect(page.locator('[data-action="train"]')).toHaveText('New run', { timeout: 120_000 });

  await openPanel(page, 'predictions');
  const grid = page.locator('[data-digits="grid"] li');
  await expect(grid).toHaveCount(24);
  // The confusion matrix covers the same 10,000 test images as the evaluation: same accuracy.
  await expect(page.locator('[data-metric="confusion-accuracy"]')).toHaveText(
    (await metric(page, 'test-accuracy').textContent())!,
  );
  const mistakes = page.locator('[data-digits="mistakes"] li');
  await expect(mistakes).toHaveCount(12);
  await expect(page.locator('[data-digits="mistakes"] li:not([data-wrong])')).toHaveCount(0);
  const confidences = (await mistakes.allTextContents()).map((t) => Number(/· (\d+)%/.exec(t)![1]));
  expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
  // Every wrong grid digit is marked, with its true label.
  for (const li of await page.locator('[data-digits="grid"] li[data-wrong]').all()) await expect(li).toContainText('✗');

  // Draw a "1": one vertical stroke.
  const pad = page.locator('[data-draw-pad]');
  // The predictions card sits below the fold: bring the pad on screen before drawing with the mouse.
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * (0.15 + 0.07 * i));
  await page.mouse.up();
  await expect(page.locator('[data-prob="1"] .prob-value')).not.toHaveText('–');
  const probs = (await page.locator('[data-probs] .prob-value').allTextContents()).map((t) => Number.parseFloat(t));
  console.log(`drawn 1: ${probs.map((p) => p.toFixed(1)).join(' ')}`);
  expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  expect(probs.indexOf(Math.max(...probs))).toBe(1);
  await page.locator('[data-action="clear-drawing"]').click();
  await expect(page.locator('[data-prob="1"] .prob-value')).toHaveText('–');
  expect(errors).toEqual([]);
});
