// Controls that say what they do: a field always shows the value in use, a rejected entry never looks
// accepted, the first Train after typing trains, Space means Train/Pause even on a focused button, and the
// init lab cannot train.
import { expect, test } from '@playwright/test';
import { metric, openReady, watchErrors } from './helpers';

test('fields show the value in use; Train after typing trains; Space is Train/Pause everywhere', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'layers=32&train-size=5000&backend=wasm');
  const batch = page.locator('[data-field="batch"]');
  // A whole-number field says so, and the rejected text is marked invalid.
  await batch.fill('1.5');
  await batch.press('Enter');
  await expect(batch).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.field-error')).toContainText('whole number');
  await batch.press('Escape');
  await expect(batch).toHaveValue('64');
  // Widths typed with spaces are accepted and shown as in use.
  const layers = page.locator('[data-field="layers"]');
  await layers.fill('48, 16');
  // The first Train click after typing (the field commits on blur) trains the new net.
  const before = Number(await page.locator('[data-phase]').getAttribute('data-run'));
  await page.locator('[data-action="train"]').click();
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-running', 'true');
  expect(Number(await page.locator('[data-phase]').getAttribute('data-run'))).toBeGreaterThan(before);
  await expect(layers).toHaveValue('48,16');
  await expect(page).toHaveURL(/layers=48,16/);
  // The guard cuts a batch larger than the training images: the field shows the batch in use.
  await page.locator('[data-field="train-size"]').fill('10');
  await page.locator('[data-field="train-size"]').press('Enter');
  await expect(batch).toHaveValue('10');
  await expect(page.locator('[data-notice="guard"]')).toHaveCount(1);
  // Space on a focused button is Train/Pause, not that button.
  await page.locator('[data-action="reset"]').focus();
  const run = await page.locator('[data-phase]').getAttribute('data-run');
  await page.keyboard.press(' ');
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-running', 'true');
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-run', run!);
  await page.keyboard.press(' ');
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-running', 'false');
  expect(errors).toEqual([]);
});

test('the init lab does not train: Train and Step are disabled and say why', async ({ page }) => {
  await openReady(page, 'mode=init-lab&layers=32&backend=wasm');
  await expect(page.locator('[data-action="train"]')).toBeDisabled();
  await expect(page.locator('[data-action="step"]')).toBeDisabled();
  await expect(page.locator('[data-action="train"]')).toHaveAttribute('title', /does not train/);
  await page.keyboard.press(' ');
  await expect(metric(page, 'step')).toHaveText('0');
});
