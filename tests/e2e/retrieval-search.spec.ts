import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { expect, test } from './app-fixture';

const SHOTS = 'test-results/screenshots';

async function exampleProject(page: Page, dir: string) {
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(dir, 'Exempel.kvalkod'));
  // Without its coded passages: this spec counts the passages it codes.
  await page.getByLabel('Med kodade exempelavsnitt').uncheck();
  await page.getByRole('button', { name: 'Skapa exempelprojekt' }).click();
  await expect(page.getByRole('heading', { name: 'Exempel', level: 1 })).toBeVisible();
}

async function pickCode(page: Page, label: string, typed: string, option: string | RegExp) {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

test('search, autocode the hits in one undoable step, retrieve the passages and export them', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await exampleProject(page, app.projectDir);

  // Search from the top bar: every form of the word, in three interviews.
  await page.getByRole('searchbox', { name: 'Sök i alla dokument' }).fill('kontorslandskap*');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sök i alla dokument' })).toBeVisible();
  await expect(page.getByText('4 träffar i 3 dokument')).toBeVisible();
  const hits = page.getByRole('list', { name: 'Träffar' });
  // Grouped by document: three documents, four hits.
  await expect(hits.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(hits.locator('li.hit')).toHaveCount(4);
  await expect(hits.locator('mark').first()).toHaveText(/^kontorslandskap/i);
  await page.screenshot({ path: `${SHOTS}/search-hits.png` });

  await page.getByLabel('Markera alla').check();
  await expect(page.getByText('4 av 4 markerade')).toBeVisible();
  await pickCode(page, 'Kod', 'lokaler', 'Lokaler och kontorslandskap');
  await expect(page.getByText('Lokaler och kontorslandskap har 0 kodade avsnitt.')).toBeVisible();
  await page.getByRole('radio', { name: /Mening/ }).check();

  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('region', { name: /kommer att kodas/ });
  await expect(preview.getByRole('heading')).toHaveText('4 avsnitt kommer att kodas');
  await expect(preview).toContainText('Alltså kontorslandskapet.');
  await expect(preview).toContainText(
    'Jag har ju inget att jämföra med, jag har bara jobbat i kontorslandskap.',
  );
  await expect(preview).not.toContainText('Det är bestämt.');
  await page.screenshot({ path: `${SHOTS}/search-preview.png` });

  await page.getByRole('button', { name: 'Koda 4 avsnitt' }).click();
  await expect(page.getByText('Klart: 4 nya, 0 utökade, 0 redan kodade.')).toBeVisible();
  await expect(page.getByText('Lokaler och kontorslandskap har 4 kodade avsnitt.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-autocoded.png` });

  // One step: Ångra takes all four away, Gör om brings them back.
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.getByText('Lokaler och kontorslandskap har 0 kodade avsnitt.')).toBeVisible();
  await expect(page.getByText(/Klart: 4 nya/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(page.getByText('Lokaler och kontorslandskap har 4 kodade avsnitt.')).toBeVisible();
  // The keys do the same here as in the coding view.
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Lokaler och kontorslandskap har 0 kodade avsnitt.')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByText('Lokaler och kontorslandskap har 4 kodade avsnitt.')).toBeVisible();

  // Retrieve the passages with that code; the interviewer's question is left out by default.
  await page.getByRole('navigation').getByRole('button', { name: 'Kodade avsnitt' }).click();
  await expect(page.getByRole('heading', { name: 'Kodade avsnitt', level: 2 })).toBeVisible();
  await pickCode(page, 'Har alla dessa koder (OCH)', 'lokal', 'Lokaler och kontorslandskap');
  await page.getByRole('button', { name: 'Hämta avsnitt' }).click();
  const results = page.getByRole('list', { name: 'Avsnitt' });
  await expect(page.getByText('3 kodade avsnitt i 2 dokument')).toBeVisible();
  await expect(
    results.getByRole('listitem').filter({ has: page.locator('blockquote') }),
  ).toHaveCount(3);
  await expect(results).not.toContainText('Medarbetarna tog också upp');

  await page.getByLabel('Intervjuare', { exact: true }).check();
  await expect(page.getByText('Frågan har ändrats.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Hämta avsnitt' }).click();
  await expect(page.getByText('4 kodade avsnitt i 3 dokument')).toBeVisible();
  await expect(results).toContainText(
    'Medarbetarna tog också upp lokalerna och kontorslandskapet.',
  );
  await expect(
    page.getByText(/Alla kodade avsnitt|Kodade avsnitt med Lokaler och kontorslandskap/),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/retrieval-results.png` });
  const shown = (await results.locator('.result-text').allTextContents()).sort();
  const documents = (await results.locator('.result-doc').allTextContents()).sort();
  expect(shown).toHaveLength(4);

  // CSV: UTF-8 with BOM, semicolons in Swedish, one row per passage shown.
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV', exact: true }).click();
  let file = await download;
  expect(file.suggestedFilename()).toBe('Kodade avsnitt – Lokaler och kontorslandskap.csv');
  const csv = await saved(file);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(csv.toString('utf8').slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  const header = rows[0] ?? [];
  expect(header.slice(0, 6)).toEqual(['Dokument', 'Talare', 'Roll', 'Start', 'Slut', 'Koder']);
  expect(header.at(-1)).toBe('Text');
  expect(
    rows
      .slice(1)
      .map((r) => r.at(-1))
      .sort(),
  ).toEqual(shown);
  expect(
    rows
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(documents);
  await expect(page.getByText(/har laddats ner/)).toBeVisible();

  // XLSX: the same rows, header bold.
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Excel', exact: true }).click();
  file = await download;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await saved(file)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  expect(sheet.getRow(1).getCell(1).value).toBe('Dokument');
  expect(sheet.getRow(1).font.bold).toBe(true);
  const textColumn = sheet.getRow(1).cellCount;
  const cells: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) cells.push(sheet.getRow(r).getCell(textColumn).text);
  expect(cells.sort()).toEqual(shown);

  // DOCX: a document to read, holding the query written out as logic and every passage.
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word', exact: true }).click();
  file = await download;
  const words = (await mammoth.extractRawText({ buffer: await saved(file) })).value;
  expect(words.split(/\n+/)[1]).toBe('Fråga: ”Lokaler och kontorslandskap”');
  expect(words).toContain('Urval: talare: deltagare');
  for (const text of shown) expect(words).toContain(text);

  // A passage opens in the coding view at its place, selected.
  await results.getByRole('button', { name: 'Lindholmen_HT2017_Chefer' }).click();
  await expect(page.getByRole('heading', { name: 'Kodning', level: 2 })).toBeVisible();
  const inspector = page.getByRole('region', { name: 'Valt avsnitt' });
  await expect(inspector).toContainText(
    'Medarbetarna tog också upp lokalerna och kontorslandskapet.',
  );
  await expect(page.locator('.coded-piece.active').first()).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/retrieval-opened-in-coding.png` });

  // A search hit opens with the hit as the current selection, ready to code.
  await page.getByRole('navigation').getByRole('button', { name: 'Sök' }).click();
  await page
    .getByRole('list', { name: 'Träffar' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Bergsjöstaden_VT2018_Chefer' }) })
    .getByRole('button')
    .first()
    .click();
  await expect(page.getByText('15 tecken markerade', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-opened-in-coding.png` });
});

test('the views read in English too, and say what to do when nothing is found', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await exampleProject(page, app.projectDir);
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('navigation').getByRole('button', { name: 'Coded passages' }).click();
  await pickCode(page, 'Has all of these codes (AND)', '3', /^Area 3: Antal medarbetare/);
  await pickCode(page, 'Does not have these codes (NOT)', 'stö', 'Störst behov');
  await page.getByRole('checkbox', { name: 'Chefer', exact: true }).check();
  await page.getByRole('button', { name: 'Retrieve passages' }).click();
  await expect(page.getByText('0 coded passages in 0 documents')).toBeVisible();
  await expect(page.getByText('No coded passages match the query.')).toBeVisible();
  await expect(page.getByText('Grupp: Chefer.', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/retrieval-english-empty.png` });

  await page.getByRole('searchbox', { name: 'Search all documents' }).fill('bibliotek');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No hits for bibliotek.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-english-none.png` });
});
