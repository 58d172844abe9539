import { defineConfig } from '@playwright/test';

// Real Chromium from Debian (never a downloaded browser), WebGL through SwiftShader: see shared/BROWSER.md.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

// Each concurrent run (a developer's helpers, say) can take its own port and build folder via E2E_PORT.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = `.e2e-dist/${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  // Two cores: tests run one at a time so each gets the software GPU to itself.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: 'off',
    // The service worker precaches the whole app and MNIST (~16 MB, fetched again and stored) after every page
    // load, competing with the test for the two cores (~25 % more CPU per test, measured). The specs about it
    // (anywhere: offline, static host; security: every request) allow it with test.use; every other test sees
    // the page as a first visit does before the worker takes over.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${OUT} && npx vite preview --host 127.0.0.1 --outDir ${OUT} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never reuse: a stale preview server from an earlier build would test old code.
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
