// Nothing leaves the machine: a strict Content-Security-Policy, no inline script, and every request
// (page, worker, data, .wasm) goes to the page's own origin.
import { expect, test } from '@playwright/test';
import { metric, openReady, watchErrors } from './helpers';

// The service worker runs here as on a real visit (it is blocked elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('the page sets a strict CSP and loads no inline script', async ({ page }) => {
  await openReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  // Compiling WebAssembly needs 'wasm-unsafe-eval'; JavaScript eval and inline script stay forbidden.
  const scriptSrc = (/script-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '').trim().split(/\s+/);
  expect(scriptSrc).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp).toContain("connect-src 'self'");
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('every request goes to the page’s own origin, on each backend', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  const origin = new URL(baseURL!).origin;
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  for (const backend of ['wasm', 'webgl']) {
    await openReady(page, `backend=${backend}&layers=32&train-size=2000`);
    await expect(metric(page, 'backend')).toHaveText(backend);
    await page.locator('[data-action="step"]').click();
    await expect(metric(page, 'step')).toHaveText('1', { timeout: 30_000 });
  }
  expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(urls.some((u) => u.includes('/data/'))).toBe(true);
  const foreign = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});
