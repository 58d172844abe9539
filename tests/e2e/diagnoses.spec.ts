// Each lecture experiment, opened from its link, trains until the diagnoses panel names its problem.
import { expect, test } from '@playwright/test';
import { expectFreshNet, followLink, openReady, watchErrors } from './helpers';

const CASES: { preset: string; diagnosis: string; says: RegExp; card?: false; keys?: string }[] = [
  { preset: 'zero-init', diagnosis: 'symmetry', says: /identical|symmetry/i },
  { preset: 'small-random-tanh', diagnosis: 'vanishing', says: /vanish/i },
  { preset: 'large-random-tanh', diagnosis: 'saturation', says: /saturat/i },
  { preset: 'sigmoid-vanishing', diagnosis: 'vanishing', says: /vanish/i },
  { preset: 'dead-relu', diagnosis: 'dead-relu', says: /dead/i },
  { preset: 'lr-too-high', diagnosis: 'diverged', says: /diverged at step \d+/i },
  // The recipe, from the train and test evaluations: underfitting, then overfitting.
  { preset: 'underfit', diagnosis: 'high-bias', says: /High bias: .* wrong \d+\.\d % of the time/ },
  // (a narrower net than the preset's 512,512, to keep the suite quick; it overfits the 1,000 images just the same)
  { preset: 'overfit', diagnosis: 'high-variance', says: /High variance: training accuracy .* gap of/, card: false, keys: '&layers=256,256' },
];

// One page for all the cases (a fresh load per case cost ~6 s of the suite each): every case's link is
// followed in the page, which decodes it exactly as a load would, and builds a new run.
test('each lecture experiment trains until the diagnoses panel names its problem', async ({ page }) => {
  test.setTimeout(CASES.length * 60_000);
  const errors = watchErrors(page);
  await openReady(page, `preset=${CASES[0].preset}`);
  for (const c of CASES) {
    await followLink(page, `preset=${c.preset}${c.keys ?? ''}`);
    await expectFreshNet(page, c.preset);
    await page.locator('[data-action="train"]').click();
    const item = page.locator(`[data-panel="diagnoses"] [data-diagnosis="${c.diagnosis}"]`);
    await expect(item, c.preset).toBeVisible({ timeout: 90_000 });
    await expect(item, c.preset).toContainText(c.says);
    // The sentence links to the card that explains it (where the catalogue has one).
    if (c.card !== false) await expect(item.locator('[data-card-link]'), c.preset).toBeVisible();
    if ((await page.locator('[data-action="train"]').textContent()) === 'Pause') await page.locator('[data-action="train"]').click();
    await expect(page.locator('[data-phase]')).toHaveAttribute('data-running', 'false');
  }
  expect(errors).toEqual([]);
});

test('preset=leaky-relu-fix: the same high learning rate leaves no dead units', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'preset=leaky-relu-fix');
  await page.locator('[data-action="train"]').click();
  // Past the point where the ReLU version has lost most of layer 1 (a few hundred steps).
  await expect.poll(async () => Number(await page.locator('[data-metric="step"]').textContent()), { timeout: 150_000 }).toBeGreaterThan(400);
  await page.locator('[data-action="train"]').click();
  await expect(page.locator('[data-panel="layers"] [data-layer="0"]')).toContainText(/dead\s*0%/);
  await expect(page.locator('[data-diagnosis="dead-relu"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
