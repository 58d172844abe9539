// Training starts on the first shard of MNIST while the rest is still on its way, and the losses do not
// depend on when the rest arrives. The second training shard's responses are held by the test (context.route
// also sees the Worker's and the service worker's requests) until ten steps have been taken.
import { expect, test, type Page, type Route } from '@playwright/test';
import { metric, openReady, watchErrors } from './helpers';

const QUERY = 'layers=32&train-size=5000&backend=wasm&seed=11';
const REST = '**/data/train-images-1.idx.gz';

async function firstTenLosses(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (let i = 1; i <= 10; i++) {
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step')).toHaveText(String(i), { timeout: 30_000 });
    await expect(metric(page, 'train-loss')).not.toHaveText(out.at(-1) ?? '–');
    out.push((await metric(page, 'train-loss').textContent()) ?? '');
  }
  return out;
}

test('trains on the first shard before the rest arrives, with the same first ten losses as an undelayed load', async ({ page, context }) => {
  const errors = watchErrors(page);
  const held: Route[] = [];
  await context.route(REST, (route) => {
    held.push(route);
  });
  await openReady(page, QUERY);
  const delayed = await firstTenLosses(page);
  // Ten steps were taken, and the rest of the training images has still not been answered.
  expect(held.length).toBeGreaterThan(0);
  await expect(metric(page, 'data-loaded')).toBeVisible();
  await Promise.all(held.map((r) => r.continue()));
  await context.unroute(REST);
  // The rest arrives and is verified: the status bar stops reporting it.
  await expect(metric(page, 'data-loaded')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('[data-notice="fatal"]')).toHaveCount(0);

  await openReady(page, QUERY);
  const undelayed = await firstTenLosses(page);
  expect(new Set(delayed).size).toBeGreaterThan(5);
  expect(delayed).toEqual(undelayed);
  expect(errors).toEqual([]);
});
