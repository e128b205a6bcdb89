// The coding workspace's speed in a real Chromium (Playwright) against the browser host and a
// project of 144 interviews with 20,000 coded passages: opening a coded transcript, applying a
// code by key, searching, and scrolling a 300,000-character transcript.
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createAppRegistry } from '../electron/handlers';
import { createContext, noRecentStore } from '../electron/handlers/create-context';
import { startWebHost } from '../electron/web/server';

export interface CodingUiFigures {
  open_coded_doc_ms: number;
  apply_code_p95_ms: number;
  apply_code_saved_p95_ms: number;
  search_ms: number;
  scroll_long_tasks: number;
  scroll_max_task_ms: number;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;
const p95 = (v: number[]) => [...v].sort((a, b) => a - b)[Math.ceil(v.length * 0.95) - 1] ?? NaN;

/** Chooses a document in the coding view; resolves with ms from the choice until its text (and,
 * when it has codings, their highlights) is painted. */
async function openDoc(page: Page, documentId: number, coded: boolean): Promise<number> {
  return page.evaluate(
    async ({ id, withHighlights }) => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Dokument"]');
      if (!select) throw new Error('no document picker');
      const t0 = performance.now();
      select.value = String(id);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const scroller = document.querySelector<HTMLElement>(
          `.transcript-scroll[data-document-id="${id}"]`,
        );
        if (
          scroller?.querySelector('.block') &&
          (!withHighlights || scroller.querySelector('.coded-piece'))
        )
          break;
        if (performance.now() - t0 > 10_000) throw new Error('the transcript never appeared');
      }
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    { id: documentId, withHighlights: coded },
  );
}

/** Drags over a few words on screen with the mouse (as the researcher does), presses a key, and
 * measures from the key until the coded passage is painted as the selected highlight, and until it
 * is painted as saved. Passages may overlap earlier ones, as in real coding. */
async function applyOnce(
  page: Page,
  key: string,
  pick: number,
): Promise<{ painted: number; saved: number }> {
  const drag = await page.evaluate((i) => {
    const scroller = document.querySelector<HTMLElement>('.transcript-scroll');
    if (!scroller) throw new Error('no transcript');
    const view = scroller.getBoundingClientRect();
    const spans = [...scroller.querySelectorAll<HTMLElement>('.block-text span')].filter((s) => {
      const r = s.getBoundingClientRect();
      return r.top > view.top && r.bottom < view.bottom && s.textContent.length > 10;
    });
    const span = spans[i % Math.max(1, spans.length)];
    const node = span?.firstChild;
    if (!span || !node) throw new Error('no text on screen');
    // From inside the first word to a few words on (the app snaps the selection to whole words).
    const text = node.textContent ?? '';
    const range = document.createRange();
    range.setStart(node, 1);
    range.setEnd(node, Math.min(text.length - 1, 30));
    const rects = range.getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) throw new Error('no text on screen');
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }, pick);
  await page.mouse.move(drag.x1, drag.y1);
  await page.mouse.down();
  await page.mouse.move(drag.x2, drag.y2, { steps: 3 });
  await page.mouse.up();
  return page.evaluate(
    async ({ k }) => {
      const scroller = document.querySelector<HTMLElement>('.transcript-scroll');
      if (!scroller) throw new Error('no transcript');
      const asked = performance.now();
      while (!scroller.querySelector('.pending')) {
        if (performance.now() - asked > 2000)
          throw new Error(`the selection was not taken up ("${String(window.getSelection())}")`);
        await new Promise((r) => requestAnimationFrame(r));
      }
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      // Painted: the passage is drawn as the selected one (at once, provisional until saved).
      // Saved: the server's answer has replaced it (no longer provisional), painted.
      let painted = 0;
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const active = scroller.querySelector('.coded-piece.active');
        if (active && !painted) painted = performance.now() - t0;
        if (active && !active.classList.contains('provisional')) break;
        if (performance.now() - t0 > 10_000) {
          const alert = document.querySelector('[role="alert"]')?.textContent ?? 'no message';
          throw new Error(`the coded passage was never saved and painted (${alert})`);
        }
      }
      const saved = performance.now() - t0;
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return { painted, saved };
    },
    { k: key },
  );
}

export async function measureCodingUi(
  projectPath: string,
  ids: { coded: number; other: number; long: number },
): Promise<CodingUiFigures> {
  const registry = createAppRegistry();
  const ctx = createContext('web', { recent: noRecentStore });
  await registry.call('project.open', { path: projectPath }, ctx);
  await registry.call('coder.set', { name: 'Bench' }, ctx);
  const host = await startWebHost({
    registry,
    ctx,
    staticDir: join(process.cwd(), 'dist', 'renderer'),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Kodning', exact: true }).click();

    const opens: number[] = [];
    for (let i = 0; i < 4; i++) {
      await openDoc(page, ids.other, true);
      opens.push(await openDoc(page, ids.coded, true));
    }

    const applies: { painted: number; saved: number }[] = [];
    for (let i = 0; i < 100; i++) applies.push(await applyOnce(page, String((i % 9) + 1), i * 7));

    const searches: number[] = [];
    for (const query of [
      'kontorslandskap',
      'introduktionsprogram',
      'arbetsbelastning',
      'ärendehandledning',
      'lokaler',
    ]) {
      searches.push(
        await page.evaluate(async (q) => {
          const token = sessionStorage.getItem('kvalkod.token') ?? '';
          const t0 = performance.now();
          const res = await fetch('./api/search.text', {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ query: q, limit: 50 }),
          });
          const body = (await res.json()) as { ok: boolean; value: unknown[] };
          if (!body.ok || body.value.length === 0) throw new Error(`no hits for ${q}`);
          return performance.now() - t0;
        }, query),
      );
    }

    await openDoc(page, ids.long, false);
    const scroll = await page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('.transcript-scroll');
      if (!scroller) throw new Error('no transcript');
      if (!PerformanceObserver.supportedEntryTypes.includes('longtask'))
        throw new Error('This browser does not report long tasks.');
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => tasks.push(e.duration)),
      );
      observer.observe({ type: 'longtask', buffered: false });
      while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
        scroller.scrollTop += 600;
        await new Promise((r) => requestAnimationFrame(r));
      }
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();
      return { count: tasks.filter((d) => d > 50).length, max: Math.max(0, ...tasks) };
    });

    return {
      open_coded_doc_ms: Number(median(opens).toFixed(1)),
      apply_code_p95_ms: Number(p95(applies.map((a) => a.painted)).toFixed(1)),
      apply_code_saved_p95_ms: Number(p95(applies.map((a) => a.saved)).toFixed(1)),
      search_ms: Number(median(searches).toFixed(1)),
      scroll_long_tasks: scroll.count,
      scroll_max_task_ms: Number(scroll.max.toFixed(1)),
    };
  } finally {
    await browser.close();
    await host.close();
    ctx.session.project?.close();
  }
}
