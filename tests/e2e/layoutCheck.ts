// The layout check, run inside the page: every problem a person would see as "broken layout", found from
// the boxes the browser actually drew (not from class names or CSS), returned as plain sentences.
import type { Page } from '@playwright/test';

export interface LayoutReport {
  problems: string[];
  /** Smallest font size (px) of any visible text, axis ticks included. */
  minFontPx: number;
  numTexts: number;
}

export interface CheckOptions {
  /** Lecturer mode: the shown panels must lie inside the viewport and nothing may scroll. */
  fitScreen: boolean;
}

export async function checkLayout(page: Page, opts: CheckOptions): Promise<LayoutReport> {
  // What a person sees is a painted frame: two animation frames let every ResizeObserver (the charts' sizes)
  // deliver and redraw, so a DOM change committed a moment ago is not measured half-way.
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  return page.evaluate(({ fitScreen }) => {
    const problems: string[] = [];
    const W = document.documentElement.clientWidth;
    const H = window.innerHeight;
    const name = (el: Element) => {
      const id = ['data-panel', 'data-chart', 'data-overlay', 'data-action', 'data-metric', 'data-stat', 'data-field']
        .map((a) => el.closest(`[${a}]`)?.getAttribute(a) && `${a}=${el.closest(`[${a}]`)!.getAttribute(a)}`)
        .find(Boolean);
      return `${el.tagName.toLowerCase()}${id ? ` in [${id}]` : ''}`;
    };
    const visible = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return false;
        const r = e.getBoundingClientRect();
        // Visually hidden on purpose (screen-reader text, KaTeX's MathML copy): a 1 px clipped box.
        if ((r.width <= 1 || r.height <= 1) && cs.overflow !== 'visible') return false;
        if (cs.clip !== 'auto' && cs.position === 'absolute') return false;
      }
      return el.getClientRects().length > 0;
    };

    // 1. No sideways scrolling of the page or of the area between the bars.
    if (document.documentElement.scrollWidth > W + 1) problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${W} px viewport`);
    const scroller = document.querySelector('.scroller');
    if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) problems.push(`content is ${scroller.scrollWidth} px wide in ${scroller.clientWidth} px`);

    // 2. Lecturer mode: one screen, every shown panel inside it.
    if (fitScreen) {
      if (document.documentElement.scrollHeight > H + 1) problems.push(`page is ${document.documentElement.scrollHeight} px tall in a ${H} px viewport`);
      if (scroller && scroller.scrollHeight > scroller.clientHeight + 1) problems.push(`panels need ${scroller.scrollHeight} px of ${scroller.clientHeight} px: they scroll`);
      for (const el of document.querySelectorAll('[data-panel], [data-chart], [data-overlay]')) {
        if (!visible(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) problems.push(`${name(el)} lies outside the viewport (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`);
      }
    }

    // 3. Text boxes: every visible text node (HTML) and every SVG <text> (axis ticks, legends).
    interface Box { el: Element; r: DOMRect; text: string; scrolled?: boolean }
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || el.closest('option, script, style, svg, dialog:not([open])') || !visible(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 0.5 && r.height > 0.5) boxes.push({ el, r, text });
    }
    for (const t of document.querySelectorAll('svg text')) {
      const text = t.textContent?.trim() ?? '';
      if (text && visible(t)) boxes.push({ el: t, r: t.getBoundingClientRect(), text });
    }
    // One chart's SVG or one typeset formula is a single drawing: its own parts may stack (KaTeX sets
    // sub- and superscripts by overlapping boxes), which is not one element covering another.
    const sameDrawing = (a: Element, b: Element) =>
      ['svg', '.katex'].some((sel) => a.closest(sel) !== null && a.closest(sel) === b.closest(sel));
    let minFontPx = Infinity;
    const statusBar = document.querySelector('.status-bar')?.getBoundingClientRect();
    /** Fully on show: not scrolled out of (or partly out of) any scrolling box around it. */
    const onShow = (b: Box) => !b.scrolled;
    for (const b of boxes) {
      const { el, r, text } = b;
      minFontPx = Math.min(minFontPx, parseFloat(getComputedStyle(el).fontSize));
      // Clipped: any ancestor that clips (overflow hidden/clip, or an <svg>) must contain the text. A scrolling
      // box may hold text beyond its edge (scrolled away, not cut off); such text is not checked further.
      for (let a: Element | null = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        const cs = getComputedStyle(a);
        const c = a.getBoundingClientRect();
        const outside = r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1;
        const scrolls = /auto|scroll/.test(cs.overflowX + cs.overflowY);
        if (scrolls) {
          // Scrolled away (wholly or partly): hidden by the scroller, so what clips outside it is moot.
          if (outside) {
            b.scrolled = true;
            break;
          }
          continue;
        }
        const clips = a.tagName.toLowerCase() === 'svg' || cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
        if (clips && outside) {
          problems.push(`"${text.slice(0, 24)}" (${name(el)}) is clipped by its container`);
          break;
        }
      }
      if (!onShow(b)) continue;
      if (r.left < -1 || r.right > W + 1) problems.push(`"${text.slice(0, 24)}" (${name(el)}) runs off the screen`);
      // The status bar covers nothing: text under it must be its own.
      if (statusBar && !el.closest('.status-bar') && r.bottom > statusBar.top + 1 && r.top < statusBar.bottom - 1 && r.right > statusBar.left && r.left < statusBar.right && r.top < H)
        problems.push(`"${text.slice(0, 24)}" (${name(el)}) is under the status bar`);
      // Covered by another element: the topmost element at the text's centre is the text's own (on screen only).
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      if (x > 0 && x < W && y > 0 && y < H) {
        const hit = document.elementFromPoint(x, y);
        if (hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !sameDrawing(hit, el))
          problems.push(`"${text.slice(0, 24)}" (${name(el)}) is covered by ${name(hit)}`);
      }
    }
    // Elements whose own text does not fit their box (the browser clips or ellipsizes it).
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') || !visible(el)) continue;
      const cs = getComputedStyle(el);
      if (cs.display.startsWith('inline') && el.tagName !== 'INPUT' && el.tagName !== 'BUTTON') continue;
      const ownText = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim());
      const isField = el instanceof HTMLInputElement && el.type === 'text';
      if ((ownText || isField) && cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'auto')
        problems.push(`${name(el)} text is cut off (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
    // A select shows its chosen option's text: it must fit beside the arrow.
    const ctx = document.createElement('canvas').getContext('2d')!;
    for (const s of document.querySelectorAll('select')) {
      if (!visible(s) || s.selectedIndex < 0) continue;
      const cs = getComputedStyle(s);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const need = ctx.measureText(s.options[s.selectedIndex].text).width;
      const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16;
      if (need > room + 1) problems.push(`${name(s)} shows "${s.options[s.selectedIndex].text}" truncated (${Math.round(need)} px in ${Math.round(room)} px)`);
    }
    // Overlapping text: two different text boxes sharing more than a sliver.
    const shown = boxes.filter(onShow);
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i].r;
        const b = shown[j].r;
        const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        const [p, q] = [shown[i], shown[j]];
        if (ox > 2 && oy > 2 && p.el !== q.el && !p.el.contains(q.el) && !q.el.contains(p.el) && !sameDrawing(p.el, q.el))
          problems.push(`"${p.text.slice(0, 16)}" (${name(p.el)}) overlaps "${q.text.slice(0, 16)}" (${name(q.el)})`);
      }
    }
    return { problems: [...new Set(problems)], minFontPx, numTexts: boxes.length };
  }, opts);
}
