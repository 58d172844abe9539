// Every run starts clean: the sequences a student produced that once showed one run's numbers inside the
// next (a change while training, pause + preset, five quick changes, a backend switch, reset then draw).
// Each waits for the page's own signals: the run id (data-run), the engine's running flag and the metrics.
import { expect, test, type Page } from '@playwright/test';
import { metric, openPanel, openReady, readNumber, watchErrors } from './helpers';

const SMALL = 'layers=32&train-size=5000&backend=wasm';
const status = (page: Page) => page.locator('[data-phase]');
const runId = async (page: Page) => Number(await status(page).getAttribute('data-run'));

async function trainUntilStep(page: Page, n: number): Promise<void> {
  await page.locator('[data-action="train"]').click();
  await expect.poll(() => readNumber(page, 'step'), { timeout: 60_000 }).toBeGreaterThanOrEqual(n);
}

/** Nothing of an old run: step 0, no loss, no accuracy, empty charts. Then one Step (a round trip through the
 * engine, after which any late message of the old run would have arrived) shows exactly step 1 of the new run. */
async function expectFreshRun(page: Page, before: number): Promise<void> {
  await expect.poll(() => runId(page)).toBeGreaterThan(before);
  await expect(metric(page, 'step')).toHaveText('0');
  await expect(metric(page, 'train-loss')).toHaveText('–');
  await expect(metric(page, 'test-accuracy')).toHaveText('–');
  await expect(page.locator('[data-chart="loss"]')).toHaveAttribute('aria-label', /No steps yet/);
  await page.locator('[data-action="step"]').click();
  await expect(metric(page, 'step')).toHaveText('1');
  await expect(page.locator('[data-chart="loss"]')).toHaveAttribute('aria-label', /at step 1\b/);
  await expect(metric(page, 'test-accuracy')).toHaveText('–');
  await expect(page.locator('[data-chart="accuracy"]')).toHaveAttribute('aria-label', /Not evaluated yet/);
}

test('a change while training, pause + preset, five quick changes: each new run starts clean', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, SMALL);

  // Changing the learning rate while training.
  await trainUntilStep(page, 60);
  let before = await runId(page);
  await page.locator('[data-field="lr"]').fill('0.003');
  await page.locator('[data-field="lr"]').press('Enter');
  await expect(page.locator('[data-notice="new-run"]')).toBeVisible();
  await expectFreshRun(page, before);
  await expect(page.locator('[data-chart="lr"]')).toHaveAttribute('aria-label', /0\.003/);

  // Pause, then a preset at once (the old net's evaluation on pause must not land in the zero-init run).
  await trainUntilStep(page, 60);
  before = await runId(page);
  await page.locator('[data-action="train"]').click();
  await page.locator('[data-control="preset"]').selectOption('zero-init');
  await expectFreshRun(page, before);
  // Changing a field the preset set marks it modified.
  await expect(page.locator('[data-control="preset"]')).not.toHaveAttribute('data-modified', '1');
  await page.locator('[data-field="lr"]').fill('0.05');
  await page.locator('[data-field="lr"]').press('Enter');
  await expect(page.locator('[data-control="preset"]')).toHaveAttribute('data-modified', '1');
  await expect(page.locator('[data-control="preset"] option:checked')).toHaveText(/\(modified\)/);

  // Five quick changes while training: only runs that trained are kept, each under its own settings.
  await page.locator('[data-control="preset"]').selectOption('');
  await trainUntilStep(page, 20);
  for (const lr of ['0.002', '0.003', '0.004', '0.005', '0.006']) {
    await page.locator('[data-field="lr"]').fill(lr);
    await page.locator('[data-field="lr"]').press('Enter');
  }
  await trainUntilStep(page, 5);
  await page.locator('[data-action="train"]').click();
  await page.getByText('Runs', { exact: true }).scrollIntoViewIfNeeded();
  const labels = await page.locator('[data-panel="runs"] .run-list li label').allTextContents();
  expect(labels.some((l) => l.includes('lr=0.006'))).toBe(true);
  // No run that never trained (0.002–0.005 were replaced before their first step).
  for (const lr of ['0.002', '0.004', '0.005']) expect(labels.some((l) => l.includes(`lr=${lr}`))).toBe(false);
  expect(errors).toEqual([]);
});

test('a backend switch while training, and reset then draw: nothing of the old run or net remains', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, SMALL);
  await trainUntilStep(page, 30);
  let runs = await page.locator('[data-panel="runs"] .run-list li').count();
  for (const backend of ['cpu', 'wasm']) {
    const before = await runId(page);
    await page.locator('[data-field="backend"]').selectOption(backend);
    await expect(status(page)).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
    await expect(metric(page, 'backend')).toHaveText(backend);
    await expectFreshRun(page, before);
    await trainUntilStep(page, 3);
    await page.locator('[data-action="train"]').click();
    // The run before the switch stays in Runs, and the new one is filed beside it.
    await expect(page.locator('[data-panel="runs"] .run-list li')).toHaveCount(runs + 1);
    runs += 1;
  }

  // Draw a digit on the trained net, then Reset: the pad asks the new, untrained net (no "100 %" left over).
  await openPanel(page, 'predictions');
  const pad = page.locator('[data-draw-pad]');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.85, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('[data-prob="1"] .prob-value')).not.toHaveText('–');
  await page.locator('[data-action="reset"]').click();
  // An untrained net spreads its belief: no class near certainty.
  await expect
    .poll(async () => Math.max(...(await page.locator('.prob-value').allTextContents()).map((t) => Number.parseFloat(t) || 0)), {
      timeout: 30_000,
    })
    .toBeLessThan(60);
  // A click with (almost) no ink predicts nothing.
  await page.locator('[data-action="clear-drawing"]').click();
  await page.mouse.click(box.x + 10, box.y + 10);
  await expect(page.locator('[data-prob="0"] .prob-value')).toHaveText('–');
  expect(errors).toEqual([]);
});
