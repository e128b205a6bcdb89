// Tabeller in the built app: build Områden x Bedömning by interviews for the managers' groups,
// check every number on screen against tables.compute, save it, code one more passage and see the
// saved table count it, and export it to Excel, Word and CSV holding the numbers on screen.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { parse } from 'node-html-parser';
import Papa from 'papaparse';
import type { ComputedTable, TableDefinition } from '../../shared/tables/types';
import { sheetBytes } from '../unit/handlers/survey-fixtures';
import { expect, test } from './app-fixture';
import { call, openExample, selectPhrase } from './page-helpers';
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

const MANAGERS: Partial<TableDefinition> = {
  rows: 'Områden',
  cols: 'Bedömning',
  unit: 'interviews',
  filters: [{ name: 'Grupp', values: ['Chefer'] }],
};

test('build a table, save it, see it follow the coding, export it', async ({ page, app }) => {
  await openExample(page, app);
  await codeExample(page, app);
  await page.reload();
  await nav(page, 'Tabeller').click();
  await expect(page.getByRole('heading', { name: 'Tabeller', level: 2 })).toBeVisible();

  // Områden x Bedömning by interviews, the managers' groups only.
  await page.getByLabel('Rader', { exact: true }).selectOption('Områden');
  await page.getByLabel('Kolumner', { exact: true }).selectOption('Bedömning');
  await page.getByLabel('Enhet', { exact: true }).selectOption('interviews');
  await page.getByText('Urval och räkneregler').click();
  await page.getByRole('group', { name: 'Grupp' }).getByLabel('Chefer').check();
  await expect(page.getByLabel('Räkna med intervjuarens repliker')).not.toBeChecked();
  await expect(page.getByLabel('sitter på samma eller överlappande avsnitt')).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/tables-builder-open.png` });
  await page.getByText('Urval och räkneregler').click();
  const table = page.getByRole('table');
  await expect(baseLine(page, 'Bas: n = 3 intervjuer.')).toBeVisible();
  await expect(page.getByText('Urval: Grupp = Chefer.')).toBeVisible();

  // Every number on screen is what tables.compute gives for the same definition.
  let computed = await call<ComputedTable>(page.request, app, 'tables.compute', MANAGERS);
  expect(computed.base).toBe(3);
  let shown = await screenRows(table);
  expect(shown).toEqual(expectedRows(computed));
  // ... and what the coding says: area 9 named as furthest along in two of the three groups.
  const row = (label: RegExp) => shown.find((r) => label.test(r[0] ?? '')) ?? [];
  expect(row(/^9\. Medhandläggarskap/).slice(1, 3)).toEqual(['2', '66,7']);
  expect(row(/^8\. Systematisk/).slice(1, 3)).toEqual(['0', '0,0']);
  expect(row(/^Total$/).slice(1, 3)).toEqual(['3', '100,0']);
  await page.screenshot({ path: `${SHOTS}/tables-builder.png` });

  // Saved as "Tabell 3": the caption takes its name.
  await page.getByRole('textbox', { name: 'Namn' }).fill('Tabell 3');
  await page.getByRole('button', { name: 'Spara tabell' }).click();
  const savedList = page.getByRole('list', { name: 'Sparade tabeller' });
  await expect(savedList.getByRole('button', { name: 'Tabell 3', exact: true })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(table.locator('caption')).toContainText('Tabell 3');

  // Another table on screen, then more coding in the Kodning view.
  await page.getByLabel('Enhet', { exact: true }).selectOption('passages');
  await expect(savedList).toContainText('Tabell 3 (ändrad)');
  await nav(page, 'Kodning').click();
  await page
    .getByLabel('Dokument', { exact: true })
    .selectOption({ label: 'Åsbacka_HT2018_Chefer' });
  await selectPhrase(page, 'Jag säger ärendehandledningen');
  const inspector = page.getByRole('region', { name: 'Valt avsnitt' }).getByRole('listitem');
  await page.keyboard.press('8');
  await expect(inspector).toHaveCount(1);
  await page.keyboard.press('l');
  await expect(inspector).toHaveCount(2);

  // The saved table opens with the new numbers.
  await nav(page, 'Tabeller').click();
  await savedList.getByRole('button', { name: /^Tabell 3/ }).click();
  await expect(page.getByLabel('Enhet', { exact: true })).toHaveValue('interviews');
  computed = await call<ComputedTable>(page.request, app, 'tables.compute', MANAGERS);
  await expect.poll(() => screenRows(table)).toEqual(expectedRows(computed));
  shown = await screenRows(table);
  expect(row(/^8\. Systematisk/).slice(1, 3)).toEqual(['1', '33,3']);
  await table.screenshot({ path: `${SHOTS}/tables-table.png` });

  // Undo in the Tables view takes the passage back, and the table follows.
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await screenRows(table)).find((r) => /^8\. /.test(r[0] ?? ''))?.[1])
    .toBe('0');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => screenRows(table)).toEqual(expectedRows(computed));

  // Excel: the numbers on screen, stored as numbers.
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel', exact: true }).click();
  let file = await download;
  expect(file.suggestedFilename()).toBe('Tabell 3.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await saved(file)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  expect(sheet.getCell(1, 1).text).toBe('Tabell 3');
  const sheetLines: ExcelJS.Row[] = [];
  sheet.eachRow((r) => sheetLines.push(r));
  for (const line of shown) {
    const found = sheetLines.find((r) => r.getCell(1).text === line[0]);
    if (!found) throw new Error(`"${line[0]}" is not in the workbook`);
    const cells = line.slice(1).map((_, i) => found.getCell(i + 2));
    expect(cells.every((c) => c.value === null || typeof c.value === 'number')).toBe(true);
    expect(cells.map(cellText)).toEqual(line.slice(1));
  }
  expect(sheetLines.map((r) => r.getCell(1).text)).toContain('Bas: n = 3 intervjuer.');

  // Word: a real table holding the same texts, caption and base.
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word', exact: true }).click();
  file = await download;
  expect(file.suggestedFilename()).toBe('Tabell 3.docx');
  const html = (await mammoth.convertToHtml({ buffer: await saved(file) })).value;
  const doc = parse(html);
  const wordRows = doc
    .querySelectorAll('table tr')
    .map((tr) => tr.querySelectorAll('td, th').map((c) => c.text.trim()));
  for (const line of shown) expect(wordRows).toContainEqual(line);
  expect(doc.text).toContain('Tabell 3');
  expect(doc.text).toContain('Bas: n = 3 intervjuer.');

  // CSV: UTF-8 with BOM, semicolons and decimal commas as the screen shows in Swedish.
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV', exact: true }).click();
  file = await download;
  const csv = await saved(file);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvRows = Papa.parse<string[]>(csv.toString('utf8').slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  for (const line of shown) expect(csvRows).toContainEqual(line);
  await expect(page.getByText('Tabell 3.csv har laddats ner.')).toBeVisible();

  // The chart under the table, saved as SVG and PNG.
  const chart = page.getByRole('figure', { name: 'Diagram' });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart.getByRole('radio', { name: 'Stapel' })).toBeChecked();
  // Tall enough for the whole chart, so the picture is not cut by the window.
  await page.setViewportSize({ width: 1280, height: 1800 });
  await chart.screenshot({ path: `${SHOTS}/tables-chart-bar.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  download = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Spara SVG' }).click();
  file = await download;
  expect(file.suggestedFilename()).toBe('Tabell 3.svg');
  const svg = (await saved(file)).toString('utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Medhandläggarskap');
  download = page.waitForEvent('download');
  await chart.getByRole('button', { name: 'Spara PNG' }).click();
  file = await download;
  expect([...(await saved(file)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

  // Over the interview rounds the chart starts as a trend.
  await page.getByLabel('Rader', { exact: true }).selectOption('Områden');
  await page.getByLabel('Kolumner', { exact: true }).selectOption('Intervjuomgång');
  await expect(table.locator('thead')).toContainText('HT 2018');
  await expect(chart.getByRole('radio', { name: 'Trend' })).toBeChecked();
  await chart.scrollIntoViewIfNeeded();
  await chart.screenshot({ path: `${SHOTS}/tables-chart-trend.png` });
});

test('the questionnaire gives ranked tables, whole and split by role', async ({ page, app }) => {
  await openExample(page, app);
  await nav(page, 'Tabeller').click();
  await page.getByRole('tab', { name: 'Enkätens rangordnade frågor' }).click();
  await expect(page.getByText('Ingen enkät är importerad ännu.')).toBeVisible();

  // The sheet a Swedish Excel saves (semicolons, Windows-1252), imported through the dialog.
  const sheet = join(app.projectDir, 'enkät.csv');
  writeFileSync(sheet, await sheetBytes('csv-1252-semicolon'));
  await page.getByRole('button', { name: 'Importera enkät…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera enkät' });
  await dialog.getByLabel('Välj fil…').setInputFiles(sheet);
  await dialog.getByLabel('Användning av kolumnen Roll').selectOption('attribute');
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Fråga', { exact: true })).toHaveValue('Längst');
  const table = page.getByRole('table');
  await expect(table).toHaveCount(1);
  const [whole] = await call<ComputedTable[]>(page.request, app, 'survey.table', {
    question: 'Längst',
  });
  if (!whole) throw new Error('no ranked table');
  await expect.poll(() => screenRows(table)).toEqual(expectedRows(whole));
  const heads = await table.locator('thead th').allTextContents();
  expect(heads).toEqual(expect.arrayContaining(['Antal', 'Procent']));
  const labels = (await screenRows(table)).map((r) => r[0]);
  expect(labels.slice(-2)).toEqual(['Ej svar', 'Total']);
  await expect(baseLine(page, 'Bas: n = 6 respondenter.')).toBeVisible();
  await table.screenshot({ path: `${SHOTS}/tables-ranked.png` });
  await page.screenshot({ path: `${SHOTS}/tables-ranked-view.png` });

  // Split by role: the whole, then one table per role, each with its own base.
  await page.getByLabel('Dela upp efter', { exact: true }).selectOption('Roll');
  await expect(page.getByRole('table')).toHaveCount(3);
  const split = await call<ComputedTable[]>(page.request, app, 'survey.table', {
    question: 'Längst',
    by: 'Roll',
  });
  for (const [i, t] of split.entries())
    await expect.poll(() => screenRows(page.getByRole('table').nth(i))).toEqual(expectedRows(t));
  await expect(baseLine(page, 'Bas: n = 3 respondenter.')).toHaveCount(2);
});

test('saved tables: replace after asking, delete with a way back; English numbers', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await codeExample(page, app);
  await page.reload();
  await nav(page, 'Tabeller').click();
  const table = page.getByRole('table');
  await expect(baseLine(page, 'Bas: n = 10 avsnitt.')).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Namn' });
  const savedList = page.getByRole('list', { name: 'Sparade tabeller' });
  await name.fill('Tabell 1');
  await name.press('Enter');
  await expect(savedList.getByRole('button', { name: 'Tabell 1', exact: true })).toBeVisible();

  // The same name again: asked first; Avbryt keeps the saved one, Ersätt replaces it.
  await page.getByLabel('Enhet', { exact: true }).selectOption('interviews');
  await page.getByRole('button', { name: 'Spara tabell' }).click();
  const ask = page.getByRole('dialog', { name: 'Ersätta den sparade tabellen?' });
  await expect(ask).toContainText('Det finns redan en sparad tabell som heter Tabell 1.');
  await ask.getByRole('button', { name: 'Avbryt' }).click();
  let list = await call<{ name: string; definition: TableDefinition }[]>(
    page.request,
    app,
    'tables.saved.list',
  );
  expect(list.map((s) => [s.name, s.definition.unit])).toEqual([['Tabell 1', 'passages']]);
  await page.getByRole('button', { name: 'Spara tabell' }).click();
  await ask.getByRole('button', { name: 'Ersätt' }).click();
  await expect(ask).toHaveCount(0);
  list = await call(page.request, app, 'tables.saved.list');
  expect(list.map((s) => [s.name, s.definition.unit])).toEqual([['Tabell 1', 'interviews']]);

  // Deleted, then brought back with Ångra.
  await page.getByRole('button', { name: 'Ta bort Tabell 1' }).click();
  await expect(page.getByText('Tabell 1 togs bort.')).toBeVisible();
  await expect(savedList).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Ångra' }).click();
  await expect(savedList.getByRole('button', { name: 'Tabell 1', exact: true })).toBeVisible();
  list = await call(page.request, app, 'tables.saved.list');
  expect(list.map((s) => [s.name, s.definition.unit])).toEqual([['Tabell 1', 'interviews']]);

  // In English the same table reads with English words and decimal points.
  await page.getByLabel('Språk').selectOption('en');
  await page.getByLabel('Cells', { exact: true }).selectOption('row');
  await expect(baseLine(page, 'Base: n = 6 interviews.')).toBeVisible();
  const computed = await call<ComputedTable>(page.request, app, 'tables.compute', {
    rows: 'Områden',
    cols: 'Bedömning',
    unit: 'interviews',
    percent: 'row',
  });
  const english = expectedRows(computed).map((r) =>
    r.map((c, i) => (i === 0 ? c.replace('Inte kodad', 'Not coded') : c.replace(',', '.'))),
  );
  await expect.poll(() => screenRows(table)).toEqual(english);
  expect(english.flat().some((c) => /^\d+\.\d$/.test(c))).toBe(true);
  await page.screenshot({ path: `${SHOTS}/tables-english.png` });
});

test('an empty project says what to do first; uncoded interviews say where to code', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(app.projectDir, 'Tom.kvalkod'));
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await nav(page, 'Tabeller').click();
  await expect(page.getByText('Det finns inget att räkna ännu.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importera enkät…' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/tables-empty.png` });

  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  await openExample(page, app);
  await nav(page, 'Tabeller').click();
  await expect(page.getByText(/Inga avsnitt är kodade ännu/)).toBeVisible();
  await expect(baseLine(page, 'Bas: n = 0 avsnitt.')).toBeVisible();
  // Zero rows are kept: every area is listed, with nothing counted.
  const rows = await screenRows(page.getByRole('table'));
  expect(rows.filter((r) => /^\d+\. /.test(r[0] ?? ''))).toHaveLength(14);
});
