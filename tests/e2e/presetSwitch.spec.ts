// Issue 12's preset sweep: in lecturer mode, the init lab showed the previous preset's numbers until its own
// forward pass came back. Every frame between the switch and the new result is sampled: none may show the
// previous preset's last-layer spread.
import { expect, test } from '@playwright/test';
import { openReady, watchErrors } from './helpers';

test('switching init-lab presets in lecturer mode never shows the previous preset\'s numbers', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  // N(0, 0.01²) tanh: the spread collapses, layer 10's std is ~1e-7. Next in the group: N(0, 1), saturated (~1).
  await openReady(page, 'preset=init-lab-tanh-small&present=1&backend=wasm');
  const panel = page.locator('[data-panel="init-lab"]');
  const lastStd = panel.locator('[data-layer="9"]');
  await expect(panel).toHaveAttribute('data-current', '1', { timeout: 60_000 });
  expect(Number(await lastStd.getAttribute('data-std'))).toBeLessThan(0.01);

  // Sample the last layer's std on every frame from the key press until the new result is current.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStd: string[] }).seenStd = seen;
    const tick = () => {
      const p = document.querySelector('[data-panel="init-lab"]');
      seen.push(`${p?.getAttribute('data-current')}:${p?.querySelector('[data-layer="9"]')?.getAttribute('data-std') ?? '-'}`);
      if (seen.length < 100_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/preset=init-lab-tanh-large/);
  await expect(panel).toHaveAttribute('data-current', '1', { timeout: 60_000 });
  expect(Number(await lastStd.getAttribute('data-std'))).toBeGreaterThan(0.5);
  // Let one more frame be sampled, then read what every frame showed after the switch.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const seen = await page.evaluate(() => (window as unknown as { seenStd: string[] }).seenStd);
  const afterSwitch = seen.slice(seen.findIndex((s) => s.startsWith('0:')));
  expect(afterSwitch[0], 'the switch was sampled').toMatch(/^0:/);
  const stale = afterSwitch.filter((s) => s !== '0:-' && Number(s.split(':')[1]) < 0.5);
  expect(stale, 'frames showing the previous preset\'s std').toEqual([]);
  expect(errors).toEqual([]);
});

test('on a phone, the preset picker shows a name that fits it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  // The longest full name (60 characters).
  await page.goto('./?preset=underfit&backend=wasm');
  const select = page.locator('[data-control="preset"]');
  await expect(select).toHaveValue('underfit');
  const fit = await select.evaluate((el) => {
    const s = el as HTMLSelectElement;
    const style = getComputedStyle(s);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = s.selectedOptions[0].textContent ?? '';
    // The box sizes to its content up to its max-width (the screen less a margin); past that the name is cut.
    // The room: that width minus padding, border and the drop-down arrow (~24 px).
    const max = parseFloat(style.maxWidth);
    const room = max - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth) * 2 - 24;
    return { text, textWidth: ctx.measureText(text).width, room, right: s.getBoundingClientRect().right };
  });
  expect(fit.text).toBe('Underfit: 4 units, 1 epoch');
  expect(fit.textWidth, JSON.stringify(fit)).toBeLessThanOrEqual(fit.room);
  expect(fit.right).toBeLessThanOrEqual(390);
  await context.close();
});
