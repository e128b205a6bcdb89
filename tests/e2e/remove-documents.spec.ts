// Issue 11, items 2 and 3: Dokument removes one or many selected documents after a confirmation
// naming the coded passages and memos that go with them, as one undo step; the filters above the
// list offer only values some document has.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './app-fixture';
import { call, openExample } from './page-helpers';

const SHOTS = 'test-results/screenshots';

/** Opens the example project; a document with one Grupp value, and that value. */
async function exampleWithGrupp(page: Page, app: RunningApp) {
  await openExample(page, app);
  const docs = await call<{ id: number; name: string; attributes: Record<string, unknown> }[]>(
    page.request,
    app,
    'documents.list',
  );
  const doc = docs.find((d) => typeof d.attributes.Grupp === 'string');
  if (!doc) throw new Error('no document with a Grupp');
  return { doc, grupp: doc.attributes.Grupp as string };
}

const row = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });

test('documents are removed after asking, named by Undo, and come back with Ctrl+Z', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  const [first, second] = docs;
  if (!first || !second) throw new Error('the example has fewer than two documents');
  const codes = await call<{ id: number; name: string; codable: boolean }[]>(
    page.request,
    app,
    'codes.list',
  );
  const codable = codes.find((c) => c.codable);
  if (!codable) throw new Error('no codable code');
  // A coded passage with its own memo on the first document, so the question has something to name.
  await call(page.request, app, 'segments.create', {
    documentId: first.id,
    start: 0,
    end: 20,
    codeIds: [codable.id],
    memo: 'Anteckning',
  });
  const before = await call<{ segments: number; memos: number }>(
    page.request,
    app,
    'documents.usage',
    { ids: [first.id, second.id] },
  );
  await page.reload();
  await expect(row(page, first.name)).toHaveCount(1);

  const remove = page.getByRole('button', { name: 'Ta bort…' });
  await expect(remove).toBeDisabled();
  await page.getByRole('checkbox', { name: `Markera ${first.name}` }).check();
  await page.getByRole('checkbox', { name: `Markera ${second.name}` }).check();
  await remove.click();
  const ask = page.getByRole('dialog', { name: 'Ta bort 2 dokument?' });
  const passages = before.segments === 1 ? '1 kodat avsnitt' : `${before.segments} kodade avsnitt`;
  const memos = before.memos === 1 ? '1 memo' : `${before.memos} memon`;
  await expect(ask).toContainText(`Med dem försvinner ${passages} och ${memos}`);
  await expect(ask).toContainText('Det går att ångra (Ctrl+Z).');
  await page.screenshot({ path: `${SHOTS}/remove-documents-ask.png` });

  // Avbryt leaves them.
  await ask.getByRole('button', { name: 'Avbryt' }).click();
  await expect(row(page, first.name)).toHaveCount(1);

  await remove.click();
  await ask.getByRole('button', { name: 'Ta bort 2 dokument' }).click();
  await expect(row(page, first.name)).toHaveCount(0);
  await expect(row(page, second.name)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ångra/ })).toHaveAccessibleName(
    'Ångra: Tog bort 2 dokument',
  );
  await page.screenshot({ path: `${SHOTS}/remove-documents-done.png` });

  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(row(page, first.name)).toHaveCount(1);
  await expect(row(page, second.name)).toHaveCount(1);
  const after = await call<{ segments: number; memos: number }>(
    page.request,
    app,
    'documents.usage',
    { ids: [first.id, second.id] },
  );
  expect(after).toEqual(before);

  // One document: the question names it.
  await page.getByRole('checkbox', { name: `Markera ${second.name}` }).check();
  await remove.click();
  await expect(
    page.getByRole('dialog', { name: `Ta bort dokumentet ${second.name}?` }),
  ).toContainText('Det går att ångra');
});

test('a filter offers only the values documents have', async ({ page, app }) => {
  const { doc, grupp } = await exampleWithGrupp(page, app);
  // A value typed by mistake, then corrected: it stays among the attribute's choices, unused.
  for (const values of [['Chefer_lo'], [grupp]])
    await call(page.request, app, 'attributes.setValues', {
      documentIds: [doc.id],
      attribute: 'Grupp',
      values,
    });
  await page.reload();
  const filter = page.getByRole('combobox', { name: 'Visa bara dokument med Grupp' });
  await expect(filter.getByRole('option', { name: grupp })).toHaveCount(1);
  await expect(filter.getByRole('option', { name: 'Chefer_lo' })).toHaveCount(0);
});

test('a mistyped value is merged into another in Värden…, and Ctrl+Z splits them again', async ({
  page,
  app,
}) => {
  const { doc, grupp } = await exampleWithGrupp(page, app);
  await call(page.request, app, 'attributes.setValues', {
    documentIds: [doc.id],
    attribute: 'Grupp',
    values: [`${grupp}_lo`],
  });
  await page.reload();
  await page.getByRole('button', { name: 'Värden…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egenskapernas värden' });
  await dialog.getByRole('combobox', { name: 'Egenskap' }).selectOption('Grupp');
  const typo = dialog.getByRole('row').filter({ hasText: `${grupp}_lo` });
  await expect(typo.getByRole('cell').first()).toHaveText('1');
  await expect(dialog.getByRole('button', { name: `Ta bort värdet ${grupp}_lo` })).toBeDisabled();
  const field = dialog.getByRole('combobox', { name: `Nytt namn för ${grupp}_lo` });
  await field.fill(grupp);
  await expect(typo.getByRole('button', { name: 'Slå ihop' })).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/attribute-values-merge.png` });
  await typo.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(dialog.getByRole('row').filter({ hasText: `${grupp}_lo` })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(page.getByRole('button', { name: /^Ångra/ })).toHaveAccessibleName(
    `Ångra: Slog ihop värdet ”${grupp}_lo” i Grupp med ”${grupp}”`,
  );
  await expect(
    page.getByRole('button', { name: `${grupp}, Ändra Grupp för ${doc.name}` }),
  ).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(
    page.getByRole('button', { name: `${grupp}_lo, Ändra Grupp för ${doc.name}` }),
  ).toBeVisible();
});

test('a file-name pattern that would make new values names them before the import', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const file = join(app.projectDir, 'Lindholmen_HT2017_Chefer_lo.txt');
  writeFileSync(file, 'Intervjuare: Hej.\n\nIP1: Hej, ett nytt samtal.\n');
  await page.getByRole('button', { name: 'Importera dokument…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera dokument' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Välj filer…' }).click();
  await (await chooser).setFiles([file]);
  const note = dialog.getByRole('note', { name: 'Mönstret ger nya värden' });
  await expect(note).toContainText('Grupp: ”Chefer_lo”');
  await expect(note).not.toContainText('Lindholmen');
  await page.screenshot({ path: `${SHOTS}/import-new-values.png` });
});

test("a questionnaire's variables are no columns or filters of the interviews", async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await call(page.request, app, 'survey.importExample');
  const attributes = await call<{ name: string; respondentsOnly?: true }[]>(
    page.request,
    app,
    'attributes.list',
  );
  const variable = attributes.find((a) => a.respondentsOnly);
  if (!variable) throw new Error('the example questionnaire has no variable of its own');
  await page.reload();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Grupp' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: variable.name, exact: true })).toHaveCount(
    0,
  );
  await expect(
    page.getByRole('combobox', { name: `Visa bara dokument med ${variable.name}` }),
  ).toHaveCount(0);
});
