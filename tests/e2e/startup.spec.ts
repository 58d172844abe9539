// Start-up (issue 16, "First step in about a second"): the Worker's small entry streams MNIST while the engine's
// code loads, and `backend=auto` on a machine of two cores or fewer starts WebAssembly on one thread (threads
// measured slower there, and their pool delays the first step) and says so. The timings themselves are in
// `npm run bench -- --first-step`; this checks the order of the milestones and the backend's own report.
import { expect, test } from '@playwright/test';
import { metric, openReady, watchErrors } from './helpers';

test('auto starts on the fitting number of WebAssembly threads, and the data stream starts before the engine code is in', async ({ page }) => {
  const errors = watchErrors(page);
  const binaries = new Set<string>();
  page.on('request', (r) => r.url().endsWith('.wasm') && binaries.add(r.url().replace(/.*\//, '')));
  await openReady(page, 'layers=32&train-size=5000');
  await expect(metric(page, 'backend')).toHaveText('wasm');
  const { cores, isolated } = await page.evaluate(() => ({ cores: navigator.hardwareConcurrency, isolated: crossOriginIsolated }));
  const reason = page.locator('[data-backend-reason]');
  if (cores <= 2) await expect(reason).toContainText(`one thread (threads run slower on ${cores} cores`);
  else if (isolated) await expect(reason).toContainText('threads (cross-origin isolated)');
  // The Worker's marks: the data stream started before the engine's code (tfjs) was even in, so the two overlap.
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
  expect(marks['engine:data-start']).toBeLessThan(marks['engine:engine-code']);
  expect(marks['engine:engine-code']).toBeLessThanOrEqual(marks['engine:init']);
  expect(marks['engine:first-slice']).toBeGreaterThan(marks['engine:data-start']);
  // One stream, started by the page's first lines (before its own code) and picked up by the engine's init: a
  // second data-start would mean MNIST downloaded twice.
  expect(await page.evaluate(() => performance.getEntriesByName('engine:data-start').length)).toBe(1);
  await page.locator('[data-action="step"]').click();
  await expect(metric(page, 'step')).toHaveText('1', { timeout: 60_000 });
  // The Worker's head start on the binary (wasmWarm.ts) fetched the very build tfjs then loaded, and no other.
  expect([...binaries]).toEqual([cores <= 2 || !isolated ? 'tfjs-backend-wasm-simd.wasm' : 'tfjs-backend-wasm-threaded-simd.wasm']);
  expect(errors).toEqual([]);
});
