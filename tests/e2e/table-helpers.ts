// Helpers of the Tabeller specs: the example project coded through the API, the table on screen
// as text, what tables.compute says the screen should show, and files read back from downloads.
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import type ExcelJS from 'exceljs';
import { formatPct } from '../../shared/tables/format';
import type { ComputedTable } from '../../shared/tables/types';
import type { RunningApp } from './app-fixture';
import { call } from './page-helpers';

interface ApiCode {
  id: number;
  name: string;
  number: number | null;
}

/** Codes passages of the example through the API: [document, phrase, area number, assessment]. */
const CODINGS: [string, string, number, string][] = [
  ['Lindholmen_HT2017_Chefer', 'Introduktionsprogrammet och mentorskapet', 2, 'Kommit längst'],
  ['Lindholmen_HT2017_Chefer', 'lyfta medhandläggarskapet också', 9, 'Kommit längst'],
  ['Bergsjöstaden_VT2018_Chefer', 'Traineerna. Jag är så stolt över det.', 12, 'Kommit längst'],
  ['Bergsjöstaden_VT2018_Chefer', 'Och studenterna.', 11, 'Kommit längst'],
  ['Bergsjöstaden_VT2018_Chefer', 'lyfta den nära ledningen', 5, 'Kommit längst'],
  ['Åsbacka_HT2018_Chefer', 'Och medhandläggarskapet.', 9, 'Kommit längst'],
  ['Åsbacka_HT2018_Chefer', 'Administrativt stöd till chefer.', 7, 'Störst behov'],
  ['Åsbacka_HT2018_Chefer', 'Rimlig arbetsbelastning, för medarbetarna.', 3, 'Störst behov'],
  [
    'Lindholmen_HT2017_Medarbetare',
    'det som har kommit längst är introduktionen',
    2,
    'Kommit längst',
  ],
  ['Bergsjöstaden_VT2018_Medarbetare', 'lämpliga lokaler', 13, 'Kommit längst'],
];

export async function codeExample(page: Page, app: RunningApp) {
  await call(page.request, app, 'coder.set', { name: 'Karin' });
  const codes = await call<ApiCode[]>(page.request, app, 'codes.list');
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  const area = (n: number) => codes.find((c) => c.number === n)?.id;
  const named = (name: string) => codes.find((c) => c.name === name)?.id;
  for (const [docName, phrase, number, assessment] of CODINGS) {
    const doc = docs.find((d) => d.name === docName);
    if (!doc) throw new Error(`no document ${docName}`);
    const { text } = await call<{ text: string }>(page.request, app, 'documents.content', {
      ref: doc.id,
    });
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`"${phrase}" is not in ${docName}`);
    await call(page.request, app, 'segments.create', {
      documentId: doc.id,
      start,
      end: start + phrase.length,
      codeIds: [area(number), named(assessment)],
    });
  }
}

/** A workbook cell as the screen prints it: counts whole, percents (format 0.0) to one decimal. */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value !== 'number') return '';
  return cell.numFmt === '0.0' ? formatPct(value, 'sv') : String(value);
}

/** The table on screen as text: each body row's label and its cells. */
export async function screenRows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

export async function saved(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

/** The screen's texts for a computed table: label, then count and percent of every column. */
export function expectedRows(table: ComputedTable): string[][] {
  // An empty column lines up with its neighbours' percents, when the table has any.
  const anyPct = table.rows.some((r) => r.cells.some((c) => c.pct !== null));
  const pctColumns = table.columns.map(
    (_, i) =>
      table.rows.some((r) => r.cells[i]?.pct !== null) ||
      (anyPct && table.rows.every((r) => r.cells[i]?.n === 0)),
  );
  return table.rows.map((r) => [
    r.label,
    ...r.cells.flatMap((c, i) =>
      pctColumns[i] ? [String(c.n), formatPct(c.pct, 'sv')] : [String(c.n)],
    ),
  ]);
}

/** The base printed under a table (the chart under it says the same in its own words). */
export const baseLine = (page: Page, text: string) =>
  page.locator('p.table-base').filter({ hasText: text });

export const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name, exact: true });
