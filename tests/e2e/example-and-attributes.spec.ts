import { join } from 'node:path';
import { expect, test } from './app-fixture';

test('the example project opens in one click, and attributes are edited in the grid', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Exempelprojekt' });
  await expect(dialog.getByLabel('Projektfil')).toHaveValue(
    join(app.projectDir, 'Exempelprojekt.kvalkod'),
  );
  await dialog.getByRole('button', { name: 'Skapa exempelprojekt' }).click();

  await expect(page.getByRole('heading', { name: 'Exempelprojekt' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(7);
  const row = table.getByRole('row', { name: /Lindholmen_HT2017_Chefer/ });
  await expect(row).toContainText('HT 2017');
  await expect(row).toContainText('BOU, Ek, Vuxen, Äldre');

  // Filter by an attribute: only the manager interviews remain.
  await page.getByLabel('Visa bara dokument med Grupp').selectOption('Chefer');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(page.getByText('3 av 6 dokument')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/documents-filtered.png' });
  await page.getByLabel('Visa bara dokument med Grupp').selectOption('');

  // Inline edit of one cell, then bulk-set a value on two selected documents.
  await row.getByRole('button', { name: 'Ändra Längd för Lindholmen_HT2017_Chefer' }).click();
  const cell = row.getByLabel('Ändra Längd för Lindholmen_HT2017_Chefer');
  await cell.fill('76');
  await cell.press('Enter');
  await expect(
    row.getByRole('button', { name: 'Ändra Längd för Lindholmen_HT2017_Chefer' }),
  ).toHaveText('76');

  await page.getByLabel('Markera Åsbacka_HT2018_Chefer').check();
  await page.getByLabel('Markera Åsbacka_HT2018_Medarbetare').check();
  await page.getByRole('button', { name: 'Sätt egenskap för 2 markerade…' }).click();
  const bulk = page.getByRole('dialog', { name: 'Sätt egenskap för 2 markerade…' });
  await bulk.getByLabel('Egenskap').selectOption('Längd');
  await bulk.getByLabel('Värde').fill('80');
  await bulk.getByRole('button', { name: 'Spara' }).click();
  await expect(table.getByRole('row', { name: /Åsbacka_HT2018_Medarbetare/ })).toContainText('80');

  // Saved in the project: still there after a reload.
  await page.reload();
  await expect(table.getByRole('row', { name: /Lindholmen_HT2017_Chefer/ })).toContainText('76');
  await expect(table.getByRole('row', { name: /Åsbacka_HT2018_Chefer/ })).toContainText('80');
});
