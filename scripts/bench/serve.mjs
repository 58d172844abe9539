// Shared by bench.mjs and soak.mjs: build into a folder, serve it from one local origin, launch the
// system Chromium with the flags from playwright.config.ts (the one source of truth for them).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { build, preview } from 'vite';

const cfgText = readFileSync(new URL('../../playwright.config.ts', import.meta.url), 'utf8');
export const CHROMIUM_ARGS = [...cfgText.match(/CHROMIUM_ARGS = \[([\s\S]*?)\]/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds `input` (rollup inputs) into outDir, serves it on port; returns the base URL, a browser and close(). */
export async function serveAndLaunch({ outDir, port, input }) {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, rollupOptions: { input } } });
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    base: `http://127.0.0.1:${port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.httpServer.close(r));
    },
  };
}
