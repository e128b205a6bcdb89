import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { interviewDocx, writeMixedFolder } from '../integration/import-fixtures';

test('import through the file chooser, see the progress and the report, open a transcript and its speakers', async ({
  page,
  app,
}) => {
  const folder = join(app.projectDir, 'in');
  mkdirSync(folder);
  await writeMixedFolder(folder);
  const filler = 'Vi pratar om arbetsbelastning och om lokalerna. '.repeat(300);
  for (let i = 0; i < 24; i++)
    writeFileSync(
      join(folder, `Norrby_VT2017_Medarbetare ${i + 1}.docx`),
      await interviewDocx(`${i} ${filler}`),
    );
  const files = [
    'Lindholmen_HT2017_Chefer.docx',
    'Östra_VT2018_Medarbetare.docx',
    'Bergsjön_HT2016_Medarbetare.txt',
    'trasig.docx',
    'tom.txt',
    'egentligen-text.docx',
  ]
    .concat(Array.from({ length: 24 }, (_, i) => `Norrby_VT2017_Medarbetare ${i + 1}.docx`))
    .map((f) => join(folder, f));

  await page.goto(app.url);
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(app.projectDir, 'Import.kvalkod'));
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await page.getByRole('button', { name: 'Importera dokument…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Välj filer…' }).click();
  await (await chooser).setFiles(files);

  await expect(dialog.getByText('30 filer valda:')).toBeVisible();
  await expect(
    dialog.getByText(/I Lindholmen_HT2017_Chefer\.docx: 3 talare, 6 yttranden/),
  ).toBeVisible();
  await expect(
    dialog.getByText(
      'Lindholmen_HT2017_Chefer.docx ger Stadsdelsförvaltning = Lindholmen, Intervjuomgång = HT2017, Grupp = Chefer.',
    ),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/import-settings.png' });

  // The bar follows the check for texts already in the project, which parses the 30 files first;
  // on a quick machine the import may then end between two looks, so the page itself records
  // that the bar was shown, with how far it had come.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Importerar"]');
      const at = bar?.getAttribute('aria-valuenow');
      if (at != null && seen.at(-1) !== at) seen.push(at);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await dialog.getByRole('button', { name: 'Importera 30 filer' }).click();
  const bar = dialog.getByRole('progressbar', { name: 'Importerar' });
  await expect(bar.or(dialog.getByRole('status'))).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screenshots/import-progress.png' });
  await expect(dialog.getByRole('status')).toHaveText('27 importerade, 3 hoppades över.', {
    timeout: 30_000,
  });
  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: string[] }).progressSeen,
  );
  expect(seen.length).toBeGreaterThan(0); // the bar was shown, counting files as they went in
  const skipped = dialog.getByRole('region', { name: 'Filer som inte importerades' });
  await expect(skipped.getByRole('listitem')).toHaveCount(3);
  await expect(skipped).toContainText('trasig.docx: filen är skadad eller ofullständig');
  await page.screenshot({ path: 'test-results/screenshots/import-report.png' });
  await dialog.getByRole('button', { name: 'Klar' }).click();

  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(28); // header + 27 documents
  const row = table.getByRole('row', { name: /Lindholmen_HT2017_Chefer/ });
  await expect(row).toContainText('HT 2017');
  await expect(row).toContainText('Chefer');
  await page.screenshot({ path: 'test-results/screenshots/documents-view.png' });

  await row.getByRole('button', { name: 'Lindholmen_HT2017_Chefer', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Lindholmen_HT2017_Chefer' })).toBeVisible();
  const speakers = page.getByRole('complementary', { name: 'Talare' });
  await expect(speakers.getByLabel('Byt namn på Intervjuare')).toHaveValue('Intervjuare');
  await expect(speakers.getByLabel('Roll för Intervjuare')).toHaveValue('interviewer');
  await expect(speakers.getByLabel('Roll för IP1')).toHaveValue('participant');
  const transcript = page.getByLabel('Transkription');
  await expect(transcript.getByText('IP2', { exact: true }).first()).toBeVisible();
  await expect(
    transcript.getByText(
      'Introduktionsprogrammet för nyanställda fungerar bra – det har kommit längst.',
    ),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/reading-view.png' });

  // Rename a speaker: the label changes in the transcript too, and survives a reload.
  await speakers.getByLabel('Byt namn på IP1').fill('Anna');
  await speakers.getByLabel('Byt namn på IP1').press('Enter');
  await expect(transcript.getByText('Anna', { exact: true }).first()).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Lindholmen_HT2017_Chefer', exact: true }).click();
  await expect(
    page.getByRole('complementary', { name: 'Talare' }).getByLabel('Byt namn på Anna'),
  ).toBeVisible();
});

test('a long transcript opens without paging: only the visible part is in the page', async ({
  page,
  app,
}) => {
  const turns = Array.from(
    { length: 3000 },
    (_, i) =>
      `${i % 5 === 0 ? 'Intervjuare' : `IP${(i % 4) + 1}`}: Yttrande nummer ${i} om arbetsvillkoren, lokalerna och introduktionen för nya medarbetare i förvaltningen.`,
  );
  const path = join(app.projectDir, 'Lång.txt');
  writeFileSync(path, turns.join('\n\n'));
  await page.goto(app.url);
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(app.projectDir, 'Lång.kvalkod'));
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await page.getByRole('button', { name: 'Importera dokument…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Välj filer…' }).click();
  await (await chooser).setFiles([path]);
  await page.getByRole('button', { name: 'Importera 1 fil' }).click();
  await page.getByRole('button', { name: 'Klar' }).click();
  await page.getByRole('button', { name: 'Lång', exact: true }).click();

  const transcript = page.getByLabel('Transkription');
  await expect(transcript.getByText('Yttrande nummer 0 om', { exact: false })).toBeVisible();
  const rendered = await transcript.locator('.block').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);
  await transcript.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(transcript.getByText('Yttrande nummer 2999 om', { exact: false })).toBeVisible();
});
