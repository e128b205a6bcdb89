// The questionnaire import dialog in the built app: a CSV with a bad cell is refused cell by cell
// with Import disabled, the mapping is edited in the one step until nothing is wrong, the result
// is summarised, and a second import of the same question names is stopped before it starts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { SurveySummary } from '../../shared/survey/types';
import { HEADER, ROWS, sheetBytes } from '../unit/handlers/survey-fixtures';
import { expect, test } from './app-fixture';
import { call, openExample } from './page-helpers';

const SHOTS = 'test-results/screenshots';

async function openImportDialog(page: Page) {
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Tabeller', exact: true })
    .click();
  await page.getByRole('tab', { name: 'Enkätens rangordnade frågor' }).click();
  await page.getByRole('button', { name: 'Importera enkät…' }).first().click();
  return page.getByRole('dialog', { name: 'Importera enkät' });
}

test('a questionnaire CSV is mapped in one step, its bad cells listed, then imported', async ({
  page,
  app,
}) => {
  await openExample(page, app);

  // Respondent 3 wrote "15" (no such area) as their second greatest need.
  const rows = ROWS.map((r) => [...r]);
  (rows[2] as string[])[7] = '15';
  const sheet = join(app.projectDir, 'enkät.csv');
  writeFileSync(sheet, await sheetBytes('csv-utf8-bom-comma', [HEADER, ...rows]));

  const dialog = await openImportDialog(page);
  await dialog.getByLabel('Välj fil…').setInputFiles(sheet);
  await expect(dialog.getByText('enkät.csv: CSV, kommaseparerad, UTF-8, 6 rader')).toBeVisible();
  // The proposal, one role per column.
  const role = (column: string) => dialog.getByLabel(`Användning av kolumnen ${column}`);
  await expect(role('ID')).toHaveValue('id');
  await expect(role('Roll')).toHaveValue('attribute');
  await expect(role('Längst 2')).toHaveValue('ranked');
  await expect(dialog.getByLabel('Frågans namn för kolumnen Behov 3')).toHaveValue('Behov');
  await expect(role('Skillnad')).toHaveValue('text');

  const problems = dialog.getByRole('alert');
  await expect(problems).toContainText('1 cell kan inte läsas.');
  await expect(problems).toContainText('Rad 4, kolumn Behov 2: "15" motsvarar inget område');
  const importButton = dialog.getByRole('button', { name: 'Importera', exact: true });
  await expect(importButton).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/survey-problems.png` });

  // Leaving the column out of the mapping clears the problem.
  await role('Behov 2').selectOption('ignore');
  await expect(dialog.getByText('Alla 6 rader kan läsas.')).toBeVisible();
  await expect(importButton).toBeEnabled();
  await dialog.getByLabel('Enkätens namn').fill('Enkät HT 2018');
  await page.screenshot({ path: `${SHOTS}/survey-mapping.png` });
  await importButton.click();

  const result = dialog.getByRole('status');
  await expect(result).toContainText('Enkäten är importerad');
  // The name given, not the file's, names the questionnaire (issue 11, item 12).
  await expect(result).toContainText('Enkät HT 2018: 6 respondenter från enkät.csv.');
  await expect(result).toContainText('Längst: rangordnad fråga med 3 alternativ');
  await expect(result).toContainText('Behov: rangordnad fråga med 2 alternativ');
  await expect(result).toContainText('Skillnad: öppen fråga');
  await expect(result).toContainText('3 öppna svar blev dokument att koda.');
  await page.screenshot({ path: `${SHOTS}/survey-result.png` });
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.survey-source')).toContainText(
    /^Enkät HT 2018 · 6 respondenter · importerad .* från enkät\.csv/,
  );
  const [longest] = await call<{ notes: { key: string; values: Record<string, unknown> }[] }[]>(
    page.request,
    app,
    'survey.table',
    { question: 'Längst' },
  );
  expect(longest?.notes).toContainEqual({ key: 'survey', values: { name: 'Enkät HT 2018' } });

  const [survey] = await call<SurveySummary[]>(page.request, app, 'survey.list');
  expect(survey?.name).toBe('Enkät HT 2018');
  expect(survey?.questions.map((q) => q.columns)).toEqual([
    ['Längst 1', 'Längst 2', 'Längst 3'],
    ['Behov 1', 'Behov 3'],
    ['Skillnad'],
  ]);
  const docs = await call<{ name: string; kind: string }[]>(page.request, app, 'documents.list');
  expect(docs.filter((d) => d.kind === 'answer').map((d) => d.name)).toEqual([
    '1 – Skillnad',
    '3 – Skillnad',
    '6 – Skillnad',
  ]);

  // The same questions again: stopped in the dialog, naming the question, before any import.
  const again = await openImportDialog(page);
  await again.getByLabel('Välj fil…').setInputFiles(sheet);
  await expect(again.getByRole('alert')).toContainText(
    'Projektet har redan en fråga som heter "Längst".',
  );
  await expect(again.getByRole('button', { name: 'Importera', exact: true })).toBeDisabled();
  await again.getByRole('button', { name: 'Avbryt' }).click();
  await expect(again).toHaveCount(0);

  // Deleted whole, after a confirmation: the tab is empty again, the open answers are gone, and
  // the question names are free for the sheet again.
  await page.getByRole('button', { name: 'Ta bort enkäten…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Ta bort enkäten Enkät HT 2018?' });
  await expect(confirm).toContainText('Det går att ångra (Ctrl+Z).');
  await confirm.getByRole('button', { name: 'Ta bort enkäten' }).click();
  await expect(page.getByText('Ingen enkät är importerad ännu.')).toBeVisible();
  expect(await call<SurveySummary[]>(page.request, app, 'survey.list')).toEqual([]);
  const left = await call<{ kind: string }[]>(page.request, app, 'documents.list');
  expect(left.filter((d) => d.kind === 'answer')).toEqual([]);
  const third = await openImportDialog(page);
  await third.getByLabel('Välj fil…').setInputFiles(sheet);
  await third.getByLabel('Användning av kolumnen Behov 2').selectOption('ignore');
  await expect(third.getByText('Alla 6 rader kan läsas.')).toBeVisible();
  await expect(third.getByRole('button', { name: 'Importera', exact: true })).toBeEnabled();
});

test('a workbook opens on its answers, not its cover sheet, and another worksheet can be chosen', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Om enkäten').addRows([['Enkät till medarbetare och chefer'], ['HT 2018']]);
  book.addWorksheet('Svar').addRows([['Enkät HT 2018 – svar'], [], HEADER, ...ROWS]);
  const path = join(app.projectDir, 'enkät.xlsx');
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));

  const dialog = await openImportDialog(page);
  await dialog.getByLabel('Välj fil…').setInputFiles(path);
  await expect(
    dialog.getByText(`enkät.xlsx: Excel-fil, bladet Svar, ${ROWS.length} rader`),
  ).toBeVisible();
  const worksheet = dialog.getByLabel('Kalkylblad');
  await expect(worksheet).toHaveValue('Svar');
  await expect(dialog.getByLabel('Användning av kolumnen ID')).toHaveValue('id');
  await worksheet.selectOption('Om enkäten');
  await expect(dialog.getByText('enkät.xlsx: Excel-fil, bladet Om enkäten, 1 rad')).toBeVisible();
  await worksheet.selectOption('Svar');
  await expect(dialog.getByLabel('Användning av kolumnen Längst 2')).toHaveValue('ranked');
  await dialog.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Enkäten är importerad');
  const [survey] = await call<SurveySummary[]>(page.request, app, 'survey.list');
  expect(survey?.respondents).toBe(ROWS.length);
});

test('the example questionnaire gives ranked tables in one click', async ({ page, app }) => {
  await openExample(page, app);
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Tabeller', exact: true })
    .click();
  await page.getByRole('tab', { name: 'Enkätens rangordnade frågor' }).click();
  await page.getByRole('button', { name: 'Prova med exempelenkäten' }).click();
  await expect(page.getByLabel('Fråga')).toHaveValue('Längst');
  await expect(page.getByText('Bas: n = 117 respondenter.').first()).toBeVisible();
  const [survey] = await call<SurveySummary[]>(page.request, app, 'survey.list');
  expect(survey?.respondents).toBe(117);
});
