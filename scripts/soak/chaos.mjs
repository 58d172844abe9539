// `npm run soak -- --chaos [minutes]`: a seeded random session of a student's clicks for `minutes` (default
// 10): Train/Pause, Step, Reset, field changes, preset switches, backend switches and drawing, as fast as the
// page answers. At the end every number on screen must belong to the current run, no page error may have
// happened, and the engine's tensors must be back to their count for a fresh default network.

/** mulberry32: the same seed gives the same session. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SMALL = 'layers=32&train-size=5000&backend=wasm&epochs=50';

async function readyAgain(page) {
  await page.locator('[data-phase="ready"]').waitFor({ timeout: 120_000 });
}

const num = async (page, name) => Number.parseFloat((await page.locator(`[data-metric="${name}"]`).textContent()) ?? '');

/** The checks: returns a list of what disagrees (empty when all is well). */
async function consistency(page) {
  const bad = [];
  const step = await num(page, 'step');
  const lossLabel = (await page.locator('[data-chart="loss"]').getAttribute('aria-label')) ?? '';
  const lossStep = Number(/at step (\d+)/.exec(lossLabel)?.[1] ?? 0);
  if (lossStep !== step) bad.push(`loss chart at step ${lossStep}, status bar step ${step}`);
  const accLabel = (await page.locator('[data-chart="accuracy"]').getAttribute('aria-label')) ?? '';
  const accStep = Number(/at step (\d+)/.exec(accLabel)?.[1] ?? 0);
  if (accStep > step) bad.push(`accuracy from step ${accStep}, beyond the run's step ${step}`);
  const statsStep = Number((await page.locator('[data-panel="layers"]').getAttribute('data-stats-step').catch(() => '')) || 0);
  if (statsStep > step) bad.push(`layer statistics from step ${statsStep}, beyond the run's step ${step}`);
  return bad;
}

export async function chaos(browser, base, { minutes = 10, seed = 1 } = {}) {
  const rand = random(seed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const errors = [];
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}?${SMALL}`);
  await readyAgain(page);
  await page.locator('[data-metric="tensors"]').filter({ hasNotText: '–' }).waitFor();
  const baseline = await num(page, 'tensors');
  const actions = {
    train: () => page.locator('[data-action="train"]').click(),
    step: () => page.locator('[data-action="step"]:enabled').click({ timeout: 2000 }).catch(() => {}),
    reset: () => page.locator('[data-action="reset"]').click(),
    lr: async () => {
      const f = page.locator('[data-field="lr"]');
      await f.fill(pick(['0.001', '0.003', '0.01', '0.0005']));
      await f.press('Enter');
    },
    act: () => page.locator('[data-field="act"]').selectOption(pick(['relu', 'tanh', 'sigmoid', 'leaky-relu'])),
    preset: () => page.locator('[data-control="preset"]').selectOption(pick(['', 'default', 'zero-init', 'he-relu', 'optimizer-race', 'dead-relu'])),
    backend: async () => {
      await page.locator('[data-field="backend"]').selectOption(pick(['wasm', 'cpu', 'wasm']));
      await readyAgain(page);
    },
    draw: async () => {
      const pad = page.locator('[data-draw-pad]');
      const panel = page.locator('[data-panel="predictions"]');
      if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
      await pad.scrollIntoViewIfNeeded();
      const b = await pad.boundingBox();
      await page.mouse.move(b.x + b.width * rand(), b.y + b.height * 0.2);
      await page.mouse.down();
      await page.mouse.move(b.x + b.width * rand(), b.y + b.height * 0.8, { steps: 5 });
      await page.mouse.up();
    },
  };
  const names = Object.keys(actions);
  const weights = { train: 4, step: 2, reset: 1, lr: 2, act: 1, preset: 1, backend: 0.3, draw: 1 };
  const end = Date.now() + minutes * 60_000;
  let count = 0;
  const recent = [];
  const stuck = [];
  while (Date.now() < end && errors.length === 0) {
    let r = rand() * names.reduce((s, n) => s + weights[n], 0);
    const name = names.find((n) => (r -= weights[n]) < 0) ?? 'train';
    recent.push(name);
    if (recent.length > 12) recent.shift();
    try {
      await actions[name]();
    } catch (e) {
      // A control that stayed disabled or an engine that did not answer in time: note it with what led there.
      const bar = await page.locator('.status-bar').textContent().catch(() => '');
      stuck.push({ action: name, after: [...recent], status: bar, error: String(e).split('\n')[0] });
      if (stuck.length > 5) break;
    }
    count++;
  }
  // Settle: pause (confirmed by the engine), then one Step; every number shown must be this run's.
  if ((await page.locator('[data-action="train"]').textContent()) === 'Pause') await actions.train();
  await page.locator('[data-phase][data-running="false"]').waitFor({ timeout: 60_000 });
  // A run just configured (a race builds three nets) shows '–' until the engine reports its status.
  await page.locator('[data-metric="step"]').filter({ hasText: /^\d+$/ }).waitFor({ timeout: 60_000 });
  const step = page.locator('[data-action="step"]');
  if (await step.isEnabled()) {
    const before = await num(page, 'step');
    await step.click();
    await page.locator('[data-metric="step"]').filter({ hasText: new RegExp(`^${before + 1}$`) }).waitFor({ timeout: 60_000 });
  }
  // The charts redraw on their own clock (a frame or a throttle after the status bar): give them a moment.
  let disagreements = await consistency(page);
  for (let i = 0; i < 20 && disagreements.length; i++) {
    await page.waitForTimeout(250);
    disagreements = await consistency(page);
  }
  const problems = [...disagreements, ...stuck.map((x) => `stuck: ${JSON.stringify(x)}`)];
  // The start's experiment again (presets keep the backend), then a fresh run: tensors back to the start's count.
  await page.locator('[data-control="preset"]').selectOption('');
  await page.locator('[data-field="backend"]').selectOption('wasm');
  await readyAgain(page);
  for (const [key, value] of [['layers', '32'], ['train-size', '5000'], ['epochs', '50']]) {
    await page.locator(`[data-field="${key}"]`).fill(value);
    await page.locator(`[data-field="${key}"]`).press('Enter');
  }
  await page.locator('[data-action="reset"]').click();
  await page.locator('[data-metric="step"]').filter({ hasText: /^0$/ }).waitFor();
  const tensors = await num(page, 'tensors');
  const url = page.url();
  await page.close();
  return { actions: count, errors, problems, baseline, tensors, tensorsBack: tensors === baseline, url };
}
