// The project file in the window: "Kontrollera projekt", a document changed behind Kvalkod, the
// file deleted while open, a read-only project, and the undo buttons when another program writes.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, launchApp, test } from './app-fixture';
import { call, openExample, selectPhrase } from './page-helpers';

test('Kontrollera projekt; a document changed behind Kvalkod is named on open', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await page.getByRole('button', { name: 'Kontrollera projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kontroll av projektet' });
  await expect(dialog).toContainText('Inga fel hittades');
  await expect(dialog).toContainText('6 kontrollerade, alla stämmer');
  await page.screenshot({ path: 'test-results/screenshots/check-project-ok.png' });
  await dialog.getByRole('button', { name: 'Stäng' }).click();

  const { path } = await call<{ path: string }>(page.request, app, 'project.current');
  await page.getByRole('button', { name: 'Stäng projekt' }).click();
  const db = new Database(path);
  db.prepare(
    "UPDATE documents SET text = text || ' (ändrad)' WHERE name = 'Lindholmen_HT2017_Chefer'",
  ).run();
  db.close();
  await page
    .getByRole('button', { name: /Öppna Exempelprojekt|Öppna .*Exempel/ })
    .first()
    .click();
  const banner = page.getByRole('status').filter({ hasText: 'kontrollsumman' });
  await expect(banner).toContainText('1 dokument stämmer inte längre');
  await expect(banner).toContainText('Lindholmen_HT2017_Chefer');
  await page.getByRole('button', { name: 'Kontrollera projekt' }).click();
  await expect(dialog).toContainText('Fel hittades');
  await expect(dialog.getByRole('listitem')).toHaveText(['Lindholmen_HT2017_Chefer']);
  await page.screenshot({ path: 'test-results/screenshots/check-project-damaged.png' });
});

test('the project file deleted while open: the window says so and goes back to the start', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  const { path } = await call<{ path: string }>(page.request, app, 'project.current');
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  await page.getByRole('button', { name: 'Kodning', exact: true }).click();
  await page
    .getByLabel('Dokument', { exact: true })
    .selectOption({ label: 'Lindholmen_HT2017_Chefer' });
  const notice = page.getByRole('alert');
  await expect(notice).toContainText('togs bort eller byttes ut av ett annat program');
  await expect(notice).toContainText('.recovered-');
  await expect(page.getByRole('button', { name: /Öppna projekt/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/project-file-deleted.png' });
});

test('another program codes meanwhile: Ctrl+Z takes back nothing else than the button named', async ({
  page,
  app,
}) => {
  await openExample(page, app);
  await page.getByRole('button', { name: 'Kodning', exact: true }).click();
  await page
    .getByLabel('Dokument', { exact: true })
    .selectOption({ label: 'Lindholmen_HT2017_Chefer' });
  await page.getByLabel('Ditt namn som kodare (sparas med varje kodning):').fill('Karin');
  await page.getByRole('button', { name: 'Spara namn' }).click();
  await selectPhrase(page, 'Introduktionsprogrammet och mentorskapet');
  await page.keyboard.press('2');
  const undo = page.getByRole('button', { name: /^Ångra:/ });
  await expect(undo).toHaveAttribute('title', /Introduktionsprogram/);

  // Another program (here: a second client of the same file) codes a passage in another document.
  const { path } = await call<{ path: string }>(page.request, app, 'project.current');
  const other = new Database(path);
  const before = (other.prepare('SELECT count(*) AS n FROM segments').get() as { n: number }).n;
  other.close();
  const second = await launchApp();
  try {
    await call(page.request, second.app, 'project.open', { path });
    const docs = await call<{ id: number; name: string }[]>(
      page.request,
      second.app,
      'documents.list',
    );
    const codes = await call<{ id: number; number: number | null }[]>(
      page.request,
      second.app,
      'codes.list',
    );
    await call(page.request, second.app, 'segments.create', {
      documentId: docs.find((d) => d.name.startsWith('Åsbacka'))?.id,
      start: 0,
      end: 10,
      codeIds: [codes.find((c) => c.number === 13)?.id],
    });
    await call(page.request, second.app, 'project.close');
  } finally {
    second.child.kill('SIGTERM');
  }

  await page.getByLabel('Transkription').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('alert')).toContainText('ändrats i ett annat fönster eller program');
  await expect(undo).toHaveAttribute('title', /13\. Lämpliga lokaler/);
  const db = new Database(path);
  expect((db.prepare('SELECT count(*) AS n FROM segments').get() as { n: number }).n).toBe(
    before + 1,
  );
  db.close();
  await page.screenshot({ path: 'test-results/screenshots/undo-moved.png' });
});

test('a read-only project opens for reading, with a banner; a change is refused in words', async ({
  page,
}) => {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'kvalkod-e2e-ro-'));
  const path = join(dir, 'Skrivskyddat.kvalkod');
  const setup = await launchApp();
  try {
    await call(page.request, setup.app, 'example.create', { path });
    await call(page.request, setup.app, 'project.close');
  } finally {
    setup.child.kill('SIGTERM');
  }
  chmodSync(path, 0o444);
  chmodSync(dir, 0o555);
  const { app, child } = await launchApp(
    undefined,
    asRoot ? { uid: 65534, gid: 65534 } : undefined,
  );
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: /Öppna projekt/ }).click();
    await page.getByLabel('Projektfil').fill(path);
    await page.getByRole('button', { name: 'Öppna', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Skrivskyddat' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/read-only-banner.png' });
    // What would change the project is off, with the reason on the button.
    const importButton = page.getByRole('button', { name: 'Importera dokument…' });
    await expect(importButton).toBeDisabled();
    await expect(importButton).toHaveAttribute('title', /skrivskyddat/);
    await expect(page.getByRole('button', { name: 'Ta bort…' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Ny egenskap…' })).toBeDisabled();
    await page.getByRole('button', { name: 'Utbyte' }).click();
    await expect(page.getByRole('button', { name: 'Sammanfoga projekt…' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Exportera projektet (.qdpx)' })).toBeEnabled();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Kodbok', exact: true }).click();
    await expect(page.getByRole('button', { name: '+ Ny kod…' })).toBeDisabled();
    await page
      .getByRole('region', { name: 'Koder' })
      .getByRole('button', { name: 'Kommit längst', exact: true })
      .click();
    const details = page.locator('.cb-details');
    await expect(details.getByRole('button', { name: /Byt namn/ })).toBeDisabled();
    await expect(details.getByLabel('Definition')).toBeDisabled();
    await page.screenshot({ path: 'test-results/screenshots/read-only-codebook.png' });
    await page.getByRole('button', { name: 'Kodning', exact: true }).click();
    await page
      .getByLabel('Dokument', { exact: true })
      .selectOption({ label: 'Lindholmen_HT2017_Chefer' });
    await selectPhrase(page, 'Introduktionsprogrammet och mentorskapet');
    await page.keyboard.press('2');
    await expect(page.getByRole('alert')).toContainText('Projektet är skrivskyddat');
  } finally {
    child.kill('SIGTERM');
    chmodSync(dir, 0o755);
  }
});
