// `npm run soak` (not in CI): trains the real app for ≥ 20,000 steps with statistics on and samples the
// engine's live tensor count and the worker's JS heap every 15 s; memory must stay flat. Writes
// bench-results/soak.json. `--steps N` changes the length.
import { mkdirSync, writeFileSync } from 'node:fs';
import { serveAndLaunch } from './bench/serve.mjs';
import { chaos } from './soak/chaos.mjs';

const arg = process.argv.indexOf('--steps');
const STEPS = arg > 0 ? Number(process.argv[arg + 1]) : 20_000;
const PORT = Number(process.env.BENCH_PORT ?? 4177);

const { base, browser, close } = await serveAndLaunch({ outDir: 'bench-results/soak-site', port: PORT, input: { app: 'index.html' } });

// `--chaos [minutes]`: the seeded random student session instead of the long run.
const chaosArg = process.argv.indexOf('--chaos');
if (chaosArg > 0) {
  const minutes = Number(process.argv[chaosArg + 1]) || 10;
  try {
    const r = await chaos(browser, base, { minutes, seed: Number(process.env.SOAK_SEED ?? 1) });
    mkdirSync('bench-results', { recursive: true });
    writeFileSync('bench-results/chaos.json', JSON.stringify(r, null, 2) + '\n');
    console.log(JSON.stringify(r, null, 2));
    process.exitCode = r.errors.length || r.problems.length || !r.tensorsBack ? 1 : 0;
  } finally {
    await close();
  }
  process.exit();
}
const errors = [];
const samples = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // 200 epochs so the run never ends on its own before STEPS.
  await page.goto(`${base}?autoplay=1&epochs=200`);
  const read = (name) => page.locator(`[data-metric="${name}"]`).textContent().then((t) => Number.parseFloat(t ?? ''));
  const start = Date.now();
  for (;;) {
    await page.waitForTimeout(15_000);
    const engine = page.workers().find((w) => w.url().includes('worker'));
    const heap = engine ? await engine.evaluate(() => performance.memory?.usedJSHeapSize ?? null).catch(() => null) : null;
    const s = { seconds: Math.round((Date.now() - start) / 1000), step: await read('step'), tensors: await read('tensors'), workerHeapMB: heap && +(heap / 2 ** 20).toFixed(1), pageHeapMB: +((await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0)) / 2 ** 20).toFixed(1), examplesPerSec: await read('examples-per-sec') };
    samples.push(s);
    console.log(JSON.stringify(s));
    if (s.step >= STEPS || errors.length) break;
  }
} finally {
  await close();
}
const t = samples.map((s) => s.tensors);
const result = { steps: samples.at(-1)?.step, tensorsMin: Math.min(...t), tensorsMax: Math.max(...t), flat: Math.min(...t) === Math.max(...t), errors, samples };
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/soak.json', JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify({ ...result, samples: undefined }));
