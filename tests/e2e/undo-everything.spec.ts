// Issue 11, item 5: undo covers every change a user makes. Speaker rename, role and merge (which
// asks first), attribute edits, questionnaire import and removal: each is named by the Undo
// button in Swedish, taken back by Ctrl+Z and brought back by Ctrl+Shift+Z.
import type { Page } from '@playwright/test';
import { expect, test } from './app-fixture';
import { openExample } from './page-helpers';

const SHOTS = 'test-results/screenshots';
const DOC = 'Lindholmen_HT2017_Medarbetare';

const undoButton = (page: Page) => page.getByRole('button', { name: /^Ångra/ });

async function expectUndoNames(page: Page, words: string) {
  await expect(undoButton(page)).toHaveAccessibleName(`Ångra: ${words}`);
  await expect(undoButton(page)).toHaveAttribute('title', `Ångra: ${words} (Ctrl+Z)`);
}

async function view(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Vyer' }).getByRole('button', { name }).click();
}

test('speakers: rename, role and merge are undone and redone; merge asks first', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await page.getByRole('button', { name: DOC, exact: true }).click();
  const speakers = page.getByRole('complementary', { name: 'Talare' });
  await expect(speakers.getByRole('textbox', { name: 'Byt namn på IP1' })).toHaveValue('IP1');

  // Rename: the button names it; Ctrl+Z puts the old name back, Ctrl+Shift+Z the new one.
  const ip1 = speakers.getByRole('textbox', { name: 'Byt namn på IP1' });
  await ip1.fill('Anna');
  await ip1.press('Enter');
  await expect(speakers.getByRole('textbox', { name: 'Byt namn på Anna' })).toBeVisible();
  await expectUndoNames(page, `Bytte namn på talaren IP1 till Anna i ”${DOC}”`);
  await page.screenshot({ path: `${SHOTS}/undo-speaker-rename.png` });
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(speakers.getByRole('textbox', { name: 'Byt namn på IP1' })).toHaveValue('IP1');
  await page.keyboard.press('Control+Shift+z');
  await expect(speakers.getByRole('textbox', { name: 'Byt namn på Anna' })).toHaveValue('Anna');
  await page.keyboard.press('Control+z');
  await expect(speakers.getByRole('textbox', { name: 'Byt namn på IP1' })).toHaveValue('IP1');

  // Role.
  await speakers.getByRole('combobox', { name: 'Roll för IP2' }).selectOption('interviewer');
  await expectUndoNames(page, `Gjorde IP2 till intervjuare i ”${DOC}”`);
  await undoButton(page).click();
  await expect(speakers.getByRole('combobox', { name: 'Roll för IP2' })).toHaveValue('participant');

  // Merge asks first; Avbryt leaves both speakers.
  const turnsOf = (label: string) =>
    speakers
      .getByRole('listitem')
      .filter({ has: page.getByRole('textbox', { name: `Byt namn på ${label}` }) });
  const ip3Turns = await turnsOf('IP3').locator('.muted').textContent();
  await speakers
    .getByRole('combobox', { name: 'Slå ihop IP3 med en annan talare' })
    .selectOption({ label: 'Slå ihop med IP1' });
  const ask = page.getByRole('dialog', { name: 'Slå ihop talare' });
  await expect(ask).toContainText(/IP3 har \d+ yttranden\. De blir yttranden av IP1/);
  await page.screenshot({ path: `${SHOTS}/undo-merge-asks.png` });
  await ask.getByRole('button', { name: 'Avbryt' }).click();
  await expect(turnsOf('IP3')).toHaveCount(1);
  await speakers
    .getByRole('combobox', { name: 'Slå ihop IP3 med en annan talare' })
    .selectOption({ label: 'Slå ihop med IP1' });
  await ask.getByRole('button', { name: 'Slå ihop' }).click();
  await expect(turnsOf('IP3')).toHaveCount(0);
  await expectUndoNames(page, `Slog ihop talaren IP3 med IP1 i ”${DOC}”`);
  await undoButton(page).click();
  await expect(turnsOf('IP3')).toHaveCount(1);
  await expect(turnsOf('IP3').locator('.muted')).toHaveText(ip3Turns ?? '');
});

test('attribute edits and the questionnaire are undone and redone, named in Swedish', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const cell = page.getByRole('button', { name: `Medarbetare, Ändra Grupp för ${DOC}` });
  await cell.click();
  const input = page.getByRole('combobox', { name: `Ändra Grupp för ${DOC}` });
  await input.fill('Blandad');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: `Blandad, Ändra Grupp för ${DOC}` })).toBeVisible();
  await expectUndoNames(page, `Satte Grupp för ”${DOC}”`);
  await page.keyboard.press('Control+z');
  await expect(cell).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('button', { name: `Blandad, Ändra Grupp för ${DOC}` })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(cell).toBeVisible();

  // The questionnaire: import the example, undo the import; import again, delete, undo the deletion.
  await view(page, 'Tabeller');
  await page.getByRole('tab', { name: 'Enkät' }).click();
  await page.getByRole('button', { name: 'Prova med exempelenkäten' }).click();
  await expect(page.getByRole('button', { name: 'Ta bort enkäten…' })).toBeVisible();
  await expectUndoNames(page, 'Importerade enkäten ”Exempelenkät HT 2018”');
  await undoButton(page).click();
  await expect(page.getByRole('button', { name: 'Prova med exempelenkäten' })).toBeVisible();
  await page.getByRole('button', { name: /^Gör om/ }).click();
  await expect(page.getByRole('button', { name: 'Ta bort enkäten…' })).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort enkäten…' }).click();
  const ask = page.getByRole('dialog', { name: /Ta bort enkäten/ });
  await expect(ask).toContainText('Det går att ångra (Ctrl+Z).');
  await ask.getByRole('button', { name: 'Ta bort enkäten' }).click();
  await expect(page.getByRole('button', { name: 'Prova med exempelenkäten' })).toBeVisible();
  await expectUndoNames(page, 'Tog bort enkäten ”Exempelenkät HT 2018”');
  await page.screenshot({ path: `${SHOTS}/undo-survey-removed.png` });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Ta bort enkäten…' })).toBeVisible();

  // The audit trail words every entry in Swedish.
  await page.getByRole('button', { name: 'Historik' }).click();
  const trail = page.getByRole('dialog', { name: 'Projektets historik' });
  await expect(trail).toContainText('Tog bort enkäten ”Exempelenkät HT 2018”');
  await expect(trail).toContainText(`Satte Grupp för ”${DOC}”`);
  await expect(trail).not.toContainText(/Imported|Removed|Set Grupp/);
  await page.screenshot({ path: `${SHOTS}/undo-history-trail.png` });
});
