// Accessibility: axe-core's WCAG 2 A/AA rules on the pages people use — the default page, lecturer mode,
// the initialization lab and a phone — after real training steps, so the charts and layer views are drawn.
// No serious or critical violation may remain; the lesser ones are printed for a person to review.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { metric, openReady } from './helpers';

async function audit(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = result.violations.filter((v) => !bad.includes(v));
  if (minor.length) console.log(`${label}: minor: ${minor.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}`);
  expect(
    bad.map((v) => `${v.id} [${v.impact}]: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    label,
  ).toEqual([]);
}

async function step(page: Page, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step')).toHaveText(String(i), { timeout: 60_000 });
  }
}

test('the default page and lecturer mode have no serious accessibility violations', async ({ page }) => {
  await openReady(page, 'train-size=2000');
  await step(page, 2);
  await audit(page, 'default page');
  await page.locator('[data-control="preset"]').selectOption('sigmoid-vanishing');
  await page.locator('[data-action="present"]').click();
  await expect(page.locator('html')).toHaveClass(/present/);
  await expect(page.locator('[data-action="train"]')).toBeEnabled({ timeout: 60_000 });
  await step(page, 2);
  await audit(page, 'lecturer mode, sigmoid-vanishing');
  // The settings drawer, open.
  await page.locator('[data-action="settings"]').click();
  await expect(page.locator('#settings')).toBeVisible();
  await audit(page, 'lecturer mode, settings drawer');
});

test('the initialization lab has no serious accessibility violations', async ({ page }) => {
  await openReady(page, 'mode=init-lab&layers=64,64,64');
  await expect(page.locator('[data-panel="init-lab"] [data-layer]')).toHaveCount(3, { timeout: 60_000 });
  await audit(page, 'init lab');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('a phone viewport has no serious accessibility violations', async ({ page }) => {
    await openReady(page, 'preset=he-relu&train-size=2000');
    await step(page, 2);
    await audit(page, 'phone, he-relu');
  });
});
