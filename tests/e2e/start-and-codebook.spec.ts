import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { expect, launchApp, test } from './app-fixture';

test('create a project, see the 14 numbered areas, reload, still there', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Kvalkod' })).toBeVisible();
  await expect(page.getByText('Inga projekt ännu')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/start-screen-empty.png' });

  await page.getByRole('button', { name: /Nytt projekt/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt projekt' });
  const path = join(app.projectDir, 'Uppföljning 2018.kvalkod');
  await dialog.getByLabel('Projektfil').fill(path);
  await dialog.getByRole('button', { name: 'Skapa projekt' }).click();

  await expect(page.getByRole('heading', { name: 'Uppföljning 2018' })).toBeVisible();
  expect(existsSync(path)).toBe(true);
  const codebook = page.getByRole('region', { name: 'Kodbok' });
  for (let n = 1; n <= 14; n++) {
    await expect(
      codebook.getByRole('listitem', { name: new RegExp(`^Område ${n}: `) }),
    ).toBeVisible();
  }
  await expect(codebook.getByRole('listitem', { name: 'Störst behov' })).toBeVisible();
  await expect(page.getByText('Inga dokument ännu')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/project-window.png' });
  // At 1280 px the top bar holds every control whole and the project name uncut.
  const bar = await page.locator('.topbar').evaluate((el) => ({
    overflowing: [...el.querySelectorAll('button, select, input')]
      .filter((c) => c.getBoundingClientRect().right > window.innerWidth)
      .map((c) => c.textContent),
    nameCut: (() => {
      const name = el.querySelector('.project-name');
      return !name || name.scrollWidth > name.clientWidth;
    })(),
  }));
  expect(bar).toEqual({ overflowing: [], nameCut: false });
  // The codebook beside the list is the documents view's own switch.
  const beside = page.getByRole('button', { name: 'Kodbok vid sidan' });
  await beside.click();
  await expect(codebook).toBeHidden();
  await expect(beside).toHaveAttribute('aria-pressed', 'false');
  await beside.click();
  await expect(codebook).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Uppföljning 2018' })).toBeVisible();
  await expect(
    codebook.getByRole('listitem', { name: /^Område 13: Lämpliga lokaler/ }),
  ).toBeVisible();
});

test('close and reopen from recent projects; a missing file is marked, not an error', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  for (const name of ['Första', 'Andra']) {
    await page.getByRole('button', { name: /Nytt projekt/ }).click();
    await page.getByLabel('Projektfil').fill(join(app.projectDir, `${name}.kvalkod`));
    await page.getByRole('button', { name: 'Skapa projekt' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await page.getByRole('button', { name: 'Stäng projekt' }).click();
  }
  const { rmSync } = await import('node:fs');
  rmSync(join(app.projectDir, 'Andra.kvalkod'));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Öppna Andra' })).toBeDisabled();
  await expect(page.getByText('Filen saknas')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/start-screen-recent.png' });

  await page.getByRole('button', { name: 'Öppna Första' }).click();
  await expect(page.getByRole('heading', { name: 'Första' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Område 1: / })).toBeVisible();
});

test('the language switch turns the UI to English and back', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('button', { name: /New project/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recent projects' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /New project/ })).toBeVisible();
  await page.getByLabel('Language').selectOption('sv');
  await expect(page.getByRole('button', { name: /Nytt projekt/ })).toBeVisible();
});

test('opening something that is not a project gives a readable message', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: /Öppna projekt/ }).click();
  await page.getByLabel('Projektfil').fill(join(process.cwd(), 'package.json'));
  await page.getByRole('button', { name: 'Öppna', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('inte ett Kvalkod-projekt');
  // No stack trace: no "at fn (file:line)" frames, no "Error:" prefixes.
  await expect(page.getByRole('alert')).not.toContainText(/\bat \S+ \(|Error:/);
});

test('the API refuses a page without the token', async ({ page, app }) => {
  const { child, app: other } = await launchApp();
  try {
    const res = await page.request.post(`${other.origin}/api/app.info`, {
      data: {},
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status()).toBe(401);
  } finally {
    child.kill('SIGTERM');
  }
  expect(app.token.length).toBeGreaterThan(20);
});
