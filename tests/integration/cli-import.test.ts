import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/import/types';
import { kvalkod, tempDir } from './cli-helper';
import { TURNS, interviewDocx, writeMixedFolder } from './import-fixtures';

interface DocJson {
  id: number;
  name: string;
  chars: number;
  words: number;
  speakers: { label: string; role: string; turns: number }[];
  attributes: Record<string, string | string[]>;
  codings: number;
}

const PATTERN = '{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}';

describe('kvalkod import / docs / text', () => {
  it('imports the good files of a folder, skips each broken one with its reason, and exits 2', async () => {
    const dir = tempDir();
    const folder = join(dir, 'transkriptioner');
    mkdirSync(folder);
    const good = await writeMixedFolder(folder);
    kvalkod(['init', 'p.kvalkod'], dir);
    const res = kvalkod(
      [
        'import',
        'p.kvalkod',
        folder,
        '--pattern',
        PATTERN,
        '--attr',
        'Verksamhetsområden=BOU',
        '--attr',
        'Verksamhetsområden=Ek',
        '--json',
      ],
      dir,
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(2);
    const report = JSON.parse(res.stdout) as ImportReport;
    expect(report.imported).toBe(3);
    expect(report.skipped).toBe(3);
    const byFile = new Map(report.files.map((f) => [f.file, f]));
    for (const name of good) expect(byFile.get(name)?.status).toBe('imported');
    expect(byFile.get('trasig.docx')).toMatchObject({ status: 'skipped', reason: 'corrupt_zip' });
    expect(byFile.get('tom.txt')).toMatchObject({ status: 'skipped', reason: 'empty' });
    expect(byFile.get('egentligen-text.docx')).toMatchObject({
      status: 'skipped',
      reason: 'not_docx',
    });
    for (const f of report.files) if (f.status === 'skipped') expect(f.message).toContain(f.file);

    const docs = JSON.parse(kvalkod(['docs', 'p.kvalkod', '--json'], dir).stdout) as DocJson[];
    const chefer = docs.find((d) => d.name === 'Lindholmen_HT2017_Chefer');
    expect(chefer).toMatchObject({
      attributes: {
        Stadsdelsförvaltning: 'Lindholmen',
        Intervjuomgång: 'HT 2017',
        Grupp: 'Chefer',
        Verksamhetsområden: ['BOU', 'Ek'],
      },
      codings: 0,
    });
    expect(chefer?.speakers).toEqual([
      { label: 'Intervjuare', role: 'interviewer', turns: 2 },
      { label: 'IP1', role: 'participant', turns: 2 },
      { label: 'IP2', role: 'participant', turns: 2 },
    ]);
    for (const d of docs)
      expect(Object.keys(d).sort()).toEqual([
        'attributes',
        'chars',
        'codings',
        'id',
        'name',
        'speakers',
        'words',
      ]);
  });

  it('text prints exactly the stored text: LF line ends, Windows-1252 decoded', async () => {
    const dir = tempDir();
    await writeMixedFolder(dir);
    kvalkod(['init', 'p.kvalkod'], dir);
    kvalkod(['import', 'p.kvalkod', join(dir, 'Bergsjön_HT2016_Medarbetare.txt')], dir);
    const text = kvalkod(['text', 'p.kvalkod', 'Bergsjön_HT2016_Medarbetare'], dir).stdout;
    expect(text).toBe(TURNS.join('\n') + '\nIP2: Åsa på Ängö – äldre fil.\n');
    expect(kvalkod(['text', 'p.kvalkod', '1'], dir).stdout).toBe(text);
  });

  it('skips a text already in the project by default (exit 2), and imports it with --duplicates import', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.docx'), await interviewDocx());
    writeFileSync(join(dir, 'b.docx'), await interviewDocx());
    kvalkod(['init', 'p.kvalkod'], dir);
    const res = kvalkod(['import', 'p.kvalkod', 'a.docx', 'b.docx'], dir);
    expect(res.code).toBe(2);
    expect(res.stdout).toMatch(/imported +a\.docx/);
    expect(res.stdout).toMatch(/skipped +b\.docx +b\.docx has the same text as "a"/);
    expect(res.stdout).toMatch(/1 imported, 1 skipped/);
    const again = kvalkod(['import', 'p.kvalkod', 'b.docx', '--duplicates', 'import'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/warning: b\.docx has the same text as "a"/);
    expect(again.stdout).toMatch(/1 imported, 0 skipped/);
    expect(kvalkod(['import', 'p.kvalkod', 'b.docx', '--duplicates', 'maybe'], dir).code).toBe(1);
  });

  it.each([
    ['none', [], 0],
    // Interviewer paragraphs are no labels here, so they continue the participant's turn.
    ['^(?<speaker>IP\\d):', ['IP1', 'IP2'], 3],
  ])('--speakers %s', async (mode, labels, turns) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.docx'), await interviewDocx());
    kvalkod(['init', 'p.kvalkod'], dir);
    const report = JSON.parse(
      kvalkod(['import', 'p.kvalkod', 'a.docx', '--speakers', mode, '--json'], dir).stdout,
    ) as ImportReport;
    expect(report.files[0]).toMatchObject({ status: 'imported', turns });
    const docs = JSON.parse(kvalkod(['docs', 'p.kvalkod', '--json'], dir).stdout) as DocJson[];
    expect(docs[0]?.speakers.map((s) => s.label)).toEqual(labels);
  });

  it.each([
    ['an unknown attribute', ['--attr', 'Färg=blå'], /There is no attribute "Färg"/],
    ['a bad date', ['--attr', 'Datum=igår'], /Datum: "igår" is not a date/],
    ['an invalid regular expression', ['--speakers', '([unclosed'], /regular expression/i],
    [
      'a pattern naming an unknown attribute',
      ['--pattern', '{Stad}_{Grupp}'],
      /There is no attribute "Stad"/,
    ],
  ])('refuses %s with exit 1 and imports nothing', async (_label, extra, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.docx'), await interviewDocx());
    kvalkod(['init', 'p.kvalkod'], dir);
    const res = kvalkod(['import', 'p.kvalkod', 'a.docx', ...extra], dir);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(message);
    expect(JSON.parse(kvalkod(['docs', 'p.kvalkod', '--json'], dir).stdout)).toEqual([]);
  });

  it('refuses a missing project and a call without files with exit 1', () => {
    const dir = tempDir();
    expect(kvalkod(['import', 'nope.kvalkod', 'a.docx'], dir)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/does not exist/) as unknown,
    });
    kvalkod(['init', 'p.kvalkod'], dir);
    expect(kvalkod(['import', 'p.kvalkod'], dir)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/at least one file/) as unknown,
    });
    expect(kvalkod(['text', 'p.kvalkod', 'Saknas'], dir)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no document "Saknas"/) as unknown,
    });
  });
});
