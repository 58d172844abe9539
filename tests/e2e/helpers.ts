import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions; assert it is empty at the end of a test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

export const metric = (page: Page, name: string) => page.locator(`[data-metric="${name}"]`);

/** Opens the app and waits until the data is loaded and the engine is ready (the page's own signal). */
export async function openReady(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query}` : './');
  await expect(page.locator('[data-phase]')).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
  await expect(metric(page, 'backend')).not.toHaveText('…');
  // The first run's network is built: the engine has reported its status (step 0).
  await expect(metric(page, 'step')).toHaveText(/^\d+$/, { timeout: 60_000 });
}

export async function readNumber(page: Page, name: string): Promise<number> {
  return Number.parseFloat((await metric(page, name).textContent()) ?? 'NaN');
}

/** Opens a closed-by-default panel (a <details>) and waits until it is open. A click that lands while the page
 * is still laying out (the Runs list growing, say) can miss the summary, so the click is retried until the
 * panel reports itself open — the signal, not a sleep. */
export async function openPanel(page: Page, name: string, how: 'click' | 'tap' = 'click'): Promise<void> {
  const panel = page.locator(`[data-panel="${name}"]`);
  const summary = panel.locator('summary').first();
  await expect(async () => {
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await (how === 'tap' ? summary.tap() : summary.click());
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  }).toPass({ timeout: 20_000 });
}

/** Goes to a link inside the open page: the address changes and the page follows it (the same decoding a
 * fresh load does: `urlSync` listens for popstate), without reloading MNIST and rebuilding the backend. */
export async function followLink(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', `?${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/** After a link is followed: the engine has built the new run's network (its status says step 0). */
export async function expectFreshNet(page: Page, label = ''): Promise<void> {
  await expect(page.locator('[data-phase]'), label).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
  await expect(metric(page, 'step'), label).toHaveText('0', { timeout: 30_000 });
}
