import { expect, test, type Page } from '@playwright/test';
import { metric, openReady, readNumber, watchErrors } from './helpers';

const body = (page: Page) => page.locator('[data-panel="weights"] .weights-body');

/** Opens the weight images (keyboard: the summary is a focusable disclosure) and trains the run to its end. */
async function trainWithImages(page: Page, timeout: number): Promise<void> {
  const summary = page.locator('[data-panel="weights"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(body(page)).toBeVisible();
  await page.locator('[data-action="train"]').click();
  await expect(page.locator('[data-action="train"]')).toHaveText('New run', { timeout });
  // The panel asks again once a second while the net has moved on: it catches up with the last step.
  await expect(body(page)).toHaveAttribute('data-weights-step', (await metric(page, 'step').textContent())!.replace(/,/g, ''));
}

/** Checksums of the images on the page, computed from the arrays their canvases were drawn from. */
const checksums = (page: Page) => page.locator('[data-panel="weights"] [data-checksum]').evaluateAll((els) => els.map((e) => e.getAttribute('data-checksum')));

test('zero init: every first-layer image is identical; the default net’s images differ after a few hundred steps', async ({ page }) => {
  const errors = watchErrors(page);
  const small = 'layers=32&train-size=5000&backend=wasm';
  // One epoch of 78 steps: zero weights get zero gradients through the zero weights above, for ever.
  await openReady(page, `${small}&init=zeros&epochs=1`);
  await trainWithImages(page, 120_000);
  expect(await readNumber(page, 'step')).toBe(78);
  await expect(body(page)).toHaveAttribute('data-weights-units', '32');
  await expect(body(page)).toHaveAttribute('data-weights-distinct', '1');
  const same = await checksums(page);
  expect(same).toHaveLength(32);
  expect(new Set(same).size).toBe(1);
  // Zero weights are all drawn white, and there is no texture to agree on.
  await expect(page.locator('[data-metric="weights-texture"]')).toContainText('100%');
  await expect(body(page)).toHaveAttribute('data-weights-smooth', '0');

  await openReady(page, `${small}&epochs=4`);
  await trainWithImages(page, 120_000);
  expect(await readNumber(page, 'step')).toBe(312);
  await expect(body(page)).toHaveAttribute('data-weights-distinct', '32');
  const differ = await checksums(page);
  expect(differ).toHaveLength(32);
  expect(new Set(differ).size).toBe(32);
  // A trained layer: some weights white, neighbours partly alike — the figures the L1/L2/dropout presets cite.
  const white = Number(await body(page).getAttribute('data-weights-white'));
  const smooth = Number(await body(page).getAttribute('data-weights-smooth'));
  expect(white).toBeGreaterThan(0.02);
  expect(white).toBeLessThan(0.6);
  expect(smooth).toBeGreaterThan(0.02);
  expect(smooth).toBeLessThan(0.9);
  await expect(page.locator('[data-metric="weights-texture"]')).toContainText(`${(white * 100).toFixed(0)}%`);
  expect(errors).toEqual([]);
});

test('no hidden layer (softmax regression): one epoch of all 60,000 images passes 90 % and shows ten class templates', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'preset=softmax-regression&backend=wasm');
  await expect(page.locator('[data-field="layers"]')).toHaveValue('none');
  const started = Date.now();
  await trainWithImages(page, 150_000);
  const accuracy = await readNumber(page, 'test-accuracy');
  console.log(`softmax regression: ${accuracy}% test accuracy after ${await readNumber(page, 'step')} steps, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(accuracy).toBeGreaterThanOrEqual(90);
  await expect(body(page)).toHaveAttribute('data-weights-layer', 'output');
  await expect(body(page)).toHaveAttribute('data-weights-units', '10');
  await expect(body(page)).toHaveAttribute('data-weights-distinct', '10');
  const templates = page.locator('[data-panel="weights"] [data-unit] canvas');
  await expect(templates).toHaveCount(10);
  await expect(templates.nth(7)).toHaveAttribute('aria-label', 'digit 7');
  expect(errors).toEqual([]);
});
