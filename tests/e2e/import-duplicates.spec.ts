// Issue 11, item 2: importing a text that is already in the project asks first, naming each such
// file and the document it matches: Hoppa över, Importera som nytt dokument or Avbryt (Escape),
// all by keyboard; the others of the batch are imported either way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { call, importFiles } from './page-helpers';

const SHOTS = 'test-results/screenshots';
const TEXT = 'Intervjuare: Hur går introduktionen?\nIP1: Den fungerar bra nu.\n';

test('a text already in the project is asked about: cancel, import as new, or skip', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const inbox = join(app.projectDir, 'in');
  mkdirSync(inbox);
  const file = (name: string, text: string) => {
    const path = join(inbox, name);
    writeFileSync(path, text, 'utf8');
    return path;
  };
  const first = file('Norrby_HT2017_Chefer.txt', TEXT);
  // The same text under another name (and with Windows line ends): still the same text.
  const copy = file('Kopia av Norrby.txt', TEXT.replaceAll('\n', '\r\n'));
  const other = file('Söderby_VT2018_Chefer.txt', 'Intervjuare: Och lönerna?\nIP1: För låga.\n');

  await page.goto(app.url);
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(app.projectDir, 'Dubbletter.kvalkod'));
  await page.getByRole('button', { name: 'Skapa projekt' }).click();
  await expect(page.getByRole('heading', { name: 'Dubbletter', level: 1 })).toBeVisible();

  // Nothing in the project yet: no question.
  let dialog = await importFiles(page, [first]);
  await expect(dialog.getByRole('status')).toHaveText('1 importerad, 0 hoppades över.');
  await dialog.getByRole('button', { name: 'Klar' }).click();

  // The copy and a new text: the question names the copy and the document it matches.
  dialog = await importFiles(page, [copy, other]);
  const ask = page.getByRole('dialog', { name: 'En text finns redan i projektet' });
  await expect(ask).toContainText('Kopia av Norrby.txt: samma text som ”Norrby_HT2017_Chefer”');
  await expect(ask).not.toContainText('Söderby');
  await expect(ask).toContainText('Den andra valda filen importeras som vanligt.');
  await expect(ask.getByRole('button', { name: 'Hoppa över' })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/import-duplicates-ask.png` });

  // Escape is Avbryt: back to the import's settings, nothing imported.
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Importera 2 filer' })).toBeVisible();
  expect(await call<unknown[]>(page.request, app, 'documents.list')).toHaveLength(1);

  // Asked again; by keyboard to "Importera som nytt dokument": both come in.
  await dialog.getByRole('button', { name: 'Importera 2 filer' }).click();
  await expect(ask.getByRole('button', { name: 'Hoppa över' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(ask.getByRole('button', { name: 'Importera som nytt dokument' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('2 importerade, 0 hoppades över.');
  await expect(dialog).not.toContainText('Filer som inte importerades');
  await dialog.getByRole('button', { name: 'Klar' }).click();
  const names = (await call<{ name: string }[]>(page.request, app, 'documents.list')).map(
    (d) => d.name,
  );
  expect(names.sort()).toEqual(
    ['Kopia av Norrby', 'Norrby_HT2017_Chefer', 'Söderby_VT2018_Chefer'].sort(),
  );

  // Once more: now it matches two documents; Enter skips, and the report says why.
  dialog = await importFiles(page, [copy]);
  await expect(ask).toContainText(
    'Kopia av Norrby.txt: samma text som ”Norrby_HT2017_Chefer”, ”Kopia av Norrby”',
  );
  await expect(ask).not.toContainText('andra valda');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('0 importerade, 1 hoppades över.');
  await expect(dialog.getByRole('region', { name: 'Filer som inte importerades' })).toContainText(
    'Kopia av Norrby.txt: texten finns redan i projektet',
  );
  await page.screenshot({ path: `${SHOTS}/import-duplicates-skipped.png` });
  await dialog.getByRole('button', { name: 'Klar' }).click();
  expect(await call<unknown[]>(page.request, app, 'documents.list')).toHaveLength(3);
});
