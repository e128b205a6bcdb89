// Issue 11, item 6: everything the researcher reads is in the interface language. Import reasons
// and the .docx reader's notices in plain Swedish words (or English when English is chosen),
// plurals right, failures as Swedish toasts, never an English sentence on a Swedish screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { call, importFiles } from './page-helpers';
import { cp1252Text, libreOfficeDocx, utf16Text, wordDocx } from './walk-files';

const SHOTS = 'test-results/screenshots';
/** Sentences the Node side writes in English: none may reach a Swedish screen. */
const ENGLISH = /\b(?:is not|was read|referenced|could not|There is|the value|no longer)\b/;

const TURNS = [
  'Intervjuare: Var har arbetet kommit längst?',
  'IP1: Introduktionen för nyanställda, tycker jag. Och lönerna på Ängö.',
];

async function newProject(page: Page, dir: string, name: string) {
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(dir, `${name}.kvalkod`));
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('the import report is in Swedish: plain words for the reader notices, plurals right', async ({
  page,
  app,
}) => {
  const inbox = join(app.projectDir, 'in');
  mkdirSync(inbox);
  const lo = libreOfficeDocx(inbox, 'Norrby_HT2017_Chefer.docx', TURNS);
  await page.goto(app.url);
  await newProject(page, app.projectDir, 'Språk');

  // One file: "1 importerad", and the LibreOffice notice in plain Swedish with the file's own name.
  let dialog = await importFiles(page, [lo.path]);
  await expect(dialog.getByRole('status')).toHaveText('1 importerad, 0 hoppades över.');
  const check = dialog.getByRole('region', { name: 'Att kontrollera' });
  await expect(check).toContainText(
    'Norrby_HT2017_Chefer.docx hänvisar till styckeformatet ”Heading1”, som inte finns i själva filen',
  );
  await expect(check).not.toContainText(ENGLISH);
  await page.screenshot({ path: `${SHOTS}/one-language-import-report.png` });
  await dialog.getByRole('button', { name: 'Klar' }).click();

  // Old Windows text and a UTF-16 file, one broken: every line in Swedish.
  const old = cp1252Text(inbox, 'Söderby_VT2018_Medarbetare.txt', TURNS);
  const wide = utf16Text(inbox, 'Östra_VT2018_Chefer.txt', [...TURNS, 'IP2: Och UTF-16.']);
  const word = await wordDocx(inbox, 'Väster_HT2018_Chefer.docx', TURNS);
  const broken = join(inbox, 'trasig.docx');
  (await import('node:fs')).writeFileSync(broken, 'PK\u0003\u0004 inte en riktig fil');
  dialog = await importFiles(page, [old.path, wide.path, word.path, broken]);
  // One of them has the text of the first file: asked, skipped, said in Swedish.
  await page
    .getByRole('dialog', { name: /finns redan i projektet/ })
    .getByRole('button', { name: 'Hoppa över' })
    .click();
  await expect(dialog.getByRole('status')).toHaveText('2 importerade, 2 hoppades över.');
  await expect(dialog.getByRole('region', { name: 'Att kontrollera' })).toContainText(
    'Söderby_VT2018_Medarbetare.txt är inte sparad som UTF-8; den lästes som Windows-1252',
  );
  const skipped = dialog.getByRole('region', { name: 'Filer som inte importerades' });
  await expect(skipped).toContainText('trasig.docx: filen är skadad eller ofullständig');
  await expect(skipped).toContainText(': texten finns redan i projektet');
  await expect(skipped).toContainText('svara ”Importera som nytt dokument”');
  await expect(dialog).not.toContainText(ENGLISH);
  await page.screenshot({ path: `${SHOTS}/one-language-import-skipped.png` });
  await dialog.getByRole('button', { name: 'Klar' }).click();
});

test('a failure is a toast in the interface language, never the English message', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await newProject(page, app.projectDir, 'Fel');
  const docs = join(app.projectDir, 'in');
  mkdirSync(docs);
  const dialog = await importFiles(page, [(await wordDocx(docs, 'Intervju.docx', TURNS)).path]);
  await dialog.getByRole('button', { name: 'Klar' }).click();

  // A code deleted behind the window's back (as another project's stale query did): the toast
  // says so in Swedish.
  const codes = await call<{ id: number; name: string }[]>(page.request, app, 'codes.list');
  const lon = codes.find((c) => c.name === 'Lön');
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Kodade avsnitt' })
    .click();
  await page.getByRole('combobox', { name: 'Har alla dessa koder (OCH)' }).fill('Lön');
  await page.getByRole('option', { name: 'Lön', exact: true }).click();
  await call(page.request, app, 'codes.delete', { id: lon?.id });
  await page.getByRole('button', { name: 'Hämta avsnitt' }).click();
  const notices = page.getByRole('region', { name: 'Meddelanden' });
  await expect(notices).toContainText('Koden finns inte längre');
  await expect(notices).not.toContainText(ENGLISH);
  await page.screenshot({ path: `${SHOTS}/one-language-toast.png` });
});
