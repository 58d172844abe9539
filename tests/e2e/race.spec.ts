// A lecturer opens a race link on a projector: the variants train side by side at once, three live curves
// on one screen, named by what differs, and the keyboard pauses and resumes the whole race.
import { expect, test } from '@playwright/test';
import { openReady, watchErrors } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

test('optimizer-race with autoplay in lecturer mode: three live curves on one screen, keyboard-driven', async ({ page }) => {
  const errors = watchErrors(page);
  const t0 = Date.now();
  await openReady(page, 'preset=optimizer-race&autoplay=1&present=1&layers=32&train-size=5000&epochs=20&backend=wasm');
  const loss = page.locator('[data-race-chart="loss"]');
  // One line per variant, each with points drawn (a path with at least one segment).
  await expect(loss.locator('[data-series] path[d*="L"]')).toHaveCount(3, { timeout: 60_000 });
  console.log(`three race curves drawn ${((Date.now() - t0) / 1000).toFixed(1)} s after navigation (load included)`);
  const legend = loss.locator('.overlay-legend');
  for (const opt of ['opt=sgd', 'opt=momentum', 'opt=adam']) await expect(legend).toContainText(opt);
  // One screen: the page does not scroll, and the race chart is inside the viewport.
  expect(await page.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).toBe(true);
  const box = (await loss.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(720);
  // Space pauses every lane (the engine confirms), Space again resumes them.
  await page.keyboard.press(' ');
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-running', 'false');
  await page.keyboard.press(' ');
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-running', 'true');
  expect(errors).toEqual([]);
});
