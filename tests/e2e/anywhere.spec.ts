// Issue 16 "Anywhere": export to Python, offline after one visit, any sub-path of a header-less static host
// (where the service worker supplies cross-origin isolation), and tfjs-wasm threads in the training Worker.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { metric, openReady, watchErrors } from './helpers';

// These tests are about the service worker, which playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

/** The build the e2e web server previews (see playwright.config.ts). */
const DIST = join(process.cwd(), `.e2e-dist/${process.env.E2E_PORT ?? 4173}`);

/** The app's readiness signals (helpers' openReady without the navigation). */
async function waitReady(page: Page): Promise<void> {
  await expect(metric(page, 'backend')).not.toHaveText('…', { timeout: 60_000 });
  await expect(page.locator('[data-action="train"]')).toBeEnabled({ timeout: 60_000 });
}

async function trainOneStep(page: Page): Promise<void> {
  await page.locator('[data-action="step"]').click();
  await expect(metric(page, 'step')).toHaveText('1', { timeout: 60_000 });
  expect(Number.parseFloat((await metric(page, 'train-loss').textContent()) ?? 'NaN')).toBeGreaterThan(0);
}

/** Waits until the service worker is active (its precache complete) and controls this page. */
async function waitOffline(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 150_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

test('"Export as code" downloads a PyTorch script of the current experiment that Python compiles', async ({ page }) => {
  const errors = watchErrors(page);
  await openReady(page, 'act=tanh&opt=rmsprop&lr=0.01&layers=32,16&bn=1&seed=7');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-action="export-pytorch"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('layer_lab_pytorch.py');
  const path = (await download.path())!;
  const text = await readFile(path, 'utf8');
  expect(text).toContain('HIDDEN = [32, 16]');
  expect(text).toContain('return nn.Tanh()');
  expect(text).toContain('torch.optim.RMSprop(params, lr=LR, alpha=BETA2, eps=EPS)');
  expect(text).toContain('LR = 0.01');
  expect(text).toContain('SEED = 7');
  expect(text).toContain('BATCH_NORM = True');
  // The data comes from this very site, and the header links back to the experiment.
  expect(text).toContain(`DATA_URL = "${new URL('data/', page.url()).href}"`);
  expect(text).toContain('act=tanh');
  if (spawnSync('python3', ['--version']).status === 0) {
    const res = spawnSync('python3', ['-m', 'py_compile', path], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
  } else console.warn('python3 not found: the downloaded script was not compiled');
  expect(errors).toEqual([]);
});

test('after one visit the app reloads and trains offline, on WebAssembly threads', async ({ page, context }) => {
  const errors = watchErrors(page);
  await openReady(page, 'backend=wasm&layers=32');
  await waitOffline(page);
  // The preview server sends COOP/COEP, so the training Worker may use every core.
  const cores = await page.evaluate(() => (crossOriginIsolated ? navigator.hardwareConcurrency : 1));
  if (cores > 1) await expect(page.locator('[data-backend-reason]')).toContainText(`${cores} threads`);
  await context.setOffline(true);
  await page.reload();
  await waitReady(page);
  await expect(metric(page, 'backend')).toHaveText('wasm');
  await trainOneStep(page);
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('the service worker registers only once MNIST has arrived, so its precache never competes with the first steps', async ({ page }) => {
  const errors = watchErrors(page);
  // Hold the rest of the training images until the app has trained with the first slice.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/data/train-images-1.idx.gz', async (route) => {
    await held;
    await route.continue();
  });
  await openReady(page, 'layers=32');
  await trainOneStep(page);
  await expect(metric(page, 'data-loaded')).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
  release();
  await expect(metric(page, 'data-loaded')).toHaveCount(0, { timeout: 60_000 });
  await waitOffline(page);
  expect(errors).toEqual([]);
});

test.describe('a static host without headers, under a sub-path', () => {
  const BASE = '/some/sub/path/';
  const TYPES: Record<string, string> = {
    '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
    '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
  };
  let server: Server;
  let origin = '';

  test.beforeAll(async () => {
    // Plain files only: no COOP/COEP, no Content-Encoding, nothing outside BASE (like GitHub Pages).
    server = createServer(async (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(BASE)) return void res.writeHead(404).end();
      const rel = normalize(path.slice(BASE.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
      try {
        const body = await readFile(join(DIST, rel.endsWith('/') ? `${rel}index.html` : rel));
        res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('loads and trains; the service worker supplies isolation after one reload', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(`${origin}${BASE}?backend=wasm&layers=32`);
    await expect(page.locator('html')).toHaveAttribute('data-isolated', '0');
    await expect(metric(page, 'backend')).toHaveText('wasm', { timeout: 60_000 });
    // The worker installs, takes control, and the page reloads itself once with COOP/COEP from the cache.
    await expect(page.locator('html')).toHaveAttribute('data-isolated', '1', { timeout: 150_000 });
    expect(new URL(page.url()).pathname).toBe(BASE);
    await waitReady(page);
    await expect(metric(page, 'backend')).toHaveText('wasm');
    await expect(page.locator('[data-backend-reason]')).toContainText('cross-origin isolated');
    await trainOneStep(page);
    expect(errors).toEqual([]);
  });
});
