// Issue 13: the coder's name in the top bar, a colleague's copy merged (Utbyte → Sammanfoga
// projekt…), Tabeller → Samstämmighet with its tables, and a disagreement settled and undone.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test, type RunningApp } from './app-fixture';
import { call, openExample } from './page-helpers';

const SHOTS = 'test-results/screenshots';

interface Paragraph {
  start: number;
  end: number;
}

/** Codes paragraphs of the first interview: [paragraph index, area number][] as `coder`. */
async function codeParagraphs(
  page: Page,
  app: RunningApp,
  coder: string | null,
  plan: [number, number][],
) {
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  const doc = docs[0];
  if (!doc) throw new Error('no documents');
  const content = await call<{ paragraphs: Paragraph[] }>(page.request, app, 'documents.content', {
    ref: doc.id,
  });
  const codes = await call<{ id: number; number: number | null }[]>(
    page.request,
    app,
    'codes.list',
  );
  for (const [index, area] of plan) {
    const p = content.paragraphs[index];
    if (!p) throw new Error(`no paragraph ${index}`);
    await call(page.request, app, 'segments.create', {
      documentId: doc.id,
      start: p.start,
      end: p.end,
      codeIds: [codes.find((c) => c.number === area)?.id],
      ...(coder ? { coder } : {}),
    });
  }
  return doc.name;
}

test('two coders: a copy merged, their agreement counted, a disagreement settled', async ({
  page,
  app,
}) => {
  await openExample(page, app);

  // The coder's name, chosen in the top bar.
  await page.getByRole('button', { name: 'Ange kodare' }).click();
  await page.getByLabel('Kodarens namn').fill('Anna');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('button', { name: 'Kodare: Anna' })).toBeVisible();

  // Anna codes; a copy goes to Bo, who codes the same paragraphs in his own way.
  await codeParagraphs(page, app, null, [
    [2, 3],
    [3, 13],
    [4, 3],
  ]);
  const { path } = await call<{ path: string }>(page.request, app, 'project.current');
  await call(page.request, app, 'project.close');
  const copy = join(app.projectDir, 'Bo.kvalkod');
  copyFileSync(path, copy);
  await call(page.request, app, 'project.open', { path: copy });
  const docName = await codeParagraphs(page, app, 'Bo', [
    [2, 3],
    [3, 5],
  ]);
  await call(page.request, app, 'project.close');
  await call(page.request, app, 'project.open', { path });
  await page.reload();

  // Utbyte → Sammanfoga projekt…
  await page.getByRole('button', { name: 'Utbyte' }).click();
  await page.getByRole('button', { name: 'Sammanfoga projekt…' }).click();
  await page.getByLabel('Kopians fil').fill(copy);
  await page.getByRole('button', { name: 'Sammanfoga', exact: true }).click();
  const report = page.getByRole('status').filter({ hasText: 'Sammanfogat.' });
  await expect(report).toContainText('Kodade avsnitt: 2 lades till, 3 fanns redan');
  await expect(report).toContainText('Kodare vars avsnitt lades till: Bo');
  await page.screenshot({ path: `${SHOTS}/agreement-merge.png` });
  await page.getByRole('button', { name: 'Jämför kodarna' }).click();

  // Tabeller → Samstämmighet: Anna and Bo proposed; counted on paragraphs.
  await expect(page.getByRole('tab', { name: 'Samstämmighet' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('checkbox', { name: 'Anna' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Bo' })).toBeChecked();
  await page.getByRole('button', { name: 'Räkna samstämmighet' }).click();
  const codesTable = page.getByRole('table', { name: 'Samstämmighet per kod', exact: true });
  await expect(codesTable).toBeVisible();
  await expect(page.getByText('Enhet: stycke.').first()).toBeVisible();
  await expect(page.getByText('2 ställen där kodarna skiljer sig')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/agreement-view.png`, fullPage: true });
  await expectAccessible(page, 'Samstämmighet');

  // Settle the first disagreement by keeping Anna's coding; undo brings it back.
  const first = page.locator('.disagreement').first();
  await expect(first).toContainText(docName);
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/agreement-disagreements.png` });
  await first.getByRole('button', { name: 'Behåll kodningen från Anna' }).click();
  await expect(page.getByText('1 ställe där kodarna skiljer sig')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByText('2 ställen där kodarna skiljer sig')).toBeVisible();

  // Jump to a disagreement in the transcript.
  await page
    .locator('.disagreement')
    .first()
    .getByRole('button', { name: 'Visa i texten' })
    .click();
  await expect(page.getByLabel('Transkription')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Dokument' })).toHaveValue(/\d+/);
});
