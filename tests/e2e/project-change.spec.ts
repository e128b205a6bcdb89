// Issue 11, item 1: opening another project shows nothing of the one before. Two projects are
// opened in turn; after each change every view is checked for the other project's data, and
// nothing the first project left behind (a query, a passage, a search) may act on the second.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './app-fixture';
import { call, openExample, selectPhrase } from './page-helpers';
import { cp1252Text, markdown } from './walk-files';

const SHOTS = 'test-results/screenshots';
/** Words that only the example project has: none may show in the other project. */
const ONLY_IN_A = ['Lokaler och kontorslandskap', 'Lindholmen', 'kontorslandskap', 'Bergsjöstaden'];

async function view(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name }).click();
}

async function expectNothingOf(page: Page, words: string[]) {
  const text = await page.locator('body').innerText();
  for (const w of words) expect(text, `"${w}" is on screen`).not.toContain(w);
  await expect(page.getByRole('region', { name: 'Meddelanden' }).locator('p')).toHaveCount(0);
}

/** Codes one passage with "Lokaler och kontorslandskap" in each of two interviews of A. */
async function codeSomeOfA(page: Page, app: RunningApp) {
  const codes = await call<{ id: number; name: string }[]>(page.request, app, 'codes.list');
  const code = codes.find((c) => c.name === 'Lokaler och kontorslandskap');
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  for (const doc of docs.slice(0, 2)) {
    const content = await call<{ text: string }>(page.request, app, 'documents.content', {
      ref: doc.id,
    });
    const at = content.text.indexOf('lokal');
    await call(page.request, app, 'segments.create', {
      documentId: doc.id,
      start: Math.max(at, 0),
      end: Math.max(at, 0) + 40,
      codeIds: [code?.id],
    });
  }
}

/** Leaves something of the project in every view: a read transcript, a selection, a query and its
 *  passages, a search, a table, a chosen code. */
async function useEveryView(page: Page) {
  await view(page, 'Dokument');
  await page.getByRole('button', { name: 'Lindholmen_HT2017_Medarbetare', exact: true }).click();
  await expect(page.getByLabel('Transkription')).toContainText('Välkomna');

  await view(page, 'Kodning');
  await page.getByRole('combobox', { name: 'Dokument' }).selectOption({
    label: 'Lindholmen_HT2017_Chefer',
  });
  await expect(page.getByLabel('Transkription')).toBeVisible();
  await selectPhrase(page, 'gemensam mall för alla enheter');

  await view(page, 'Kodade avsnitt');
  await page.getByRole('combobox', { name: 'Har alla dessa koder (OCH)' }).fill('lokal');
  await page.getByRole('option', { name: 'Lokaler och kontorslandskap', exact: true }).click();
  await page.getByRole('button', { name: 'Hämta avsnitt' }).click();
  await expect(page.getByText('2 kodade avsnitt i 2 dokument')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Sök i alla dokument' }).fill('kontorslandskap*');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/träffar i \d+ dokument/)).toBeVisible();

  await view(page, 'Tabeller');
  await expect(page.getByRole('table').first()).toBeVisible();

  await view(page, 'Kodbok');
  await page.locator('button.cb-name', { hasText: 'Lokaler och kontorslandskap' }).click();
  await expect(page.getByRole('heading', { name: 'Lokaler och kontorslandskap' })).toBeVisible();
}

test('opening another project shows nothing of the one before, in every view', async ({
  page,
  app,
}) => {
  // Project A: the example, used in every view.
  await openExample(page, app);
  await codeSomeOfA(page, app);
  await useEveryView(page);
  await page.getByRole('button', { name: 'Stäng projekt' }).click();

  // Project B: an empty codebook with one code of its own, two documents of other kinds.
  const inbox = join(app.projectDir, 'in');
  mkdirSync(inbox);
  const files = [
    cp1252Text(inbox, 'Norrby_VT2017_Chefer.txt', [
      'Intervjuare: Hur är arbetsmiljön i Norrby?',
      'IP1: Det är lugnt. Vi har fått nya skrivbord på Ängön.',
    ]),
    markdown(inbox, 'Söderby_VT2017_Medarbetare.md', [
      'Intervjuare: Och i Söderby?',
      'IP1: Vi saknar en mentor för de nya.',
    ]),
  ];
  const pathB = join(app.projectDir, 'Andra.kvalkod');
  await call(page.request, app, 'project.create', { path: pathB, empty: true });
  await call(page.request, app, 'codes.create', { parentId: null, name: 'Arbetsmiljö' });
  await call(page.request, app, 'project.close');
  await page.getByRole('button', { name: /Öppna projekt/ }).click();
  await page.getByLabel('Projektfil').fill(pathB);
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Andra', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Importera dokument…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Välj filer…' }).click();
  await (await chooser).setFiles(files.map((f) => f.path));
  await dialog.getByRole('button', { name: 'Importera 2 filer' }).click();
  await dialog.getByRole('button', { name: 'Klar' }).click();

  // Every view of B: its own documents and codes, none of A's queries, passages or searches.
  await view(page, 'Dokument');
  await expect(
    page.getByRole('button', { name: 'Norrby_VT2017_Chefer', exact: true }),
  ).toBeVisible();
  await expect(page.getByLabel('Transkription')).toHaveCount(0);
  await expectNothingOf(page, ONLY_IN_A);
  await page.screenshot({ path: `${SHOTS}/project-change-documents.png` });

  await view(page, 'Kodning');
  await expect(page.getByRole('combobox', { name: 'Dokument' })).toHaveValue('');
  await expect(page.getByText('Välj ett dokument att koda')).toBeVisible();
  await expectNothingOf(page, ONLY_IN_A);

  await view(page, 'Kodade avsnitt');
  await expect(page.getByText('Ställ samman en fråga och tryck Hämta avsnitt.')).toBeVisible();
  await expectNothingOf(page, ONLY_IN_A);
  await page.screenshot({ path: `${SHOTS}/project-change-retrieval.png` });
  // The query is B's own: retrieving finds nothing and names no code of A.
  await page.getByRole('button', { name: 'Hämta avsnitt' }).click();
  await expect(page.getByText('0 kodade avsnitt i 0 dokument')).toBeVisible();
  await expectNothingOf(page, ONLY_IN_A);

  await view(page, 'Sök');
  await expect(page.getByRole('searchbox', { name: 'Sök efter' })).toHaveValue('');
  await expect(page.getByText('Skriv ett ord och tryck Enter.')).toBeVisible();
  await expectNothingOf(page, ONLY_IN_A);

  await view(page, 'Tabeller');
  await expect(page.getByRole('heading', { name: 'Tabeller', level: 2 })).toBeVisible();
  await expectNothingOf(page, ONLY_IN_A);
  await page.screenshot({ path: `${SHOTS}/project-change-tables.png` });

  await view(page, 'Kodbok');
  await expect(page.getByText('Arbetsmiljö').first()).toBeVisible();
  await expectNothingOf(page, ONLY_IN_A);

  // B leaves its own traces, then A is opened again from the recent list: none of B shows.
  await page.getByRole('searchbox', { name: 'Sök i alla dokument' }).fill('skrivbord');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/1 träff i 1 dokument/)).toBeVisible();
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  await page.getByRole('button', { name: 'Öppna Exempelprojekt', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Exempelprojekt', level: 1 })).toBeVisible();
  for (const name of ['Dokument', 'Kodning', 'Kodade avsnitt', 'Sök', 'Tabeller', 'Kodbok']) {
    await view(page, name);
    await expectNothingOf(page, ['Norrby', 'Söderby', 'skrivbord', 'Arbetsmiljö']);
  }
  await view(page, 'Kodade avsnitt');
  await expect(page.getByText('Ställ samman en fråga och tryck Hämta avsnitt.')).toBeVisible();
});
