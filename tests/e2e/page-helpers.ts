// Helpers shared by end-to-end specs: opening the example project, calling the browser host's API
// as the page does (for setup and reference numbers), and selecting a phrase with the mouse.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, type RunningApp } from './app-fixture';

/** Calls the host's API as the page does (setup and the reference numbers, not the UI under test). */
export async function call<T>(
  request: APIRequestContext,
  app: RunningApp,
  method: string,
  input = {},
) {
  const res = await request.post(`${app.origin}/api/${method}`, {
    data: input,
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? 'failed'}`);
  return body.value;
}

/** Where a phrase of the transcript is on screen: just inside its first and last letters. */
export async function phraseBox(page: Page, phrase: string) {
  const transcript = page.getByLabel('Transkription');
  const box = await transcript.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf(text) ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i + 1); // start inside the first word: selection snaps to whole words
      range.setEnd(node, i + text.length - 1);
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) return null;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not on screen`);
  return box;
}

/** Drags the mouse over a phrase in the transcript, as a researcher selects text. */
export async function selectPhrase(page: Page, phrase: string) {
  const box = await phraseBox(page, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** Creates the example project under its proposed name from the start screen, and waits for it.
 * Without its coded passages: the specs count the passages they code themselves. */
export async function openExample(page: Page, app: RunningApp) {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  await page.getByLabel('Med kodade exempelavsnitt').uncheck();
  await page.getByRole('button', { name: 'Skapa exempelprojekt' }).click();
  await expect(page.getByRole('navigation', { name: 'Vyer' })).toBeVisible();
}

/** Chooses files in the import dialog and starts the import with the settings as they are. */
export async function importFiles(page: Page, paths: string[]) {
  await page.getByRole('button', { name: 'Importera dokument…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Välj filer…' }).click();
  await (await chooser).setFiles(paths);
  await dialog.getByRole('button', { name: /^Importera \d+ fil/ }).click();
  return dialog;
}
