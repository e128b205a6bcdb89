// Tabeller, the tables a report needs in one step: Områden x Bedömning split by Grupp (blocks side
// by side, each with its base) on screen, in Excel, Word, CSV and Markdown and as a chart; the code
// x document matrix; the co-occurrence of Teman. Every number on screen is tables.compute's.
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import type { ComputedTable } from '../../shared/tables/types';
import { expect, test, type RunningApp } from './app-fixture';
import { expectAccessible } from './axe';
import { call, openExample } from './page-helpers';
import {
  baseLine,
  cellText,
  codeExample,
  expectedRows,
  nav,
  saved,
  screenRows,
} from './table-helpers';

const SHOTS = 'test-results/screenshots';

/** axe-core on the view as shown: nothing critical or serious (it fails), nor moderate. */
async function accessible(page: Page, view: string) {
  const rest = await expectAccessible(page, view);
  expect(rest.filter((f) => f.impact === 'moderate')).toEqual([]);
}

/** Themes on passages of one interview, two of them overlapping: [phrase, theme]. */
const THEMES: [string, string][] = [
  ['Arbetsbelastningen. Det är inte ens en fråga.', 'Arbetsbelastning'],
  ['Det är inte ens en fråga. Jag har fyrtiotvå ärenden just nu', 'Personalomsättning'],
  ['När det är för många ärenden hinner man inte gå på fortbildningen', 'Arbetsbelastning'],
];

async function codeThemes(page: Page, app: RunningApp) {
  const codes = await call<{ id: number; name: string }[]>(page.request, app, 'codes.list');
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  const doc = docs.find((d) => d.name === 'Lindholmen_HT2017_Medarbetare');
  if (!doc) throw new Error('no Lindholmen_HT2017_Medarbetare');
  const { text } = await call<{ text: string }>(page.request, app, 'documents.content', {
    ref: doc.id,
  });
  for (const [phrase, theme] of THEMES) {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`"${phrase}" is not in the interview`);
    await call(page.request, app, 'segments.create', {
      documentId: doc.id,
      start,
      end: start + phrase.length,
      codeIds: [codes.find((c) => c.name === theme)?.id],
    });
  }
}

test('split by Grupp, code x document and co-occurrence: screen, files and chart agree', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await codeExample(page, app);
  await codeThemes(page, app);
  await page.reload();
  await nav(page, 'Tabeller').click();
  const table = page.getByRole('table');

  // Områden x Bedömning by interviews, split by Grupp: the whole, then Medarbetare and Chefer.
  await page.getByLabel('Rader', { exact: true }).selectOption('Områden');
  await page.getByLabel('Kolumner', { exact: true }).selectOption('Bedömning');
  await page.getByLabel('Enhet', { exact: true }).selectOption('interviews');
  await page.getByLabel('Dela upp efter', { exact: true }).selectOption('Grupp');
  const blocks = table.locator('thead th.block-head');
  await expect(blocks).toHaveText(['Samtliga (n = 6)', 'Medarbetare (n = 3)', 'Chefer (n = 3)']);
  const definition = { rows: 'Områden', cols: 'Bedömning', unit: 'interviews', by: 'Grupp' };
  const computed = await call<ComputedTable>(page.request, app, 'tables.compute', definition);
  await expect.poll(() => screenRows(table)).toEqual(expectedRows(computed));
  // The Chefer block is the table filtered to the managers' groups, cell for cell.
  const managers = await call<ComputedTable>(page.request, app, 'tables.compute', {
    ...definition,
    by: null,
    filters: [{ name: 'Grupp', values: ['Chefer'] }],
  });
  const shown = await screenRows(table);
  const nine = shown.find((r) => /^9\. Medhandläggarskap/.test(r[0] ?? '')) ?? [];
  const cheferStart = 1 + 2 * 10; // label, then two blocks of five columns, count and percent each
  expect(nine.slice(cheferStart, cheferStart + 2)).toEqual(['2', '66,7']);
  expect(
    expectedRows(managers)
      .find((r) => r[0] === nine[0])
      ?.slice(1, 3),
  ).toEqual(['2', '66,7']);
  await expect(baseLine(page, 'Bas: n = 6 intervjuer.')).toBeVisible();
  await expect(
    page.getByText(
      'Uppdelad efter Grupp: varje block räknas för sig, med egna totaler och egen bas (Medarbetare n = 3, Chefer n = 3).',
    ),
  ).toBeVisible();
  // Wide and tall enough to see the three blocks as a researcher with a large screen does.
  await page.setViewportSize({ width: 2200, height: 1400 });
  await page.locator('figure.table-figure').screenshot({ path: `${SHOTS}/tables-split.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await accessible(page, 'Tabeller: a table split by Grupp');

  // Excel: the block headings over their columns, the same numbers stored as numbers.
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel', exact: true }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await saved(await download)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  expect([2, 12, 22].map((c) => sheet.getCell(3, c).text)).toEqual([
    'Samtliga (n = 6)',
    'Medarbetare (n = 3)',
    'Chefer (n = 3)',
  ]);
  for (const [r, line] of shown.entries()) {
    const row = sheet.getRow(6 + r);
    expect(row.getCell(1).text).toBe(line[0]);
    expect(line.slice(1).map((_, i) => cellText(row.getCell(i + 2)))).toEqual(line.slice(1));
  }

  // Word: a header row of the blocks, and the rows on screen.
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word', exact: true }).click();
  const html = (await mammoth.convertToHtml({ buffer: await saved(await download) })).value;
  const wordRows = parse(html)
    .querySelectorAll('table tr')
    .map((tr) => tr.querySelectorAll('td, th').map((c) => c.text.trim()));
  expect(wordRows[0]).toEqual([
    'Områden',
    'Samtliga (n = 6)',
    'Medarbetare (n = 3)',
    'Chefer (n = 3)',
  ]);
  for (const line of shown) expect(wordRows).toContainEqual(line);

  // CSV and Markdown: each heading names its block.
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV', exact: true }).click();
  const csv = Papa.parse<string[]>((await saved(await download)).toString('utf8').slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  expect(csv[1]?.[21]).toBe('Chefer (n = 3): Kommit längst (Antal)');
  for (const line of shown) expect(csv).toContainEqual(line);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Markdown', exact: true }).click();
  const md = (await saved(await download)).toString('utf8');
  expect(md).toContain('| Områden | Samtliga (n = 6): Kommit längst (Antal) |');

  // The chart draws one block at a time: the managers' block has the managers' base.
  const chart = page.getByRole('figure', { name: 'Diagram' });
  await chart.getByLabel('Diagram för').selectOption({ label: 'Chefer' });
  await expect(chart.locator('svg')).toContainText('Bas: n = 3 intervjuer.');
  await expect(chart.locator('svg')).toContainText('Grupp: Chefer');
  await page.setViewportSize({ width: 1280, height: 1800 });
  await chart.scrollIntoViewIfNeeded();
  await chart.screenshot({ path: `${SHOTS}/tables-split-chart.png` });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Areas alone split by the interview rounds: the rounds side by side, charted as a trend.
  await page.getByLabel('Kolumner', { exact: true }).selectOption({ label: 'Inga kolumner' });
  await page.getByLabel('Dela upp efter', { exact: true }).selectOption('Intervjuomgång');
  await expect(table.locator('thead')).toContainText('HT 2017 (n = 2)');
  await expect(table.locator('thead th.block-head')).toHaveCount(0);
  await expect(chart.getByRole('radio', { name: 'Trend' })).toBeChecked();
  await expect(chart.getByLabel('Diagram för')).toHaveCount(0);

  // The code x document matrix: one column per interview.
  await page
    .getByLabel('Dela upp efter', { exact: true })
    .selectOption({ label: 'Ingen uppdelning' });
  await page
    .getByLabel('Kolumner', { exact: true })
    .selectOption({ label: 'Dokument (varje intervju)' });
  await page.getByLabel('Enhet', { exact: true }).selectOption('passages');
  await page.getByLabel('Celler', { exact: true }).selectOption('none');
  await expect(table.locator('thead')).toContainText('Åsbacka_HT2018_Chefer');
  const byDocument = await call<ComputedTable>(page.request, app, 'tables.compute', {
    rows: 'Områden',
    cols: 'documents',
    unit: 'passages',
    percent: 'none',
  });
  await expect.poll(() => screenRows(table)).toEqual(expectedRows(byDocument));
  await table.scrollIntoViewIfNeeded();
  await page.locator('figure.table-figure').screenshot({ path: `${SHOTS}/tables-documents.png` });
  await accessible(page, 'Tabeller: the code x document matrix');

  // The co-occurrence of Teman: overlapping passages count together; the diagonal, each theme.
  await page.getByLabel('Rader', { exact: true }).selectOption('Teman');
  await page
    .getByLabel('Kolumner', { exact: true })
    .selectOption({ label: 'Teman (samförekomst)' });
  await page.getByLabel('Celler', { exact: true }).selectOption('row');
  await expect(table.locator('caption')).toContainText('Samförekomst av Teman');
  const together = await call<ComputedTable>(page.request, app, 'tables.compute', {
    rows: 'Teman',
    cols: 'Teman',
    unit: 'passages',
    percent: 'row',
  });
  await expect.poll(() => screenRows(table)).toEqual(expectedRows(together));
  // No heading runs into its neighbour: a long compound (Personalomsättning) widens its column.
  const overflowing = await table
    .locator('thead th.col-head')
    .evaluateAll((ths) =>
      ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
    );
  expect(overflowing).toEqual([]);
  const row = (name: string) =>
    (together.rows.find((r) => r.key === name)?.cells ?? []).map((c) => c.n);
  const column = (name: string) => together.columns.findIndex((c) => c.key === name);
  // Of the two Arbetsbelastning passages one overlaps Personalomsättning, and the other way round
  // the one Personalomsättning passage overlaps Arbetsbelastning.
  expect(row('Arbetsbelastning')[column('Arbetsbelastning')]).toBe(2);
  expect(row('Arbetsbelastning')[column('Personalomsättning')]).toBe(1);
  expect(row('Personalomsättning')[column('Arbetsbelastning')]).toBe(1);
  await page.getByText('Urval och räkneregler').click();
  await expect(page.getByLabel('sitter på samma eller överlappande avsnitt')).toBeChecked();
  await page.getByLabel('sitter på samma avsnitt').check();
  // Arbetsbelastning x Personalomsättning (the third theme): together only by the overlap.
  const workload = async () =>
    (await screenRows(table)).find((r) => r[0] === 'Arbetsbelastning')?.slice(5, 7);
  await expect.poll(workload).toEqual(['0', '0,0']);
  await page.getByLabel('sitter på samma eller överlappande avsnitt').check();
  await expect.poll(workload).toEqual(['1', '50,0']);
  await page.getByText('Urval och räkneregler').click();
  await table.scrollIntoViewIfNeeded();
  await page
    .locator('figure.table-figure')
    .screenshot({ path: `${SHOTS}/tables-cooccurrence.png` });
  await page.screenshot({ path: `${SHOTS}/tables-cooccurrence-view.png` });
  await accessible(page, 'Tabeller: the co-occurrence matrix of Teman');

  // In English the blocks and the title read in English.
  await page.getByLabel('Rader', { exact: true }).selectOption('Områden');
  await page.getByLabel('Kolumner', { exact: true }).selectOption('Bedömning');
  await page.getByLabel('Enhet', { exact: true }).selectOption('interviews');
  await page.getByLabel('Dela upp efter', { exact: true }).selectOption('Grupp');
  await page.getByLabel('Språk').selectOption('en');
  await expect(table.locator('thead th.block-head')).toHaveText([
    'All (n = 6)',
    'Medarbetare (n = 3)',
    'Chefer (n = 3)',
  ]);
  await expect(table.locator('caption')).toContainText('Områden by Bedömning, split by Grupp');
  await expect(page.getByLabel('Split by', { exact: true })).toHaveValue('Grupp');
});
