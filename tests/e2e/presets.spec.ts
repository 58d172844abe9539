import { expect, test, type Page } from '@playwright/test';
import { modeTrains } from '../../src/state/modes';
import { PRESETS } from '../../src/state/presets';
import { followLink, metric, openReady, watchErrors } from './helpers';

// Small nets and data keep these fast on software WebGL; explicit keys override the preset.
const FAST = 'train-size=1000&epochs=1';

test('every preset opens from its URL, shows its note and takes a step', async ({ page }) => {
  test.setTimeout(PRESETS.length * 15_000);
  const errors = watchErrors(page);
  // One full load (the first preset); every other preset's link is followed in the page. The first preset of
  // each page kind is also loaded from scratch in teach.spec (lecture-map links) and below (race).
  await openReady(page, `preset=${PRESETS[0].id}`);
  for (const p of PRESETS) {
    await followLink(page, `preset=${p.id}`);
    await expect(page.locator('[data-control="preset"]'), p.id).toHaveValue(p.id);
    await expect(page.locator(`[data-preset-watch="${p.id}"]`)).toContainText(p.watch.slice(0, 20));
    await expect(page.locator('[data-notice="url"]')).toHaveCount(0);
    for (const [k, v] of Object.entries(p.config)) {
      if (k === 'act' || k === 'opt' || k === 'loss' || k === 'init') await expect(page.locator(`[data-field="${k}"]`).first(), `${p.id} ${k}`).toHaveValue(String(v));
    }
    // The lab presets open a page of their own (init lab, loss workbench, ...), where nothing trains; the loss
    // landscape looks at the training run, so it trains like the training page.
    if (!modeTrains(p.config.mode ?? 'train')) {
      await expect(page.locator('[data-action="step"]'), p.id).toBeDisabled();
      continue;
    }
    // The engine has built this preset's network (a new run at step 0) before the Step.
    await expect(page.locator('[data-phase]'), p.id).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
    await expect(metric(page, 'step'), p.id).toHaveText('0', { timeout: 30_000 });
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step'), p.id).toHaveText('1', { timeout: 30_000 });
    await expect(metric(page, 'train-loss'), p.id).not.toHaveText('–');
  }
  expect(errors).toEqual([]);
});

test('an unknown preset shows a notice and loads the defaults', async ({ page }) => {
  await openReady(page, 'preset=no-such-thing');
  await expect(page.locator('[data-notice="url"]')).toContainText('preset=no-such-thing');
  await expect(page.locator('[data-control="preset"]')).toHaveValue('');
  await expect(page.locator('[data-field="act"]')).toHaveValue('relu');
  await expect(page.locator('[data-field="opt"]')).toHaveValue('adam');
});

async function firstTenLosses(page: Page, query: string): Promise<string[]> {
  await openReady(page, query);
  const out: string[] = [];
  for (let i = 1; i <= 10; i++) {
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step')).toHaveText(String(i), { timeout: 30_000 });
    await expect(metric(page, 'train-loss')).not.toHaveText(out.at(-1) ?? '–');
    out.push((await metric(page, 'train-loss').textContent()) ?? '');
  }
  return out;
}

test('two loads of the same link give the same first ten losses', async ({ page }) => {
  const query = `preset=optimizer-race&layers=32&${FAST}&seed=7`;
  const a = await firstTenLosses(page, query);
  const backend = await metric(page, 'backend').textContent();
  const b = await firstTenLosses(page, query);
  expect(await metric(page, 'backend').textContent()).toBe(backend);
  console.log(`first ten losses (${backend}): ${a.join(' ')}`);
  expect(new Set(a).size).toBeGreaterThan(5);
  expect(b).toEqual(a);
});

test('Copy link copies the experiment URL, which reopens the same experiment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openReady(page, 'preset=overfit&hide=accuracy');
  await page.locator('[data-field="lr"]').fill('0.003');
  await page.locator('[data-field="lr"]').press('Enter');
  await page.locator('[data-action="copy-link"]').click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('preset=overfit');
  expect(copied).toContain('lr=0.003');
  expect(copied).toContain('seed=1');
  expect(copied).toContain('hide=accuracy');
  await openReady(page, copied.split('?')[1]);
  await expect(page.locator('[data-field="lr"]')).toHaveValue('0.003');
  await expect(page.locator('[data-control="preset"]')).toHaveValue('overfit');
  await expect(page.locator('[data-chart="accuracy"]')).toBeHidden();
  await expect(page.locator('[data-chart="loss"]')).toBeVisible();
});

test('the optimizer race overlays three runs named by what differs, and the CSV holds their numbers', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, `preset=optimizer-race&layers=32&${FAST}`);
  // Train starts every variant at once; the race has ended when every lane has (the button offers a new run).
  await expect(page.locator('[data-race-status]')).toBeVisible();
  await page.locator('[data-action="train"]').click();
  await expect(page.locator('[data-action="train"]')).toHaveText('New run', { timeout: 120_000 });
  const runs = page.locator('.run-list [data-run]');
  await expect(runs).toHaveCount(3);
  await expect(runs.nth(0)).toContainText('opt=sgd lr=0.01');
  await expect(runs.nth(1)).toContainText('opt=momentum lr=0.01');
  await expect(runs.nth(2)).toContainText('opt=adam lr=0.001');
  // The main loss chart is the race's overlay; the Runs panel below draws its own once scrolled into view.
  await expect(page.locator('[data-race-chart="loss"] [data-series]')).toHaveCount(3);
  await page.locator('[data-panel="runs"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-overlay="loss"] [data-series]')).toHaveCount(3);
  const accuracy = (await metric(page, 'test-accuracy').textContent()) ?? '';

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
  const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  const rows = csv.trim().split('\n').map(parseCsvLine);
  expect(rows[0]).toEqual(['run', 'label', 'url', 'kind', 'step', 'loss', 'accuracy', 'lr']);
  const body = rows.slice(1);
  expect(new Set(body.map((r) => r[0])).size).toBe(3);
  for (const r of body) expect(Number.isFinite(Number(r[5])), r.join(',')).toBe(true);
  // 1,000 images at batch 64: 15 steps per run, and one test evaluation at the end of each.
  const adam = body.filter((r) => r[1] === 'opt=adam lr=0.001');
  expect(adam.filter((r) => r[3] === 'train').map((r) => Number(r[4]))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  expect(adam.some((r) => r[3] === 'test')).toBe(true);
  // The status bar speaks for the race's first lane (SGD): its final full evaluation is the accuracy shown.
  const sgdTest = body.find((r) => r[1] === 'opt=sgd lr=0.01' && r[3] === 'test')!;
  expect(`${(Number(sgdTest[6]) * 100).toFixed(2)}%`).toBe(accuracy);
  // Its link reopens the race it belongs to.
  expect(sgdTest[2]).toContain('preset=optimizer-race');

  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-png"]').click()]);
  const bytes = await (await import('node:fs/promises')).readFile((await png.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(bytes.length).toBeGreaterThan(5000);
  expect(errors).toEqual([]);
});

/** One RFC 4180 line (no embedded newlines in our files): quoted cells may hold commas and doubled quotes. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      let text = '';
      while (j < line.length) {
        if (line[j] === '"' && line[j + 1] === '"') {
          text += '"';
          j += 2;
        } else if (line[j] === '"') break;
        else text += line[j++];
      }
      cells.push(text);
      i = j + 2;
    } else {
      const end = line.indexOf(',', i);
      cells.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return cells;
}
