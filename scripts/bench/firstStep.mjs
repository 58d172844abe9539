// Navigation → first training step, with the network throttled through the DevTools protocol
// (Network.emulateNetworkConditions) or not. Each round is a fresh browser context: an empty HTTP cache and
// no service worker, so every byte comes over the (emulated) wire. Also when the rest of MNIST has arrived
// (the status bar's "MNIST arrived" item is gone) and how many steps were trained by then — proof that
// training started on the first slice rather than after the whole download.

/** One load: `mbps` megabits per second down (0: unthrottled). Times in ms since navigation start. */
async function firstStepOnce(browser, base, { mbps, query }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (mbps > 0) {
    const bytesPerSec = (mbps * 1e6) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: bytesPerSec,
      uploadThroughput: bytesPerSec,
    });
  }
  // Main-thread long tasks from the start (the page's own parse and first render compete with the Worker).
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}?${query}`, { waitUntil: 'commit' });
  const r = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const out = { firstStepMs: 0, restMs: 0, stepAtRest: 0 };
        const step = () => Number(document.querySelector('[data-metric="step"]')?.textContent ?? 0);
        const check = () => {
          if (!out.firstStepMs && step() >= 1) out.firstStepMs = performance.now();
          const ready = document.querySelector('[data-phase]')?.getAttribute('data-phase') === 'ready';
          if (out.firstStepMs && ready && !document.querySelector('[data-metric="data-loaded"]')) {
            out.restMs = performance.now();
            out.stepAtRest = step();
            return resolve(out);
          }
          requestAnimationFrame(check);
        };
        check();
      }),
  );
  const backend = await page.locator('[data-metric="backend"]').textContent();
  // The start-up milestones the app marks (page:* on the page, engine:* posted by the Worker), first of each.
  const marks = await page.evaluate(() => {
    const out = {};
    for (const m of performance.getEntriesByType('mark')) out[m.name] ??= Math.round(m.startTime);
    return { ...out, longTasks: window.__longTasks.filter(([, d]) => d >= 100) };
  });
  await context.close();
  return { firstStepMs: Math.round(r.firstStepMs), restMs: Math.round(r.restMs), stepAtRest: r.stepAtRest, backend, marks };
}

/** `rounds` loads at 10 Mbit/s and `rounds` unthrottled, alternated so drift hits both alike. */
export async function measureFirstStep(browser, base, { rounds = 2, query = 'autoplay=1' } = {}) {
  const out = { throttled10Mbit: [], unthrottled: [] };
  for (let i = 0; i < rounds; i++) {
    out.throttled10Mbit.push(await firstStepOnce(browser, base, { mbps: 10, query }));
    out.unthrottled.push(await firstStepOnce(browser, base, { mbps: 0, query }));
  }
  const best = (rs) => Math.min(...rs.map((r) => r.firstStepMs));
  return { ...out, bestMs: { throttled10Mbit: best(out.throttled10Mbit), unthrottled: best(out.unthrottled) }, goalsMs: { throttled10Mbit: 3000, unthrottled: 1000 } };
}
