import { expect, test, type Page } from '@playwright/test';
import { followLink, metric, openReady, readNumber, watchErrors } from './helpers';
import { checkLayout } from './layoutCheck';

const train = (page: Page) => page.locator('[data-action="train"]');

test('a keyboard-only walk through lecturer mode', async ({ page }) => {
  const errors = watchErrors(page);
  // Two steps a second: slow enough to pause by hand, as in a lecture.
  await openReady(page, 'preset=optimizer-race&present=1&speed=2&layers=32&train-size=5000&epochs=1');
  const html = page.locator('html');
  await expect(html).toHaveClass(/present/);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(20);
  // Only the preset's panels: the predictions card is not among them.
  await expect(page.locator('[data-panel="predictions"]')).toBeHidden();
  await expect(page.locator('[data-chart="loss"]')).toBeVisible();

  await page.keyboard.press('?');
  const dialog = page.locator('[data-dialog="shortcuts"]');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Train / Pause');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('s');
  await expect(metric(page, 'step')).toHaveText('1');
  await page.keyboard.press('s');
  await expect(metric(page, 'step')).toHaveText('2');

  await page.keyboard.press(' ');
  await expect(train(page)).toHaveText('Pause');
  await expect.poll(() => readNumber(page, 'step'), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
  await page.keyboard.press(' ');
  await expect(train(page)).toHaveText('Train');
  // The engine confirms the pause; then one Step moves the count by exactly one (nothing else runs).
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-running', 'false');
  const paused = await readNumber(page, 'step');
  await page.keyboard.press('s');
  await expect(metric(page, 'step')).toHaveText(String(paused + 1));

  await page.keyboard.press('r');
  await expect(metric(page, 'step')).toHaveText('0');

  await page.keyboard.press('n');
  await expect(page).toHaveURL(/preset=lr-decay/);
  await expect(page.locator('[data-preset-watch="lr-decay"]')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page).toHaveURL(/preset=optimizer-race/);

  // Tab to the Train button: focus is visible, and Enter starts training.
  // Tab wraps around the page; every stop on the way must show a focus ring.
  for (let i = 0; i < 120 && !(await train(page).evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement;
      return !el || el === document.body ? 'body' : getComputedStyle(el).outlineStyle;
    });
    expect(ring).not.toBe('none');
  }
  await expect(train(page)).toBeFocused();
  expect(await train(page).evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(train(page)).toHaveText('Pause');
  await page.keyboard.press('Enter');
  await expect(train(page)).toHaveText('Train');

  // Keys typed into a field are text, not shortcuts. In lecturer mode the fields are in the settings drawer.
  await page.locator('[data-action="settings"]').click();
  const lr = page.locator('[data-field="lr"]');
  await lr.focus();
  const before = await readNumber(page, 'step');
  await page.keyboard.press('s');
  await page.keyboard.press('p');
  await expect(html).toHaveClass(/present/);
  await page.keyboard.press('Escape');
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // One Step from outside the field moves the count by one: the 's' typed into the field did nothing.
  await page.keyboard.press('s');
  await expect(metric(page, 'step')).toHaveText(String(before + 1));

  await page.keyboard.press('p');
  await expect(html).not.toHaveClass(/present/);
  await expect(page).not.toHaveURL(/present=1/);
  await expect(page.locator('[data-panel="predictions"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('autoplay starts training on load, and the speed control slows it to a few steps a second', async ({ page }) => {
  await openReady(page, 'autoplay=1&speed=2&layers=32&train-size=5000&epochs=1');
  await expect(train(page)).toHaveText('Pause');
  await expect(page.getByLabel('Speed', { exact: true })).toHaveValue('2');
  await expect.poll(() => readNumber(page, 'step'), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  const a = await readNumber(page, 'step');
  const t0 = Date.now();
  await expect.poll(() => readNumber(page, 'step'), { timeout: 30_000 }).toBeGreaterThanOrEqual(a + 4);
  // Four steps at two a second take at least ~2 s (a busy machine can only make it slower, never faster).
  const seconds = (Date.now() - t0) / 1000;
  console.log(`speed 2: 4 steps in ${seconds.toFixed(1)} s`);
  expect(seconds).toBeGreaterThan(1.4);
});

test.describe('a 1024×768 projector', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the top bar is one row and the loss workbench fits one screen, page by page with ← / →', async ({ page }) => {
    const errors = watchErrors(page);
    await openReady(page, 'preset=underfit&present=1&layers=32&train-size=5000&backend=wasm');
    const oneRow = async (label: string) => {
      const bar = await page.locator('.top-bar > *').evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => [e.getBoundingClientRect().top, e.getBoundingClientRect().bottom]),
      );
      // One row: every visible item of the bar overlaps every other vertically.
      expect(Math.max(...bar.map((b) => b[0])), label).toBeLessThan(Math.min(...bar.map((b) => b[1])));
    };
    const fits = async (label: string) => {
      const report = await checkLayout(page, { fitScreen: true });
      expect(report.problems, label).toEqual([]);
      expect(report.minFontPx, label).toBeGreaterThanOrEqual(18);
    };
    // The longest preset name, then a race: icon buttons, and the name in full.
    await oneRow('underfit');
    await fits('underfit');
    await expect(page.locator('[data-action="train"]')).toHaveAccessibleName('Train');
    await followLink(page, 'preset=optimizer-race&present=1&layers=32&train-size=5000&backend=wasm');
    await expect(page.locator('[data-control="preset"]')).toHaveValue('optimizer-race');
    await oneRow('optimizer-race');
    await fits('optimizer-race');

    // The same data keys: a bigger training set would show the loading bar while its second shard arrives.
    await followLink(page, 'preset=loss-workbench&present=1&layers=32&train-size=5000&backend=wasm');
    const wb = page.locator('[data-panel="workbench"]');
    const tabs = wb.locator('[role="tab"]');
    const numPages = await tabs.count();
    expect(numPages).toBeGreaterThan(3);
    await oneRow('loss-workbench');
    for (let i = 0; i < numPages; i++) {
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      await fits(`workbench page ${i + 1}`);
      await page.keyboard.press('ArrowRight');
    }
    // Every number is still there: the first table's cross-entropy (the recap lecture's 2.04) and its gradient.
    await tabs.first().click();
    await expect(wb.locator('[data-metric="wb-three-images-cross-entropy-0"]')).toHaveText('2.04');
    await page.keyboard.press('ArrowRight');
    await expect(wb.locator('[data-metric="wb-three-images-cross-entropy-grad-0-0"]')).toHaveText('-0.87');
    // An edit survives a page turn (every table stays mounted).
    await wb.locator('[data-action="wb-three-images-score-0-1"]').fill('1');
    // ← in a field moves the caret, not the page; from the tab it turns the page back.
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await tabs.nth(1).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.first()).toBeFocused();
    await expect(wb.locator('[data-metric="wb-three-images-cross-entropy-0"]')).not.toHaveText('2.04');
    expect(errors).toEqual([]);
  });
});
