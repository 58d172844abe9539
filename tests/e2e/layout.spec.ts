// The layout check that cannot be fooled: for each viewport where Layer Lab is used, the default page, a
// deep layer preset and two lecturer-mode presets, after a real training step, measured from the boxes the
// browser drew (layoutCheck.ts). Experiments are switched in the app, as a lecturer would, and viewports by
// resizing, so the 7 × 4 matrix costs two page loads. Screenshots are attached for a person to see.
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { metric, openPanel, openReady, readNumber, watchErrors } from './helpers';
import { checkLayout } from './layoutCheck';

export const VIEWPORTS = [
  { name: 'projector 1280×720', width: 1280, height: 720, touch: false },
  { name: 'projector 1024×768', width: 1024, height: 768, touch: false },
  { name: 'laptop 1366×768', width: 1366, height: 768, touch: false },
  { name: 'desk 1440×900', width: 1440, height: 900, touch: false },
  { name: 'full HD 1920×1080', width: 1920, height: 1080, touch: false },
  { name: 'phone 390×844', width: 390, height: 844, touch: true },
  { name: 'tablet 768×1024', width: 768, height: 1024, touch: true },
] as const;

/** preset '' is the default page; present: lecturer mode. */
const VARIANTS = [
  { label: 'default', preset: '', present: false },
  { label: 'he-relu', preset: 'he-relu', present: false },
  { label: 'sigmoid-vanishing, lecturer', preset: 'sigmoid-vanishing', present: true },
  { label: 'optimizer-race, lecturer', preset: 'optimizer-race', present: true },
] as const;

async function steps(page: Page, n: number): Promise<void> {
  const start = await readNumber(page, 'step');
  for (let i = 1; i <= n; i++) {
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step')).toHaveText(String(start + i), { timeout: 60_000 });
  }
  // The layer panel redraws on its own clock; wait until it shows this step's statistics.
  const shown = page.locator('[data-panel="layers"]');
  if (await shown.isVisible()) await expect(shown.locator('h2')).toContainText(`step ${start + n}`, { timeout: 30_000 });
}

async function choose(page: Page, preset: string, present: boolean): Promise<void> {
  const isPresent = async () => (await page.locator('html').getAttribute('class'))?.includes('present') ?? false;
  if ((await isPresent()) !== present) await page.locator('[data-action="present"]').click();
  if (preset) await page.locator('[data-control="preset"]').selectOption(preset);
  await expect(page.locator('[data-action="train"]')).toBeEnabled({ timeout: 60_000 });
  await expect(metric(page, 'step')).toHaveText('0', { timeout: 60_000 });
}

async function shoot(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  // Written under test-results/ (kept after the run, uploaded by CI) and attached to the report.
  const path = testInfo.outputPath(`${label.replace(/[^\w-]+/g, '_')}.png`);
  await page.screenshot({ path });
  await testInfo.attach(`${label}.png`, { path, contentType: 'image/png' });
}

/** Two animation frames: the resize observers (layer view, charts) have run and the page has painted. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

// One page per device kind (desk/projector, and touch): each experiment is trained once, then looked at in
// every viewport of that kind by resizing the window, as a lecturer moving between screens would.
for (const touch of [false, true]) {
  const sizes = VIEWPORTS.filter((v) => v.touch === touch);
  test.describe(touch ? 'touch devices' : 'desks and projectors', () => {
    test.use({ viewport: { width: sizes[0].width, height: sizes[0].height }, isMobile: touch, hasTouch: touch });

    test(`layout holds for every experiment at ${sizes.map((v) => v.name).join(', ')}`, async ({ page }, testInfo) => {
      const errors = watchErrors(page);
      // A small training set: the layout does not depend on it, and the first page is ready sooner.
      await openReady(page, 'train-size=2000');
      for (const v of VARIANTS) {
        await page.setViewportSize({ width: sizes[0].width, height: sizes[0].height });
        await choose(page, v.preset, v.present);
        // One step: a new network's first step always reports its layer statistics.
        await steps(page, 1);
        for (const vp of sizes) {
          await test.step(`${vp.name}, ${v.label}`, async () => {
            await page.setViewportSize({ width: vp.width, height: vp.height });
            await settle(page);
            await shoot(page, testInfo, `${vp.width}x${vp.height} ${v.label}`);
            // On a phone or tablet lecturer mode is the one-column page in large type: it scrolls, by design.
            const report = await checkLayout(page, { fitScreen: v.present && !vp.touch });
            expect(report.numTexts, 'texts were found at all').toBeGreaterThan(20);
            expect(report.problems, `${vp.name}, ${v.label}`).toEqual([]);
            if (v.present && vp.width === 1280) expect(report.minFontPx).toBeGreaterThanOrEqual(18);
            if (v.present) {
              // Settings are in a drawer, closed until asked for.
              await expect(page.locator('[data-panel="controls"].config')).toHaveCount(0);
              if (v.preset === 'sigmoid-vanishing' && vp.width <= 1366)
                // Nine layers at projector type: the compact strip, not nine slivers of columns.
                await expect(page.locator('[data-panel="layers"] [data-layer-view="strip"]')).toBeVisible();
            }
            if (vp.touch)
              await expect(page.locator('[data-panel="layers"] [data-layer-view="strip"]')).toHaveCount(v.present && v.preset === 'optimizer-race' ? 0 : 1);
          });
        }
      }
      expect(errors).toEqual([]);
    });
  });
}

test.describe('the desk page at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('controls, every layer column and the curves are on screen; the top bar is one row', async ({ page }) => {
    await openReady(page, 'train-size=2000');
    await steps(page, 1);
    const bar = await page.locator('.top-bar > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.top, r.bottom]));
    // One row: every item of the bar overlaps every other vertically.
    expect(Math.max(...bar.map((b) => b[0]))).toBeLessThan(Math.min(...bar.map((b) => b[1])));
    const statusTop = await page.locator('.status-bar').evaluate((e) => e.getBoundingClientRect().top);
    const onScreen = async (sel: string) => {
      const boxes = await page.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length, sel).toBeGreaterThan(0);
      for (const b of boxes) expect(b.bottom, sel).toBeLessThanOrEqual(statusTop + 1);
    };
    await onScreen('[data-action="train"]');
    await onScreen('[data-panel="layers"] [data-layer]');
    await onScreen('[data-panel="layers"] .layer-series');
    await onScreen('[data-chart="loss"]');
    await onScreen('[data-chart="accuracy"]');
    await expect(page.locator('[data-panel="layers"] [data-layer]')).toHaveCount(3);
  });
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the drawing pad answers a finger and is sized for a thumb', async ({ page }) => {
    await openReady(page, 'train-size=2000');
    await steps(page, 2);
    await openPanel(page, 'predictions', 'tap');
    // The test digits and the confusion matrix sit above the pad in one column: once they are in, the pad's
    // place is final (a stroke aimed at a box measured before they arrived can land above the pad).
    await expect(page.locator('[data-digits="grid"] li')).toHaveCount(24, { timeout: 60_000 });
    await expect(page.locator('[data-confusion]')).toBeVisible();
    const pad = page.locator('[data-draw-pad]');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(240);
    // A real touch stroke (the browser's own touch input, which it turns into pointer events of type touch).
    const cdp = await page.context().newCDPSession(page);
    const at = (t: number) => [{ x: box.x + box.width * 0.5, y: box.y + box.height * (0.2 + 0.6 * t) }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / 10) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page.locator('[data-prob="1"] .prob-value')).not.toHaveText('–', { timeout: 30_000 });
    const buttons = await page.locator('.top-bar button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of buttons) expect(h).toBeGreaterThanOrEqual(44);
  });
});
