// REFI-QDA exchange in Chromium: export the project and the codebook from the top bar, merge a
// .qdc, and import a quirky .qdpx from the start screen with a progress bar and its warnings.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { quirksQdpx } from '../unit/refi/quirks-fixture';
import { qualcoderQdpx } from '../unit/refi/qualcoder-fixture';
import { expect, test } from './app-fixture';

const SHOTS = 'test-results/screenshots';

const QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
  <Codes>
    <Code guid="0983e32e-6866-431a-bd94-dac9bb963825" name="Teman" isCodable="false">
      <Code guid="7496ba52-9c8d-4396-8fab-cc438614e453" name="Kollegialt stöd" isCodable="true" color="#123456"/>
      <Code guid="d299efae-5779-46dc-9827-a3d1a5d544bc" name="Lön" isCodable="true"/>
    </Code>
  </Codes>
</CodeBook>`;

test('export .qdpx and .qdc, merge a .qdc, import a .qdpx as a new project with its warnings', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(app.projectDir, 'Exempel.kvalkod'));
  // Without its coded passages: this spec counts the passages it codes.
  await page.getByLabel('Med kodade exempelavsnitt').uncheck();
  await page.getByRole('button', { name: 'Skapa exempelprojekt' }).click();
  await expect(page.getByRole('heading', { name: 'Exempel', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Utbyte' }).click();
  const dialog = page.getByRole('dialog', { name: 'Utbyte med andra program (REFI-QDA)' });
  const [qdpx] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Exportera projektet (.qdpx)' }).click(),
  ]);
  expect(qdpx.suggestedFilename()).toBe('Exempel.qdpx');
  const zip = readFileSync(await qdpx.path());
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  expect(zip.includes(Buffer.from('project.qde'))).toBe(true);
  await expect(dialog.getByText('Exempel.qdpx har sparats')).toBeVisible();
  await expect(dialog.getByText(/[1-9]\d* dokument, 35 koder/)).toBeVisible();

  const [qdc] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Exportera kodboken (.qdc)' }).click(),
  ]);
  expect(readFileSync(await qdc.path(), 'utf8')).toContain('urn:QDA-XML:codebook:1.0');

  // Merge a codebook: "Lön" is already there, "Kollegialt stöd" is new.
  const qdcFile = join(app.projectDir, 'nvivo.qdc');
  writeFileSync(qdcFile, QDC);
  await dialog.getByLabel('Välj en .qdc-fil…').setInputFiles(qdcFile);
  await expect(dialog.getByText('Importen är klar.')).toBeVisible();
  await expect(dialog.getByText(/0 dokument, 1 kod, 0 kodade avsnitt/)).toBeVisible();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'fanns redan i kodboken' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/refi-exchange.png` });
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await page.getByRole('button', { name: 'Kodbok', exact: true }).click();
  await expect(page.getByText('Kollegialt stöd').first()).toBeVisible();

  // A .qdpx from another tool becomes a new project; the upload is slowed so the steps show.
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  const file = join(app.projectDir, 'Annat verktyg.qdpx');
  writeFileSync(file, quirksQdpx());
  await page.route('**/upload?**', async (route) => {
    await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await page.getByRole('button', { name: /Importera REFI-QDA-projekt/ }).click();
  const importer = page.getByRole('dialog', { name: /Importera ett REFI-QDA-projekt/ });
  await importer.getByLabel('Välj en .qdpx-fil…').setInputFiles(file);
  await expect(importer.getByLabel('Det nya projektets fil')).toHaveValue(
    join(app.projectDir, 'Annat verktyg.kvalkod'),
  );
  await importer.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(
    importer.getByRole('progressbar', { name: /Steg 1 av 2: Läser in filen/ }),
  ).toBeVisible();
  await expect(importer.getByText('Importen är klar.')).toBeVisible();
  await expect(importer.getByText(/3 dokument, 4 koder, 5 kodade avsnitt/)).toBeVisible();
  const warnings = importer.getByRole('list', { name: /Anmärkningar/ });
  await expect(warnings.getByRole('listitem').filter({ hasText: 'Rapport.pdf' })).toBeVisible();
  await expect(
    warnings.getByRole('listitem').filter({ hasText: 'pekar utanför mappen sources' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/refi-import-report.png` });
  await importer.getByRole('button', { name: 'Öppna projektet' }).click();
  await expect(page.getByRole('heading', { name: 'Annat verktyg', level: 1 })).toBeVisible();
  await expect(page.getByText('Intervju med CRLF')).toBeVisible();
});

test('a QualCoder project keeps its cases: the report names them with their documents, and Dokument shows them as Fall', async ({
  page,
  app,
}) => {
  const file = join(app.projectDir, 'Från QualCoder.qdpx');
  writeFileSync(file, qualcoderQdpx());
  await page.goto(app.url);
  await page.getByRole('button', { name: /Importera REFI-QDA-projekt/ }).click();
  const importer = page.getByRole('dialog', { name: /Importera ett REFI-QDA-projekt/ });
  await importer.getByLabel('Välj en .qdpx-fil…').setInputFiles(file);
  await importer.getByRole('button', { name: 'Importera', exact: true }).click();
  await expect(importer.getByText('Importen är klar.')).toBeVisible();
  await expect(
    importer.getByText(/2 dokument, 0 koder, 0 kodade avsnitt, 0 memon, 2 fall/),
  ).toBeVisible();
  const cases = importer.getByRole('list', { name: /Fall och deras dokument/ });
  await expect(cases.getByRole('listitem')).toHaveText([
    'Anna: Intervju 1.docx, Intervju 2.odt',
    'Bertil: Intervju 2.odt',
  ]);
  // Nothing is named by a GUID.
  await expect(importer).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await page.screenshot({ path: `${SHOTS}/refi-qualcoder-cases.png` });
  await importer.getByRole('button', { name: 'Öppna projektet' }).click();

  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: /Fall/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Intervju 2\.odt/ })).toContainText('Anna, Bertil');
  await expect(table.getByRole('row', { name: /Intervju 1\.docx/ })).toContainText('Lindholmen');
  await page.getByLabel('Visa bara dokument med Fall').selectOption('Bertil');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}/refi-qualcoder-documents.png` });
});
