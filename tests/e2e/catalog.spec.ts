import { expect, test, type Page } from '@playwright/test';
import { ACTIVATION_IDS } from '../../src/catalog/activations';
import { INITIALIZER_IDS } from '../../src/catalog/initializers';
import { LOSS_IDS } from '../../src/catalog/losses';
import { OPTIMIZER_IDS } from '../../src/catalog/optimizers';
import { metric, openReady, watchErrors } from './helpers';

// Every id of every registry, selected on one page (no reloads), a few steps each on a tiny net.
const KINDS = [
  ['act', ACTIVATION_IDS],
  ['loss', LOSS_IDS],
  ['init', INITIALIZER_IDS],
  ['opt', OPTIMIZER_IDS],
] as const;
const STEPS = 3;
const NUMBER = /^-?\d+(\.\d+)?$/;

async function stepAndReadLoss(page: Page, label: string): Promise<string> {
  await expect(metric(page, 'step'), label).toHaveText('0', { timeout: 30_000 });
  for (let i = 1; i <= STEPS; i++) {
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step'), label).toHaveText(String(i), { timeout: 30_000 });
  }
  await expect(metric(page, 'train-loss'), label).toHaveText(NUMBER, { timeout: 30_000 });
  return (await metric(page, 'train-loss').textContent()) ?? '';
}

test('every activation, loss, initializer and optimizer trains on WebGL and shows its card', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await openReady(page, 'backend=webgl&layers=16&batch=32&train-size=2000&epochs=1');
  await expect(metric(page, 'backend')).toHaveText('webgl');
  const losses: string[] = [];
  for (const [key, ids] of KINDS) {
    for (const id of ids) {
      const label = `${key}=${id}`;
      await page.locator(`[data-field="${key}"]`).first().selectOption(id);
      losses.push(`${label}: ${await stepAndReadLoss(page, label)}`);
      const card = page.locator(`[data-card="${key}"][data-card-id="${id}"]`);
      await expect(card, label).toBeVisible();
      await expect(card.locator('[data-formula] .katex'), label).toHaveCount(1);
      await expect(card.locator('.card-note'), label).not.toBeEmpty();
    }
    // Back to the default before the next kind, so each kind is tried with the others at their defaults.
    await page.locator(`[data-field="${key}"]`).first().selectOption(defaultOf(key));
  }
  console.log(losses.join('\n'));
  expect(errors).toEqual([]);
});

function defaultOf(key: string): string {
  return { act: 'relu', loss: 'cross-entropy', init: 'he-normal', opt: 'adam' }[key] ?? '';
}

test('early stopping ends an overfitting run and says which epoch it restored', async ({ page }) => {
  const errors = watchErrors(page);
  // 180 training and 20 validation images, 5 steps an epoch at a large SGD rate: it overfits within a few epochs.
  await openReady(page, 'backend=webgl&layers=32&batch=36&train-size=200&epochs=60&early-stop=2&opt=sgd&lr=0.2');
  await expect(metric(page, 'backend')).toHaveText('webgl');
  await page.locator('[data-action="train"]').click();
  const banner = page.locator('[data-early-stop]');
  await expect(banner).toBeVisible({ timeout: 120_000 });
  await expect(banner).toContainText(/Early stop at epoch \d+, restored best weights from epoch \d+/);
  // The run has ended: the main button offers a new run rather than a Train that would do nothing.
  await expect(page.locator('[data-action="train"]')).toHaveText('New run', { timeout: 30_000 });
  await expect(page.locator('[data-run-note="early-stop"]')).toBeVisible();
  const text = (await banner.textContent()) ?? '';
  const [stopAt, best] = [...text.matchAll(/epoch (\d+)/g)].map((m) => Number(m[1]));
  console.log(text);
  expect(stopAt - best).toBe(2);
  expect(stopAt).toBeLessThan(60);
  expect(errors).toEqual([]);
});
