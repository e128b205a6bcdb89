import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { selectPhrase } from './page-helpers';

async function exampleProject(page: Page, dir: string) {
  await page.getByRole('button', { name: /Öppna exempelprojekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(dir, 'Kodning.kvalkod'));
  // Without its coded passages: this spec counts the passages it codes.
  await page.getByLabel('Med kodade exempelavsnitt').uncheck();
  await page.getByRole('button', { name: 'Skapa exempelprojekt' }).click();
  await expect(page.getByRole('heading', { name: 'Kodning', level: 1 })).toBeVisible();
}

test('select text with the mouse, press keys, see the highlight; reload; undo and redo', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await exampleProject(page, app.projectDir);
  await page.getByRole('button', { name: 'Kodning', exact: true }).click();
  await page
    .getByLabel('Dokument', { exact: true })
    .selectOption({ label: 'Lindholmen_HT2017_Chefer' });
  await page.getByLabel('Ditt namn som kodare (sparas med varje kodning):').fill('Karin');
  await page.getByRole('button', { name: 'Spara namn' }).click();

  await selectPhrase(page, 'Introduktionsprogrammet och mentorskapet');
  await expect(page.getByText(/tecken markerade/)).toBeVisible();
  await page.keyboard.press('2');
  const inspector = page.getByRole('region', { name: 'Valt avsnitt' });
  await expect(
    inspector.getByText('Introduktionsprogrammet och mentorskapet', { exact: true }),
  ).toBeVisible();
  await expect(inspector.getByRole('listitem')).toHaveText([
    '2. Introduktionsprogram och mentorskap för nyanställda×',
  ]);
  // A second key adds the assessment to the same passage.
  await page.keyboard.press('l');
  await expect(inspector.getByRole('listitem')).toHaveCount(2);
  await expect(inspector).toContainText('Kodare: Karin');
  const highlight = page.locator('.coded-piece', {
    hasText: 'Introduktionsprogrammet och mentorskapet',
  });
  await expect(highlight).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Koda med Kommit längst' }),
  ).toHaveAccessibleDescription('1 kodat avsnitt');
  await page.screenshot({ path: 'test-results/screenshots/coding-view.png' });

  await page.reload();
  await page.getByRole('button', { name: 'Kodning', exact: true }).click();
  await page
    .getByLabel('Dokument', { exact: true })
    .selectOption({ label: 'Lindholmen_HT2017_Chefer' });
  await expect(
    page.locator('.coded-piece', { hasText: 'Introduktionsprogrammet och mentorskapet' }),
  ).toBeVisible();

  // Ctrl+Z takes back the last change (the assessment), then the passage itself; Ctrl+Shift+Z redoes.
  await page.getByLabel('Transkription').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(
    page.getByRole('button', { name: 'Koda med Kommit längst' }),
  ).toHaveAccessibleDescription('0 kodade avsnitt');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.coded-piece', { hasText: 'Introduktionsprogrammet' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(
    page.locator('.coded-piece', { hasText: 'Introduktionsprogrammet och mentorskapet' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Gör om' }).click();
  await expect(
    page.getByRole('button', { name: 'Koda med Kommit längst' }),
  ).toHaveAccessibleDescription('1 kodat avsnitt');
});

test('the quick palette finds area 13 by number or by name', async ({ page, app }) => {
  await page.goto(app.url);
  await exampleProject(page, app.projectDir);
  await page.getByRole('button', { name: 'Kodning', exact: true }).click();
  await page
    .getByLabel('Dokument', { exact: true })
    .selectOption({ label: 'Lindholmen_HT2017_Chefer' });
  await selectPhrase(page, 'Introduktionsprogrammet och mentorskapet');
  await page.keyboard.press('k');
  const palette = page.getByRole('dialog', { name: 'Sök kod' });
  await palette.getByRole('searchbox').fill('13');
  await expect(palette.getByRole('option').first()).toContainText('13. Lämpliga lokaler');
  await palette.getByRole('searchbox').fill('lokal');
  await expect(palette.getByRole('option', { name: 'Lokaler och kontorslandskap' })).toBeVisible();
  await expect(palette.getByRole('option', { name: /13\. Lämpliga lokaler/ })).toBeVisible();
  await palette.getByRole('searchbox').fill('13');
  await palette.getByRole('searchbox').press('Enter');
  await expect(
    page.getByRole('region', { name: 'Valt avsnitt' }).getByRole('listitem'),
  ).toContainText(['13. Lämpliga lokaler och fungerande arbetsredskap×']);
});
