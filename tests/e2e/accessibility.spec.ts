// axe-core on every main view as the researcher sees it with work in it: nothing critical or
// serious, and (for the views here) nothing moderate either. New views reuse expectAccessible.
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { expectAccessible } from './axe';
import { openExample, selectPhrase } from './page-helpers';

const SHOTS = 'test-results/screenshots';

async function check(page: Page, view: string) {
  const rest = await expectAccessible(page, view);
  expect(
    rest.map((f) => `${f.impact} ${f.id}: ${f.nodes.join(', ')}`),
    `moderate or minor findings on ${view}`,
  ).toEqual([]);
}

test('every main view passes axe-core: no critical, serious or moderate findings', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Kvalkod' })).toBeVisible();
  await check(page, 'the start screen');
  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  await check(page, 'the new-project dialog');
  await page.getByRole('button', { name: 'Avbryt' }).click();

  await openExample(page, app);
  const nav = page.getByRole('navigation', { name: 'Vyer' });
  await expect(page.getByRole('table')).toBeVisible();
  await check(page, 'Dokument with the codebook beside it');
  await page.getByRole('button', { name: 'Lindholmen_HT2017_Chefer', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Talare' })).toBeVisible();
  await check(page, 'a transcript read in Dokument');

  await nav.getByRole('button', { name: 'Kodning' }).click();
  await page
    .getByLabel('Dokument', { exact: true })
    .selectOption({ label: 'Lindholmen_HT2017_Chefer' });
  await expect(page.getByLabel('Transkription')).toBeVisible();
  await check(page, 'Kodning with no selection (the coder banner shown)');
  await selectPhrase(page, 'Introduktionsprogrammet och mentorskapet');
  await page.keyboard.press('2');
  await expect(page.getByRole('region', { name: 'Valt avsnitt' })).toContainText('Kodare');
  await page.screenshot({ path: `${SHOTS}/a11y-coding.png` });
  await check(page, 'Kodning with a coded passage selected');

  await nav.getByRole('button', { name: 'Kodbok' }).click();
  await page.getByRole('button', { name: /^Område 2: Introduktionsprogram/ }).click();
  await check(page, 'Kodbok with a code open');

  await nav.getByRole('button', { name: 'Kodade avsnitt' }).click();
  await page.getByRole('button', { name: 'Hämta avsnitt' }).click();
  await expect(page.getByRole('list', { name: 'Avsnitt' })).toBeVisible();
  await check(page, 'Kodade avsnitt with results');

  await page.getByRole('searchbox', { name: 'Sök i alla dokument' }).fill('lokaler');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Träffar' })).toBeVisible();
  await check(page, 'Sök with hits');
  await page.getByLabel('Markera alla').check();
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('region', { name: /kommer att kodas/ })).toBeVisible();
  await check(page, 'Sök with the autocode preview');

  await nav.getByRole('button', { name: 'Tabeller' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/a11y-tables.png` });
  await check(page, 'Tabeller, the table builder');
  await page.getByRole('tab', { name: 'Enkätens rangordnade frågor' }).click();
  await check(page, 'Tabeller, the ranked tab before a questionnaire');
  await page.getByRole('button', { name: /exempelenkät/i }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await check(page, 'Tabeller, a ranked table');

  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
  await check(page, 'Documents in English');

  await page.getByRole('button', { name: 'Close project' }).click();
  await expect(page.getByRole('heading', { name: 'Recent projects' })).toBeVisible();
  await check(page, 'the start screen with a recent project');
});
