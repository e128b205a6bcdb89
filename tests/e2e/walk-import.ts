// Setting up a project from the kinds of files a researcher brings (walk-files.ts), imported
// through the window's own import dialog.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type RunningApp } from './app-fixture';
import { call } from './page-helpers';
import {
  cp1252Text,
  libreOfficeDocx,
  longTranscript,
  markdown,
  utf16Text,
  wordDocx,
  type WalkFile,
} from './walk-files';

/** Turns about premises and introductions, with sentences that end in periods. */
export const WALK_TURNS = [
  'Intervjuare: Hur fungerar lokalerna hos er?',
  'IP1: Lokalerna är för trånga. Vi sitter i kontorslandskap och det är bullrigt.',
  'IP2: Introduktionen för nya har blivit bättre. Men lokalerna räcker inte till.',
  'Intervjuare: Och arbetsbelastningen?',
  'IP1: Den är hög, vi har för många ärenden.',
];

/** One file of each kind, plus the 400,000-character transcript when `long` is set. */
export async function writeWalkFiles(dir: string, long = true): Promise<WalkFile[]> {
  mkdirSync(dir, { recursive: true });
  const files = [
    await wordDocx(dir, 'Lindholmen_HT2017_Chefer.docx', WALK_TURNS),
    libreOfficeDocx(dir, 'Angered_VT2018_Medarbetare.docx', WALK_TURNS),
    cp1252Text(dir, 'Bergsjön_HT2016_Medarbetare.txt', WALK_TURNS),
    utf16Text(dir, 'Östra_VT2017_Chefer.txt', WALK_TURNS),
    markdown(dir, 'Majorna_HT2018_Medarbetare.md', WALK_TURNS),
  ];
  if (long) files.push(longTranscript(dir, 'Lång_intervju_HT2018.txt'));
  return files;
}

/** A new project made from the start screen, with `files` imported through the dialog. */
export async function projectWithFiles(
  page: Page,
  app: RunningApp,
  name: string,
  files: WalkFile[],
): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(app.projectDir, `${name}.kvalkod`));
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await page.getByRole('button', { name: 'Importera dokument…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Välj filer…' }).click();
  await (await chooser).setFiles(files.map((f) => f.path));
  await dialog.getByRole('button', { name: /^Importera \d+ fil/ }).click();
  // The walk's files share their text on purpose: each is imported, not skipped as a duplicate.
  const ask = page.getByRole('dialog', { name: /finns redan i projektet/ });
  const report = dialog.getByRole('status').filter({ hasText: /importerade/ });
  await expect(report.or(ask)).toBeVisible({ timeout: 60_000 });
  if (await ask.isVisible())
    await ask.getByRole('button', { name: 'Importera som nytt dokument' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/importerade/, { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Klar' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(files.length + 1);
}

/** Opens a document in Kodning and waits until its own text is shown (walk files share text). */
export async function openInCoding(page: Page, app: RunningApp, document: string): Promise<void> {
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  const id = docs.find((d) => d.name === document)?.id;
  if (id === undefined) throw new Error(`no document ${document}`);
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Kodning' })
    .click();
  await page.getByLabel('Dokument', { exact: true }).selectOption({ label: document });
  await expect(page.getByLabel('Transkription')).toHaveAttribute('data-document-id', String(id));
  const coder = page.getByLabel('Ditt namn som kodare (sparas med varje kodning):');
  if (await coder.isVisible()) {
    await coder.fill('Karin');
    await page.getByRole('button', { name: 'Spara namn' }).click();
  }
}
