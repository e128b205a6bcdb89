import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { kvalkod, tempDir } from './cli-helper';
import { interviewDocx, TURNS } from './import-fixtures';

const TEXT = TURNS.join('\n');
const span = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return ['--start', String(start), '--end', String(start + needle.length)];
};

describe('kvalkod table', () => {
  const dir = tempDir();
  beforeAll(async () => {
    writeFileSync(join(dir, 'Chefer.docx'), await interviewDocx());
    writeFileSync(join(dir, 'Medarbetare.docx'), await interviewDocx('Lönen är för låg.'));
    expect(kvalkod(['init', 'p.kvalkod'], dir).code).toBe(0);
    expect(
      kvalkod(['import', 'p.kvalkod', 'Chefer.docx', '--attr', 'Grupp=Chefer'], dir).code,
    ).toBe(0);
    expect(
      kvalkod(['import', 'p.kvalkod', 'Medarbetare.docx', '--attr', 'Grupp=Medarbetare'], dir).code,
    ).toBe(0);
    const code = (doc: string, needle: string, ...codes: string[]) =>
      expect(
        kvalkod(
          [
            'code',
            'p.kvalkod',
            '--doc',
            doc,
            ...span(needle),
            ...codes.flatMap((c) => ['--code', c]),
          ],
          dir,
        ).code,
      ).toBe(0);
    code('Chefer', 'Introduktionsprogrammet för nyanställda fungerar bra', '2', 'Kommit längst');
    code(
      'Medarbetare',
      'Introduktionsprogrammet för nyanställda fungerar bra',
      '2',
      'Kommit längst',
    );
    code('Medarbetare', 'Arbetsbelastningen.', '3', 'Störst behov');
    // Six CLI processes one after another: minutes on a machine shared by many test runs.
  }, 180_000);

  it('prints the JSON contract: title, unit, base, columns, rows with cells {n, pct}', () => {
    const run = kvalkod(
      [
        'table',
        'p.kvalkod',
        '--rows',
        'Områden',
        '--cols',
        'Bedömning',
        '--unit',
        'interviews',
      ].concat(['--filter', 'Grupp=Chefer', '--format', 'json']),
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const table = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(table)).toEqual(['title', 'unit', 'base', 'columns', 'rows']);
    expect(table.unit).toBe('interviews');
    expect(table.base).toBe(1);
    const rows = table.rows as {
      key: string;
      label: string;
      cells: { n: number; pct: number | null }[];
    }[];
    expect(rows.map((r) => r.key)).toEqual([
      ...Array.from({ length: 14 }, (_, i) => String(i + 1)),
      'none',
      'total',
    ]);
    const two = rows.find((r) => r.key === '2');
    expect(two?.label).toMatch(/^2\. Introduktionsprogram/);
    expect(Object.keys(two?.cells[0] ?? {})).toEqual(['n', 'pct']);
    expect(two?.cells[0]).toEqual({ n: 1, pct: 100 });
    expect(rows.find((r) => r.key === '3')?.cells.map((c) => c.n)).toEqual([0, 0, 0, 0, 0]);
  });

  it('ORs repeated values of one filter, and counts passages unrounded', () => {
    const run = kvalkod(
      ['table', 'p.kvalkod', '--rows', 'Grupp', '--unit', 'passages', '--percent', 'base'].concat([
        '--filter',
        'Grupp=Chefer',
        '--filter',
        'Grupp=Medarbetare',
        '--format',
        'json',
      ]),
      dir,
    );
    expect(run.code).toBe(0);
    const table = JSON.parse(run.stdout) as {
      base: number;
      rows: { key: string; cells: { n: number; pct: number }[] }[];
    };
    expect(table.base).toBe(3);
    expect(table.rows.map((r) => [r.key, r.cells[0]?.n])).toEqual([
      ['Medarbetare', 2],
      ['Chefer', 1],
      ['total', 3],
    ]);
    expect(table.rows[1]?.cells[0]?.pct).toBeCloseTo(100 / 3, 12);
  });

  it('writes JSON to --out', () => {
    const run = kvalkod(
      [
        'table',
        'p.kvalkod',
        '--rows',
        'Bedömning',
        '--unit',
        'interviews',
        '--format',
        'json',
        '--out',
        't.json',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 't.json'), 'utf8'))).toMatchObject({
      base: 2,
      unit: 'interviews',
    });
  });

  const json = (args: string[]) => {
    const run = kvalkod(['table', 'p.kvalkod', ...args, '--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as unknown;
  };
  const AREAS_BY_ASSESSMENT = ['--rows', 'Områden', '--cols', 'Bedömning', '--unit', 'interviews'];

  it('--by prints an array: the whole table, then one per value, each in the contract shape', () => {
    const tables = json([...AREAS_BY_ASSESSMENT, '--by', 'Grupp']) as Record<string, unknown>[];
    expect(tables.map((t) => [t.title, t.base])).toEqual([
      ['Områden efter Bedömning', 2],
      ['Områden efter Bedömning – Grupp: Medarbetare', 1],
      ['Områden efter Bedömning – Grupp: Chefer', 1],
    ]);
    for (const t of tables)
      expect(Object.keys(t)).toEqual(['title', 'unit', 'base', 'columns', 'rows']);
    expect(tables[0]).toEqual({ ...(json(AREAS_BY_ASSESSMENT) as object) });
    for (const [i, value] of ['Medarbetare', 'Chefer'].entries())
      expect({ ...tables[i + 1], title: '' }).toEqual({
        ...(json([...AREAS_BY_ASSESSMENT, '--filter', `Grupp=${value}`]) as object),
        title: '',
      });
  });

  it('--by writes one table with the blocks side by side to a file', async () => {
    const csv = kvalkod(
      ['table', 'p.kvalkod', ...AREAS_BY_ASSESSMENT, '--by', 'Grupp', '--format', 'csv'],
      dir,
    );
    expect(csv.code).toBe(0);
    const lines = csv.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Tabell 1. Områden efter Bedömning, uppdelat efter Grupp');
    expect(lines[1]).toContain(';Medarbetare (n = 1): Kommit längst (Antal);');
    expect(lines.filter((l) => l.startsWith('Tabell '))).toHaveLength(1);

    const run = kvalkod(
      ['table', 'p.kvalkod', ...AREAS_BY_ASSESSMENT, '--by', 'Grupp', '--format', 'xlsx'].concat([
        '--out',
        'split.xlsx',
      ]),
      dir,
    );
    expect(run.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(dir, 'split.xlsx')) as unknown as ArrayBuffer);
    expect(book.worksheets).toHaveLength(1);
    const sheet = book.worksheets[0];
    expect([2, 12, 22].map((c) => sheet?.getCell(3, c).value)).toEqual([
      'Samtliga (n = 2)',
      'Medarbetare (n = 1)',
      'Chefer (n = 1)',
    ]);
  });

  it('--cols documents: one column per interview, keyed by its id', () => {
    const docs = JSON.parse(kvalkod(['docs', 'p.kvalkod', '--json'], dir).stdout) as {
      id: number;
      name: string;
    }[];
    const t = json(['--rows', 'Områden', '--cols', 'documents', '--unit', 'passages']) as {
      columns: { key: string; label: string }[];
      rows: { key: string; cells: { n: number }[] }[];
    };
    expect(t.columns).toEqual([
      ...docs.map((d) => ({ key: String(d.id), label: d.name })),
      { key: 'total', label: 'Total' },
    ]);
    const three = t.rows.find((r) => r.key === '3')?.cells.map((c) => c.n);
    const medarbetare = docs.findIndex((d) => d.name === 'Medarbetare');
    expect(three?.[medarbetare]).toBe(1);
    expect(three?.at(-1)).toBe(1);
  });

  it('--cols <group> --cooccurrence: the group against itself', () => {
    const t = json(['--cols', 'Bedömning', '--cooccurrence', '--unit', 'interviews']) as {
      title: string;
      columns: { key: string }[];
      rows: { key: string; cells: { n: number }[] }[];
    };
    const assessments = ['Kommit längst', 'Störst behov', 'Svårt att genomföra', 'Hinder'];
    expect(t.title).toBe('Samförekomst av Bedömning');
    expect(t.columns.map((c) => c.key)).toEqual([...assessments, 'total']);
    expect(t.rows.map((r) => r.key)).toEqual([...assessments, 'none', 'total']);
    // Kommit längst in both interviews, Störst behov in one, on passages that do not overlap.
    expect(t.rows[0]?.cells.map((c) => c.n)).toEqual([2, 0, 0, 0, 2]);
    expect(t.rows[1]?.cells.map((c) => c.n)).toEqual([0, 1, 0, 0, 1]);
    expect(
      json([
        '--rows',
        'Bedömning',
        '--cols',
        'bedömning',
        '--cooccurrence',
        '--unit',
        'interviews',
      ]),
    ).toEqual(t);
  });

  it.each([
    [['--rows', 'Områden', '--unit', 'interviews'], /--format is required/],
    [['--cooccurrence', '--unit', 'interviews', '--format', 'json'], /--cooccurrence needs --cols/],
    [
      [
        '--rows',
        'Områden',
        '--cols',
        'Teman',
        '--cooccurrence',
        '--unit',
        'interviews',
        '--format',
        'json',
      ],
      /counts one code group against itself/,
    ],
    [
      ['--rows', 'Områden', '--unit', 'interviews', '--by', 'Kommun', '--format', 'json'],
      /"Kommun" is not an attribute\. Split by one of: .*Grupp/,
    ],
    [
      ['--rows', 'Områden', '--cols', 'documents', '--unit', 'respondents', '--format', 'json'],
      /Documents can stand on an axis only/,
    ],
    [
      ['--rows', 'Områden', '--unit', 'groups', '--format', 'json'],
      /--unit must be one of passages/,
    ],
    [['--rows', 'Områden', '--unit', 'interviews', '--format', 'pdf'], /--format must be one of/],
    [['--rows', 'Kommuner', '--unit', 'interviews', '--format', 'json'], /"Kommuner" is neither/],
    [
      ['--rows', 'Områden', '--unit', 'interviews', '--filter', 'Grupp', '--format', 'json'],
      /Name=Value/,
    ],
    [['--rows', 'Områden', '--unit', 'interviews', '--format', 'xlsx'], /give --out/],
    [
      ['--rows', 'Områden', '--unit', 'interviews', '--format', 'csv', '--out', 'nowhere/t.csv'],
      /Could not write .*nowhere.*the folder does not exist/,
    ],
  ])('refuses %j with one readable line and exit 1', (args, message) => {
    const run = kvalkod(['table', 'p.kvalkod', ...args], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
