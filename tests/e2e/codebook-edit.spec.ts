// Kodbok: editing the codebook (rename, recolour, create, move, merge, delete, undo), code memos
// and the project journal with memo search, in the built app through the browser host.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test, type RunningApp } from './app-fixture';
import { call } from './page-helpers';

interface ApiCode {
  id: number;
  name: string;
  color: string;
  parentId: number | null;
}

async function openExample(page: Page, app: RunningApp) {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Exempelprojekt' });
  await expect(dialog.getByLabel('Projektfil')).toHaveValue(
    join(app.projectDir, 'Exempelprojekt.kvalkod'),
  );
  // Without its coded passages: this spec counts the passages it codes.
  await dialog.getByLabel('Med kodade exempelavsnitt').uncheck();
  await dialog.getByRole('button', { name: 'Skapa exempelprojekt' }).click();
  // The dialog's own heading says Exempelprojekt too: wait for the project window itself.
  await expect(page.getByRole('navigation', { name: 'Vyer' })).toBeVisible();
}

/** Codes some passages through the API: `plan` maps code names to how many passages get them. */
async function codePassages(page: Page, app: RunningApp, plan: [string[], number][]) {
  const codes = await call<ApiCode[]>(page.request, app, 'codes.list');
  const docs = await call<{ id: number; chars: number }[]>(page.request, app, 'documents.list');
  const doc = docs[0];
  if (!doc) throw new Error('the example project has no documents');
  const idOf = (name: string) => {
    const code = codes.find((c) => c.name === name);
    if (!code) throw new Error(`no code ${name}`);
    return code.id;
  };
  let start = 0;
  for (const [names, times] of plan)
    for (let i = 0; i < times; i++, start += 40)
      await call(page.request, app, 'segments.create', {
        documentId: doc.id,
        start,
        end: start + 30,
        codeIds: names.map(idOf),
      });
}

const tree = (page: Page) => page.getByRole('region', { name: 'Koder' });
const codeButton = (page: Page, name: string) =>
  tree(page).getByRole('button', { name, exact: true });
const codeItem = (page: Page, name: string) =>
  tree(page).getByRole('listitem', { name, exact: true });
const details = (page: Page) => page.locator('.cb-details');

async function openCodebook(page: Page) {
  await page
    .getByRole('navigation', { name: 'Vyer' })
    .getByRole('button', { name: 'Kodbok' })
    .click();
  await expect(page.getByRole('heading', { name: 'Kodbok', level: 2 })).toBeVisible();
}

test('rename, recolour, create, merge, delete with undo; all kept after a reload', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await codePassages(page, app, [
    [['Arbetsbelastning'], 1],
    [['Personalomsättning'], 2],
    [['Hot och våld'], 1],
    [['Hot och våld', 'Lön'], 1],
  ]);
  await page.reload();
  await openCodebook(page);
  await expect(
    codeItem(page, 'Område 13: Lämpliga lokaler och fungerande arbetsredskap'),
  ).toBeVisible();
  await expect(codeItem(page, 'Hot och våld').locator('.cb-count')).toHaveText('2');

  // Rename a theme in place (F2), then recolour it from the palette and with the native picker.
  await codeButton(page, 'Lön').click();
  await expect(details(page).getByRole('heading', { name: 'Lön' })).toBeVisible();
  await codeButton(page, 'Lön').press('F2');
  const rename = page.getByLabel('Nytt namn för Lön');
  await rename.fill('Lön och förmåner');
  await rename.press('Enter');
  await expect(codeButton(page, 'Lön och förmåner')).toBeVisible();
  await expect(details(page).getByRole('heading', { name: 'Lön och förmåner' })).toBeVisible();

  await details(page).getByRole('button', { name: 'Röd', exact: true }).click();
  await expect(details(page).getByRole('button', { name: 'Röd', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await details(page).getByLabel('Definition').fill('Lön, lönesättning och andra förmåner.');
  await details(page).getByLabel('När den ska användas').fill('När talaren tar upp ersättning.');
  await details(page).getByLabel('Definition').focus();
  await page.screenshot({ path: 'test-results/screenshots/codebook-details.png' });

  // A shortcut key that is taken is refused with a message that says by which code.
  await details(page).getByLabel('Kortkommando').fill('b');
  await expect(
    details(page).getByText('Tangenten b används redan för Störst behov.'),
  ).toBeVisible();
  await details(page).getByLabel('Kortkommando').press('Enter');
  await expect(page.getByRole('alert')).toContainText('Störst behov');
  await page.getByRole('button', { name: 'Stäng meddelandet' }).click();
  await details(page).getByLabel('Kortkommando').fill('q');
  await details(page).getByLabel('Kortkommando').press('Enter');
  await expect(codeItem(page, 'Lön och förmåner').locator('kbd')).toHaveText('q');

  // Create a code under Teman.
  await page.getByRole('button', { name: '+ Ny kod…' }).click();
  const create = page.getByRole('dialog', { name: 'Ny kod' });
  await create.getByLabel('Namn').fill('Samverkan');
  await expect(create.getByLabel('Placera under')).toHaveValue(
    String(
      (await call<ApiCode[]>(page.request, app, 'codes.list')).find((c) => c.name === 'Teman')?.id,
    ),
  );
  await create.getByRole('button', { name: 'Skapa kod' }).click();
  await expect(codeItem(page, 'Samverkan')).toBeVisible();
  await expect(details(page).getByRole('heading', { name: 'Samverkan' })).toBeVisible();

  // Merge: Personalomsättning's two passages move to Arbetsbelastning (1 → 3).
  await expect(codeItem(page, 'Arbetsbelastning').locator('.cb-count')).toHaveText('1');
  await codeButton(page, 'Personalomsättning').click();
  await details(page).getByRole('button', { name: 'Slå ihop med…' }).click();
  const merge = page.getByRole('dialog', { name: 'Slå ihop Personalomsättning med en annan kod' });
  const survivorId = (await call<ApiCode[]>(page.request, app, 'codes.list')).find(
    (c) => c.name === 'Arbetsbelastning',
  )?.id;
  await merge.getByLabel('Koden som blir kvar').selectOption(String(survivorId));
  await expect(merge).toContainText(
    '2 kodade avsnitt flyttas från Personalomsättning till Arbetsbelastning.',
  );
  await page.screenshot({ path: 'test-results/screenshots/codebook-merge.png' });
  await merge.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(codeItem(page, 'Personalomsättning')).toHaveCount(0);
  await expect(codeItem(page, 'Arbetsbelastning').locator('.cb-count')).toHaveText('3');
  await expect(details(page)).toContainText('3 kodade avsnitt');

  // Delete: the confirmation says how many passages it touches before anything happens.
  await codeButton(page, 'Hot och våld').click();
  await details(page).getByRole('button', { name: 'Ta bort…' }).click();
  const del = page.getByRole('dialog', { name: 'Ta bort Hot och våld?' });
  await expect(del).toContainText('Koden tas bort från 2 kodade avsnitt.');
  await expect(del).toContainText('1 av dem har ingen annan kod och tas bort helt.');
  await page.screenshot({ path: 'test-results/screenshots/codebook-delete.png' });
  await del.getByRole('button', { name: 'Ta bort koden' }).click();
  await expect(codeItem(page, 'Hot och våld')).toHaveCount(0);

  // Ctrl+Z brings it back with its passages.
  await page.getByRole('heading', { name: 'Kodbok', level: 2 }).click();
  await page.keyboard.press('Control+z');
  await expect(codeItem(page, 'Hot och våld')).toBeVisible();
  await expect(codeItem(page, 'Hot och våld').locator('.cb-count')).toHaveText('2');
  await page.screenshot({ path: 'test-results/screenshots/codebook-tree.png' });

  // Everything above is saved in the project file.
  await page.reload();
  await openCodebook(page);
  await expect(codeItem(page, 'Lön och förmåner')).toBeVisible();
  await expect(codeItem(page, 'Samverkan')).toBeVisible();
  await expect(codeItem(page, 'Personalomsättning')).toHaveCount(0);
  await expect(codeItem(page, 'Hot och våld')).toBeVisible();
  await expect(codeItem(page, 'Arbetsbelastning').locator('.cb-count')).toHaveText('3');
  const saved = await call<ApiCode[]>(page.request, app, 'codes.list');
  const lon = saved.find((c) => c.name === 'Lön och förmåner');
  expect(lon?.color.toUpperCase()).toBe('#EE6677');
  await codeButton(page, 'Lön och förmåner').click();
  await expect(details(page).getByLabel('Definition')).toHaveValue(
    'Lön, lönesättning och andra förmåner.',
  );
  await expect(details(page).getByLabel('När den ska användas')).toHaveValue(
    'När talaren tar upp ersättning.',
  );
});

test('move and nest codes by menu, buttons and drag', async ({ page, app }) => {
  await openExample(page, app);
  await openCodebook(page);
  await codeButton(page, 'Område 13: Lämpliga lokaler och fungerande arbetsredskap').click();
  await expect(details(page)).toContainText('I gruppen Områden');
  await page.screenshot({ path: 'test-results/screenshots/codebook-areas.png' });

  // "Flytta till…": a code cannot go under itself or its own codes.
  await codeButton(page, 'Teman').click();
  const moveTo = details(page).getByLabel('Flytta till…');
  const codes = await call<ApiCode[]>(page.request, app, 'codes.list');
  const id = (name: string) => String(codes.find((c) => c.name === name)?.id);
  await expect(moveTo.locator(`option[value="${id('Teman')}"]`)).toBeDisabled();
  await expect(moveTo.locator(`option[value="${id('Lön')}"]`)).toBeDisabled();

  await codeButton(page, 'Konsulter').click();
  await details(page).getByLabel('Flytta till…').selectOption(id('Arbetsbelastning'));
  await expect(
    codeItem(page, 'Arbetsbelastning').getByRole('listitem', { name: 'Konsulter' }),
  ).toBeVisible();

  // Up one step among its siblings.
  await codeButton(page, 'Lön').click();
  await details(page).getByRole('button', { name: 'Flytta upp' }).click();
  const themes = codeItem(page, 'Teman').locator(':scope > ul > li');
  await expect(themes.nth(3)).toHaveAttribute('aria-label', 'Lön');
  await expect(themes.nth(4)).toHaveAttribute('aria-label', 'Arbetsbelastning');

  // Drag Omorganisation onto Delaktighet: it becomes Delaktighet's sub-code.
  const source = codeItem(page, 'Omorganisation').locator('.cb-row').first();
  const target = codeItem(page, 'Delaktighet').locator('.cb-row').first();
  await source.dragTo(target);
  await expect(
    codeItem(page, 'Delaktighet').getByRole('listitem', { name: 'Omorganisation' }),
  ).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(
    codeItem(page, 'Delaktighet').getByRole('listitem', { name: 'Omorganisation' }),
  ).toHaveCount(0);

  // The same view in English.
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('button', { name: '+ New code…' })).toBeVisible();
  await expect(details(page).getByLabel('Move to…')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/codebook-english.png' });
  await page.getByLabel('Language').selectOption('sv');
});

test('a memo on a code and the project journal, found by memo search', async ({ page, app }) => {
  await openExample(page, app);
  await openCodebook(page);

  await codeButton(page, 'Lön').click();
  await details(page)
    .getByLabel('Memo om koden')
    .fill('Lönefrågor dyker upp i nästan varje chefsintervju.');
  await details(page).getByLabel('Definition').focus(); // leaving the memo saves it

  await page.getByRole('tab', { name: 'Projektdagbok och memon' }).click();
  await page.getByRole('button', { name: '+ Ny anteckning' }).click();
  await page.getByLabel('Rubrik').fill('Första genomläsningen');
  await page
    .getByLabel('Text', { exact: true })
    .fill('Kontorslandskapet nämns ofta tillsammans med område 13.');
  await page.getByRole('button', { name: 'Spara' }).click();
  const entries = page.getByRole('list', { name: 'Anteckningar i projektdagboken' });
  await expect(entries.getByRole('listitem', { name: 'Första genomläsningen' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Sök i alla memon' });
  await search.fill('kontorslandskapet');
  await search.press('Enter');
  const results = page.getByRole('list', { name: 'Träffar' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Projektdagbok');
  await expect(results.locator('mark')).toHaveText('Kontorslandskapet');

  await search.fill('chefsintervju');
  await search.press('Enter');
  await expect(results).toContainText('Kod: Lön');
  await page.screenshot({ path: 'test-results/screenshots/codebook-journal.png' });
  await results.getByRole('button', { name: 'Visa koden' }).click();
  await expect(details(page).getByRole('heading', { name: 'Lön' })).toBeVisible();
  await expect(details(page).getByLabel('Memo om koden')).toHaveValue(
    'Lönefrågor dyker upp i nästan varje chefsintervju.',
  );

  // Delete the entry, then undo.
  await page.getByRole('tab', { name: 'Projektdagbok och memon' }).click();
  await entries.getByRole('button', { name: 'Ta bort Första genomläsningen' }).click();
  await expect(entries.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('heading', { name: 'Kodbok', level: 2 }).click();
  await page.keyboard.press('Control+z');
  await expect(entries.getByRole('listitem', { name: 'Första genomläsningen' })).toBeVisible();

  await page.reload();
  await openCodebook(page);
  await page.getByRole('tab', { name: 'Projektdagbok och memon' }).click();
  await expect(entries.getByRole('listitem', { name: 'Första genomläsningen' })).toBeVisible();
});
