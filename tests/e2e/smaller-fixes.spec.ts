// Issue 11, item 12: the smaller things a researcher stumbled on. A new project in a folder that
// does not exist says so before it is created (and a taken name is said); the example project
// ships with coded passages; the bulk attribute dialog's value field takes the dialog's width.
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { call } from './page-helpers';

const SHOTS = 'test-results/screenshots';

test('a new project in a folder that does not exist says the folder will be created', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt projekt' });
  const folder = join(app.projectDir, 'Studie 2019', 'Omgång 1');
  const field = dialog.getByLabel('Projektfil');
  // The proposed place exists: nothing to say.
  await expect(dialog.getByRole('status')).toHaveCount(0);
  await field.fill(join(folder, 'Intervjuer'));
  await expect(dialog.getByRole('status')).toHaveText(
    `Mappen ${folder} finns inte ännu. Den skapas när du skapar projektet.`,
  );
  await page.screenshot({ path: `${SHOTS}/new-project-new-folder.png` });
  await dialog.getByRole('button', { name: 'Skapa projekt' }).click();
  await expect(page.getByRole('heading', { name: 'Intervjuer' })).toBeVisible();

  // The same name again: taken, said before the click that would fail.
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await dialog.getByLabel('Projektfil').fill(join(folder, 'Intervjuer'));
  await expect(dialog.getByRole('status')).toHaveText(
    `Det finns redan en fil med det namnet (${join(folder, 'Intervjuer.kvalkod')}). Välj ett annat namn.`,
  );
});

test('the example project ships coded; the bulk attribute dialog gives the value the whole width', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  await expect(page.getByLabel('Med kodade exempelavsnitt')).toBeChecked();
  await page.getByRole('button', { name: 'Skapa exempelprojekt' }).click();
  const row = page.getByRole('row', { name: /Lindholmen_HT2017_Medarbetare/ });
  // The example ships coded: seven passages in this interview (resources/examples/kodningar.json).
  await expect(row.getByRole('cell').last()).toHaveText('7');
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Tabeller' })
    .click();
  // Area x assessment has numbers: area 13 is coded 'Störst behov' three times.
  const area13 = page.getByRole('table').getByRole('row', { name: /Lämpliga lokaler/ });
  await expect(area13).toContainText('3');
  await page.screenshot({ path: `${SHOTS}/example-tables.png` });
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Dokument' })
    .click();
  await page.getByLabel('Markera Åsbacka_HT2018_Chefer').check();
  await page.getByLabel('Markera Åsbacka_HT2018_Medarbetare').check();
  await page.getByRole('button', { name: 'Sätt egenskap för 2 markerade…' }).click();
  const bulk = page.getByRole('dialog', { name: 'Sätt egenskap för 2 markerade…' });
  await bulk.getByLabel('Egenskap').selectOption('Verksamhetsområden');
  const value = bulk.getByLabel('Värde');
  await value.fill('BOU; Ek; Vuxen; Äldre; Funk; Psyk');
  const form = await bulk.locator('form').boundingBox();
  const box = await value.boundingBox();
  if (!form || !box) throw new Error('the dialog is not shown');
  expect(box.width).toBeGreaterThan(form.width * 0.95);
  await page.screenshot({ path: `${SHOTS}/bulk-attribute-dialog.png` });
});

test('new codes never take a colour in use; areas 2 and 13 are told apart', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  await page.getByRole('button', { name: 'Skapa exempelprojekt' }).click();
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Kodbok' })
    .click();
  for (const name of ['Samverkan', 'Digitalisering', 'Hot och hat']) {
    await page.getByRole('button', { name: '+ Ny kod…' }).click();
    const create = page.getByRole('dialog', { name: 'Ny kod' });
    await create.getByLabel('Namn').fill(name);
    await create.getByRole('button', { name: 'Skapa kod' }).click();
    await expect(create).toHaveCount(0);
  }
  const codes = await call<{ name: string; number: number | null; color: string }[]>(
    page.request,
    app,
    'codes.list',
  );
  const colors = codes.map((c) => c.color.toUpperCase());
  for (const name of ['Samverkan', 'Digitalisering', 'Hot och hat']) {
    const color = codes.find((c) => c.name === name)?.color.toUpperCase();
    expect(
      colors.filter((c) => c === color),
      name,
    ).toHaveLength(1);
  }
  const area = (n: number) => codes.find((c) => c.number === n)?.color;
  expect(area(13)).not.toBe(area(2));
  await page.screenshot({ path: `${SHOTS}/codebook-new-colours.png` });
});
