// Issue 11, item 7: selecting text as a researcher does. A drag that starts on a speaker label
// codes from the turn's first word; Shift+click and Shift+arrows extend a selection across
// screens of a 400,000-character transcript; dragging past the edge scrolls the virtualised view
// and keeps the selection's start; keys select the current paragraph or turn; in-vivo coding
// names a new code by the selected words; the palette puts "lokaler" (13) before "Lokalt" (4).
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './app-fixture';
import { expectAccessible } from './axe';
import { call, phraseBox, selectPhrase } from './page-helpers';
import { openInCoding, projectWithFiles, writeWalkFiles } from './walk-import';
import { wordDocx } from './walk-files';

const SHOTS = 'test-results/screenshots';

/** The coded passages of a document, as their texts. */
async function passages(page: Page, app: RunningApp, document: string) {
  const docs = await call<{ id: number; name: string }[]>(page.request, app, 'documents.list');
  const id = docs.find((d) => d.name === document)?.id;
  const text = (await call<{ text: string }>(page.request, app, 'documents.content', { ref: id }))
    .text;
  const list = await call<{ start: number; end: number; codes: { name: string }[] }[]>(
    page.request,
    app,
    'segments.list',
    { documentId: id },
  );
  return list.map((s) => ({ text: text.slice(s.start, s.end), codes: s.codes.map((c) => c.name) }));
}

async function setUp(page: Page, app: RunningApp) {
  const dir = join(app.projectDir, 'filer');
  const files = await writeWalkFiles(dir);
  files.push(
    await wordDocx(dir, 'Frölunda_VT2018_Chefer.docx', [
      'Intervjuare: Vad har kommit längst?',
      'IP1: Introduktionen har kommit längst. Mentorerna gör ett bra jobb.',
      'Vi har också fått bättre lokaler i år.',
      'IP2: Jag håller med om introduktionen.',
    ]),
  );
  await projectWithFiles(page, app, 'Markera', files);
}

test('a selection that starts on a speaker label codes from the first word of the turn', async ({
  page,
  app,
}) => {
  await setUp(page, app);
  await openInCoding(page, app, 'Lindholmen_HT2017_Chefer');
  const transcript = page.getByLabel('Transkription');
  const label = transcript.locator('.speaker-label', { hasText: 'IP2' }).first();
  const from = await label.boundingBox();
  const to = await phraseBox(page, 'Introduktionen för nya har blivit bättre');
  if (!from) throw new Error('no label');
  await page.mouse.move(from.x + 4, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x2, to.y2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByText(/tecken markerade/)).toBeVisible();
  await page.keyboard.press('2');
  expect(await passages(page, app, 'Lindholmen_HT2017_Chefer')).toEqual([
    {
      text: 'Introduktionen för nya har blivit bättre',
      codes: ['Introduktionsprogram och mentorskap för nyanställda'],
    },
  ]);
});

test('Shift+click and Shift+arrows extend a selection across scrolled screens of a long transcript', async ({
  page,
  app,
}) => {
  await setUp(page, app);
  await openInCoding(page, app, 'Lång_intervju_HT2018');
  const transcript = page.getByLabel('Transkription');
  await selectPhrase(page, 'Svar 1.');
  // Several screens further down, Shift+click the end of another answer.
  await transcript.evaluate((el) => (el.scrollTop += 2500));
  // An answer well inside the screen now shown.
  const target = await transcript.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const visible = [...el.querySelectorAll('p')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.top > box.top + 40 && r.bottom < box.bottom - 40;
    });
    return /Svar (\d+)\./.exec(visible[1]?.textContent ?? '')?.[1] ?? null;
  });
  expect(Number(target)).toBeGreaterThan(20);
  const end = await phraseBox(page, `Svar ${target}.`);
  await page.keyboard.down('Shift');
  await page.mouse.click(end.x2, end.y2);
  await page.keyboard.up('Shift');
  // Two more words with Shift+→, then the next paragraph with Shift+↓.
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.screenshot({ path: `${SHOTS}/coding-shift-extend.png` });
  await page.keyboard.press('3');
  const [coded] = await passages(page, app, 'Lång_intervju_HT2018');
  expect(coded?.text.startsWith('Svar 1. Vi har pratat')).toBe(true);
  expect(coded?.text.endsWith(`Svar ${target}. Vi har`)).toBe(true);

  // Shift+↓ extends by paragraphs, scrolling along.
  await selectPhrase(page, `Svar ${target}.`);
  for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('4');
  const all = await passages(page, app, 'Lång_intervju_HT2018');
  const last = all.find((p) => p.codes[0]?.startsWith('Lokalt'));
  expect(last?.text.startsWith(`Svar ${target}.`)).toBe(true);
  expect(last?.text.endsWith('mycket kvar att göra.')).toBe(true);
  // The first press completes the answer the selection is in, each further one adds the next.
  expect(last?.text.split('\n\n').length).toBe(12);
});

test('dragging past the edge scrolls the virtualised transcript and keeps where the selection began', async ({
  page,
  app,
}) => {
  await setUp(page, app);
  await openInCoding(page, app, 'Lång_intervju_HT2018');
  const transcript = page.getByLabel('Transkription');
  const frame = await transcript.boundingBox();
  if (!frame) throw new Error('no transcript');
  const start = await phraseBox(page, 'Svar 1.');
  await page.mouse.move(start.x1, start.y1);
  await page.mouse.down();
  // Hold the mouse below the transcript, still: it scrolls on by itself (a busy machine draws
  // fewer frames, so the test waits for the distance rather than a fixed time).
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height + 20, { steps: 4 });
  await expect
    .poll(() => transcript.evaluate((el) => el.scrollTop), { timeout: 15_000 })
    .toBeGreaterThan(1000);
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height - 60);
  await page.mouse.up();
  await expect(page.getByText(/tecken markerade/)).toBeVisible();
  await page.keyboard.press('5');
  const [coded] = await passages(page, app, 'Lång_intervju_HT2018');
  expect(coded?.text.startsWith('Svar 1. Vi har pratat')).toBe(true);
  expect(coded?.text.length).toBeGreaterThan(1000);
});

test('keys select the current paragraph or the whole turn; in-vivo coding; the palette ranks lokaler first', async ({
  page,
  app,
}) => {
  await setUp(page, app);
  await openInCoding(page, app, 'Frölunda_VT2018_Chefer');
  const transcript = page.getByLabel('Transkription');
  // A click in the turn's second paragraph, then Alt+P: that paragraph; a code key codes it.
  await transcript.getByText('Vi har också fått bättre lokaler i år.').click();
  await page.keyboard.press('Alt+p');
  await page.keyboard.press('1');
  // Alt+T: the whole turn, both paragraphs, from its first word.
  await transcript.getByText('Vi har också fått bättre lokaler i år.').click();
  await page.keyboard.press('Alt+t');
  await page.keyboard.press('2');
  expect(await passages(page, app, 'Frölunda_VT2018_Chefer')).toEqual([
    {
      text: 'Introduktionen har kommit längst. Mentorerna gör ett bra jobb.\nVi har också fått bättre lokaler i år.',
      codes: ['Introduktionsprogram och mentorskap för nyanställda'],
    },
    {
      text: 'Vi har också fått bättre lokaler i år.',
      codes: ['Brukardelaktighet och återkoppling från brukare'],
    },
  ]);

  // In vivo: the selected words name a new code, in one step Ctrl+Z takes back.
  await selectPhrase(page, 'Mentorerna gör ett bra jobb');
  await page.keyboard.press('Control+i');
  const inspector = page.getByRole('region', { name: 'Valt avsnitt' });
  await expect(inspector.getByRole('listitem')).toHaveText(['Mentorerna gör ett bra jobb×']);
  const codebook = page.getByRole('region', { name: 'Kodbok' });
  await expect(
    codebook.getByRole('button', { name: 'Koda med Mentorerna gör ett bra jobb' }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/coding-in-vivo.png` });
  await expectAccessible(page, 'Kodning after in-vivo coding');
  await page.keyboard.press('Control+z');
  await expect(codebook.getByRole('button', { name: /Mentorerna gör ett bra jobb/ })).toHaveCount(
    0,
  );
  const codes = await call<{ name: string }[]>(page.request, app, 'codes.list');
  expect(codes.map((c) => c.name)).not.toContain('Mentorerna gör ett bra jobb');

  // The palette: "lokal" lists area 13 (lokaler) before area 4 (Lokalt).
  await selectPhrase(page, 'bättre lokaler');
  await page.keyboard.press('k');
  const palette = page.getByRole('dialog', { name: 'Sök kod' });
  await palette.getByRole('searchbox').fill('lokal');
  await expect(palette.getByRole('option')).toHaveText([
    /^13\. Lämpliga lokaler/,
    'Lokaler och kontorslandskap',
    /^4\. Lokalt kompetens/,
  ]);
});
