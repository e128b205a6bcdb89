// Avidentifiering in Chromium: scan the example project (with a planted phone number and e-mail),
// review the list (filter, sort, keyword in context, edit, reject, merge, an own addition, undo),
// and create the pseudonymised copy with its key, reading the report and the warning.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { expectAccessible } from './axe';
import { call, openExample } from './page-helpers';

const SHOTS = 'test-results/screenshots';

test('scan, review and create a pseudonymised copy with its key', async ({
  page,
  app,
  request,
}) => {
  await openExample(page, app);
  await call(request, app, 'memos.save', {
    target: { kind: 'journal' },
    title: 'Kontakt',
    text: 'Åsa nås på 070-123 45 67 och asa.larsson@stad.se.',
  });
  await page.getByRole('button', { name: 'Avidentifiering' }).click();
  await page.getByRole('button', { name: 'Sök efter personuppgifter' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /^Åsa talare/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /070-123 45 67/ })).toBeVisible();
  await expect(page.getByText(/ej granskade · 0 godkända · 0 avvisade/)).toBeVisible();

  // Keyword in context for the chosen candidate.
  await table
    .getByRole('row', { name: /070-123 45 67/ })
    .getByRole('cell')
    .first()
    .click();
  const side = page.getByRole('complementary', { name: 'Där den står' });
  await expect(side.locator('mark', { hasText: '070-123 45 67' })).toBeVisible();

  // Filter by kind, sort by text.
  await page.getByLabel('Typ', { exact: true }).first().selectOption('name');
  await expect(table.getByRole('row', { name: /070-123/ })).toHaveCount(0);
  await table.getByRole('button', { name: 'Text' }).click();
  await expect(table.getByRole('columnheader', { name: /Text/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  // Edit a replacement, accept with Enter, reject another with its button.
  await page.getByLabel('Ersätts med för Göran').fill('Informant G');
  await page.getByLabel('Ersätts med för Göran').press('Enter');
  await table
    .getByRole('row', { name: /^Göran/ })
    .getByRole('cell')
    .first()
    .click();
  await page.keyboard.press('Enter');
  await expect(
    table.getByRole('row', { name: /^Göran/ }).getByRole('button', { name: 'Godkänn' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await table
    .getByRole('row', { name: /^Leila/ })
    .getByRole('button', { name: 'Avvisa' })
    .click();
  await expect(page.getByText(/· 1 godkända · 1 avvisade/)).toBeVisible();

  // Undo takes the last decision back.
  await page.getByRole('button', { name: /Ångra/ }).click();
  await expect(page.getByText(/· 1 godkända · 0 avvisade/)).toBeVisible();

  // Merge Linnéa into Mikael (one person), and add an own word.
  await table
    .getByRole('row', { name: /^Linnéa/ })
    .getByRole('cell')
    .first()
    .click();
  await side.getByLabel('Samma person som').selectOption('Mikael');
  await side.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(table.getByRole('row', { name: /^Linnéa/ })).toHaveCount(0);
  await table
    .getByRole('row', { name: /^Mikael/ })
    .getByRole('cell')
    .first()
    .click();
  await expect(side.getByText('Sammanslagna: Linnéa')).toBeVisible();
  await side.getByLabel('Ord eller fras').fill('Bergsjöstaden');
  await side.getByLabel('Ersätts med', { exact: true }).fill('[stadsdel]');
  await side.getByRole('button', { name: 'Lägg till' }).click();
  await page.getByLabel('Typ', { exact: true }).first().selectOption('all');
  await expect(table.getByRole('row', { name: /^Bergsjöstaden eget/ })).toBeVisible();
  await expectAccessible(page, 'Avidentifiering');
  await page.screenshot({ path: `${SHOTS}/pseudonymise-review.png` });

  // The copy, with undecided candidates too, and the key in another folder.
  await page.getByRole('button', { name: 'Skapa avidentifierad kopia…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skapa avidentifierad kopia' });
  await expect(dialog.getByText(/Förvara den åtskild från kopian/)).toBeVisible();
  const out = join(app.projectDir, 'delad', 'Exempel avid.kvalkod');
  const key = join(app.projectDir, 'Exempel nyckel.csv');
  await dialog
    .getByLabel('Kopian (ny projektfil)')
    .fill(join(app.projectDir, 'Exempel avid.kvalkod'));
  await dialog.getByLabel('Nyckeln (CSV-fil)').fill(key);
  await dialog.getByLabel(/Ersätt även \d+ kandidater/).check();
  await page.screenshot({ path: `${SHOTS}/pseudonymise-copy-dialog.png` });
  await dialog.getByRole('button', { name: 'Skapa kopian' }).click();
  await expect(dialog.getByText(/Kopian är skapad/)).toBeVisible();
  await expect(dialog.getByText(/Nyckeln ligger i samma mapp som kopian/)).toBeVisible();
  await expect(dialog.getByText(/Utbytt: .*Telefon.*Namn/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/pseudonymise-report.png` });
  const copy = readFileSync(join(app.projectDir, 'Exempel avid.kvalkod'));
  for (const s of ['Göran', 'Mikael', 'Linnéa', '070-123 45 67', 'asa.larsson@stad.se'])
    expect(copy.includes(Buffer.from(s)), s).toBe(false);
  expect(readFileSync(key, 'utf8')).toContain('Göran;Informant G;name');
  expect(existsSync(out)).toBe(false);

  // The copy opens as a project with the pseudonyms.
  await dialog.getByRole('button', { name: 'Öppna kopian' }).click();
  await expect(page.getByRole('heading', { name: 'Exempel avid', level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '[stadsdel]_VT2018_Chefer' })).toBeVisible();
  await expect(page.getByText('Göran')).toHaveCount(0);
});
