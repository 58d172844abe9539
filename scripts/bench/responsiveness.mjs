// How the page feels while training, measured in the real app: the longest main-thread task, the worst gap
// between animation frames, how long Pause takes to be confirmed by the engine, and how long a setting
// change takes until the new run's first status arrives. Optionally with the CPU throttled through the
// DevTools protocol (Emulation.setCPUThrottlingRate), as a slower laptop would be.

/** Installs the observers before the app's scripts run. */
function instrument() {
  const w = window;
  w.__longTasks = [];
  w.__frameGaps = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = 0;
  const frame = (t) => {
    if (last) w.__frameGaps.push({ start: last, gap: t - last });
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Resolves with performance.now() once the selector's attribute/text satisfies `test` (checked every frame). */
function waitInPage(page, selector, attr, expected) {
  return page.evaluate(
    ([sel, a, want]) =>
      new Promise((resolve) => {
        const check = () => {
          const el = document.querySelector(sel);
          const v = a ? el?.getAttribute(a) : el?.textContent;
          if (v === want) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
    [selector, attr, expected],
  );
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];

/**
 * @param throttle CPU slowdown factor (1 = none).
 * @param seconds how long to train before measuring the steady-state figures.
 * @param visit 'first': a first visit, whose service worker precaches the app and MNIST once the data has
 *   arrived (inside the measured window); 'later': the app opened once before in the same context, its worker
 *   installed (so the precache is done and the worker serves the app).
 */
export async function measureResponsiveness(browser, base, { throttle = 1, seconds = 10, query = 'autoplay=1', visit = 'first' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  if (visit === 'later') {
    const before = await context.newPage();
    await before.goto(base);
    // `ready` resolves once a worker is active, which is after its install (the precache) has finished.
    await before.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await before.close();
  }
  const page = await context.newPage();
  const cdp = await page.context().newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(instrument);
  await page.goto(`${base}?${query}`);
  // First completed step: the status bar's step reaches 1.
  const firstStepMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          if (Number(document.querySelector('[data-metric="step"]')?.textContent) >= 1) resolve(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  await page.waitForTimeout(seconds * 1000);
  const steady = await page.evaluate((t0) => {
    const w = window;
    const tasks = w.__longTasks.filter((e) => e.start >= t0);
    const gaps = w.__frameGaps.filter((e) => e.start >= t0);
    return {
      maxLongTaskMs: Math.round(Math.max(0, ...tasks.map((e) => e.duration))),
      longTasks: tasks.length,
      worstFrameDelayMs: Math.round(Math.max(0, ...gaps.map((e) => e.gap - 1000 / 60))),
    };
  }, firstStepMs);
  // Pause: click → the engine's status says it stopped (data-running="false"). Three rounds, the median.
  const pauses = [];
  const changes = [];
  for (let i = 0; i < 3; i++) {
    const train = page.locator('[data-action="train"]');
    await waitInPage(page, '[data-phase]', 'data-running', 'true');
    const t0 = await page.evaluate(() => {
      document.querySelector('[data-action="train"]').click();
      return performance.now();
    });
    pauses.push((await waitInPage(page, '[data-phase]', 'data-running', 'false')) - t0);
    await train.click();
    await waitInPage(page, '[data-phase]', 'data-running', 'true');
    // A setting change while training: until the new run's first status (step 0) arrives from the engine.
    const t1 = await page.evaluate((lr) => {
      const input = document.querySelector('[data-field="lr"]');
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      set.call(input, lr);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      return performance.now();
    }, String(0.001 + (i + 1) / 10000));
    changes.push((await waitInPage(page, '[data-metric="step"]', null, '0')) - t1);
    await train.click();
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return {
    visit,
    throttle,
    firstStepMs: Math.round(firstStepMs),
    ...steady,
    pauseLatencyMs: Math.round(median(pauses)),
    settingChangeMs: Math.round(median(changes)),
  };
}
