// Issue 11, items 8 and 4: search counts every hit in every document and lists them grouped by
// document, a page at a time, with whole document names; autocode codes every chosen hit, on every
// page; a hit next to a passage that already has the code widens it instead of adding a near
// duplicate, and the preview says how many passages are new, widened and already coded.
import { join } from 'node:path';
import { expect, test } from './app-fixture';
import { expectAccessible } from './axe';
import { call, selectPhrase } from './page-helpers';
import { openInCoding, projectWithFiles, writeWalkFiles } from './walk-import';
import { wordDocx } from './walk-files';

const SHOTS = 'test-results/screenshots';
const LONG_A =
  'Lindholmens stadsdelsförvaltning – gruppintervju med medarbetare – transkribering slutversion A';
const LONG_B =
  'Lindholmens stadsdelsförvaltning – gruppintervju med medarbetare – transkribering slutversion B';

interface Hit {
  documentId: number;
  document: string;
  start: number;
  end: number;
}

test('search counts every hit in every document, pages through them by document, and autocode codes them all', async ({
  page,
  app,
}) => {
  const dir = join(app.projectDir, 'filer');
  const files = await writeWalkFiles(dir);
  const turns = ['IP1: Lokalerna här är bra.', 'IP2: Jag håller med om lokalerna.'];
  files.push(
    await wordDocx(dir, `${LONG_A}.docx`, turns),
    await wordDocx(dir, `${LONG_B}.docx`, turns),
  );
  await projectWithFiles(page, app, 'Sökning', files);

  // The reference: every hit, straight from the host.
  const all = await call<Hit[]>(page.request, app, 'search.text', {
    query: 'lokalerna',
    limit: 1_000_000,
  });
  const documents = new Set(all.map((h) => h.documentId)).size;
  expect(all.length).toBeGreaterThan(500);
  expect(documents).toBe(8);
  const n = new Intl.NumberFormat('sv-SE').format(all.length);

  await page.getByRole('searchbox', { name: 'Sök i alla dokument' }).fill('lokalerna');
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${n} träffar i 8 dokument`)).toBeVisible();
  await expect(page.getByText(/Visar de första/)).toHaveCount(0);
  const list = page.getByRole('list', { name: 'Träffar' });
  await expect(list.locator('li.hit')).toHaveCount(100);
  const pager = page.getByRole('navigation', { name: 'Bläddra bland träffarna' });
  await expect(pager).toContainText(`Träff 1–100 av ${n}`);
  // Whole names, never cut short: the two long names read differently on screen.
  for (const name of [LONG_A, LONG_B]) {
    const heading = list.getByRole('heading', { name, exact: true });
    await expect(heading).toHaveText(name);
    expect(await heading.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
  await page.screenshot({ path: `${SHOTS}/search-all-hits.png` });
  await expectAccessible(page, 'Sök with many hits');

  await pager.getByRole('button', { name: 'Nästa' }).click();
  await expect(pager).toContainText(`Träff 101–200 av ${n}`);
  const second = all[100];
  await expect(list.locator('li.hit').first()).toContainText(
    (
      await call<{ text: string }>(page.request, app, 'documents.content', {
        ref: second?.documentId,
      })
    ).text.slice(second?.start, second?.end),
  );
  // Jump to the last document's hits, wherever they are among the pages.
  await pager.getByLabel('Gå till dokument').selectOption({ label: 'Östra_VT2017_Chefer (3)' });
  await expect(list.getByRole('heading', { name: 'Östra_VT2017_Chefer' })).toBeVisible();

  // Every hit chosen (on every page), but one; autocode codes them all, not the page.
  await page.getByLabel('Markera alla').check();
  await expect(page.getByText(`${n} av ${n} markerade`)).toBeVisible();
  const last = list.locator('li.hit').last();
  await last.getByRole('checkbox').uncheck();
  const minusOne = new Intl.NumberFormat('sv-SE').format(all.length - 1);
  await expect(page.getByText(`${minusOne} av ${n} markerade`)).toBeVisible();
  const panel = page.getByRole('region', { name: 'Autokoda' });
  await panel.getByRole('combobox', { name: 'Kod' }).fill('lokaler');
  await page.getByRole('option', { name: 'Lokaler och kontorslandskap', exact: true }).click();
  await panel.getByRole('radio', { name: /^Träff/ }).check();
  await expect(
    panel.getByText(`${minusOne} avsnitt av ${minusOne} markerade träffar`),
  ).toBeVisible();
  await panel.getByRole('button', { name: `Koda ${minusOne} avsnitt` }).click();
  await expect(panel.getByText(`Klart: ${minusOne} nya, 0 utökade, 0 redan kodade.`)).toBeVisible({
    timeout: 30_000,
  });
  const counts = await call<Record<string, number>>(page.request, app, 'codes.counts');
  const codes = await call<{ id: number; name: string }[]>(page.request, app, 'codes.list');
  const lokaler = codes.find((c) => c.name === 'Lokaler och kontorslandskap');
  expect(counts[lokaler?.id ?? 0]).toBe(all.length - 1);
  await page.screenshot({ path: `${SHOTS}/search-all-hits-coded.png` });
});

test('autocode widens a hand-coded passage that ends before its period; the preview says new, widened, already coded', async ({
  page,
  app,
}) => {
  const files = await writeWalkFiles(join(app.projectDir, 'filer'), false);
  await projectWithFiles(page, app, 'Utöka', files);

  // By hand, in the Word document: "Lokalerna är för trånga" without its period.
  const inspector = page.getByRole('region', { name: 'Valt avsnitt' });
  const codeWithPalette = async () => {
    await page.keyboard.press('k');
    await page
      .getByRole('dialog', { name: 'Sök kod' })
      .getByRole('searchbox')
      .fill('kontorslandskap');
    await page.keyboard.press('Enter');
    await expect(inspector.getByRole('listitem')).toHaveText(['Lokaler och kontorslandskap×']);
  };
  await openInCoding(page, app, 'Lindholmen_HT2017_Chefer');
  await selectPhrase(page, 'Lokalerna är för trånga');
  await codeWithPalette();
  // And in the Markdown one two sentences: the first lies wholly inside, already coded.
  await openInCoding(page, app, 'Majorna_HT2018_Medarbetare');
  await selectPhrase(page, 'Lokalerna är för trånga. Vi sitter i kontorslandskap');
  await codeWithPalette();

  await page.getByRole('searchbox', { name: 'Sök i alla dokument' }).fill('lokalerna');
  await page.keyboard.press('Enter');
  await expect(page.getByText('15 träffar i 5 dokument')).toBeVisible();
  await page.getByLabel('Markera alla').check();
  const panel = page.getByRole('region', { name: 'Autokoda' });
  await panel.getByRole('combobox', { name: 'Kod' }).fill('lokaler');
  await page.getByRole('option', { name: 'Lokaler och kontorslandskap', exact: true }).click();
  await panel.getByRole('radio', { name: /^Mening/ }).check();
  await expect(
    panel.getByText('15 avsnitt av 15 markerade träffar: 13 nya, 1 utökat, 1 redan kodat'),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.getByRole('region', { name: /kommer att kodas/ });
  await expect(preview.getByRole('heading')).toHaveText('14 avsnitt kommer att kodas');
  await expect(preview).toContainText('13 nya, 1 utökat, 1 redan kodat');
  const widened = preview.getByRole('listitem').filter({ hasText: 'Utökas' });
  await expect(widened).toHaveCount(1);
  await expect(widened).toContainText('Lindholmen_HT2017_Chefer');
  await expect(widened.locator('.preview-text')).toHaveText('Lokalerna är för trånga.');
  await expect(preview.getByRole('listitem').filter({ hasText: 'Redan kodat' })).toContainText(
    'Majorna_HT2018_Medarbetare',
  );
  await page.screenshot({ path: `${SHOTS}/autocode-widen-preview.png` });
  await expectAccessible(page, 'the autocode preview');

  await panel.getByRole('button', { name: 'Koda 14 avsnitt' }).click();
  await expect(panel.getByText('Klart: 13 nya, 1 utökat, 1 redan kodat.')).toBeVisible();
  // One statement, one passage: the hand-coded one now ends at its period.
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  const word = docs.find((d) => d.name === 'Lindholmen_HT2017_Chefer');
  const segments = await call<{ start: number; end: number; coder: string }[]>(
    page.request,
    app,
    'segments.list',
    { documentId: word?.id },
  );
  const text = (
    await call<{ text: string }>(page.request, app, 'documents.content', { ref: word?.id })
  ).text;
  expect(segments.map((s) => text.slice(s.start, s.end))).toEqual([
    'Hur fungerar lokalerna hos er?',
    'Lokalerna är för trånga.',
    'Men lokalerna räcker inte till.',
  ]);
  // The widened passage is still the one coded by hand.
  expect(segments[1]?.coder).toBe('Karin');
  // Ctrl+Z puts the passage back as it was.
  await page.keyboard.press('Control+z');
  await expect(panel.getByText(/Klart:/)).toHaveCount(0);
  const back = await call<{ start: number; end: number }[]>(page.request, app, 'segments.list', {
    documentId: word?.id,
  });
  expect(back.map((s) => text.slice(s.start, s.end))).toEqual(['Lokalerna är för trånga']);
});
