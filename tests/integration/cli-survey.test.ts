import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TableJson } from '../../shared/tables/types';
import { HEADER, LANGST, ROWS, sheetBytes } from '../unit/handlers/survey-fixtures';
import { kvalkod, tempDir } from './cli-helper';

const IMPORT = [
  '--id',
  'ID',
  '--attr',
  'Roll',
  '--attr',
  'Verksamhetsområde',
  '--ranked',
  'Längst=Längst 1,Längst 2,Längst 3',
  '--ranked',
  'Behov=Behov 1, Behov 2, Behov 3',
  '--text',
  'Skillnad',
];

const documents = (dir: string) =>
  (
    JSON.parse(kvalkod(['info', 'p.kvalkod', '--json'], dir).stdout) as {
      counts: { documents: number };
    }
  ).counts.documents;

describe('kvalkod survey import / table', () => {
  // One project for the file: CLI runs cost about a second each. The refusals come first.
  const dir = tempDir();
  beforeAll(async () => {
    expect(kvalkod(['init', 'p.kvalkod'], dir).code).toBe(0);
    // As a Swedish Excel saves it: semicolons, Windows-1252.
    writeFileSync(join(dir, 'enkät.csv'), await sheetBytes('csv-1252-semicolon'));
    const bad = [
      HEADER,
      ...ROWS.slice(0, 3),
      ['4', 'Chef', 'Ek', '15', '2', '2', '', '', '', ''],
      ['', 'Chef', '', '', '', '', 'Lön', '', '', 'Ett svar.'],
    ];
    writeFileSync(join(dir, 'fel.xlsx'), await sheetBytes('xlsx', bad));
  });

  it('refuses a sheet with bad cells, printing every one, and saves nothing', () => {
    const run = kvalkod(['survey', 'import', 'p.kvalkod', 'fel.xlsx', ...IMPORT], dir);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'kvalkod: fel.xlsx was not imported, nothing was saved: 4 cells cannot be read:\n' +
        '  row 5, column Längst 1: "15" matches no area\n' +
        '  row 5, column Längst 3: "2" names the same area twice in one question\n' +
        '  row 6, column ID: the respondent ID is empty\n' +
        '  row 6, column Behov 1: "Lön" matches no area\n',
    );
    expect(run.code).toBe(1);
    expect(documents(dir)).toBe(0);
    const table = kvalkod(
      ['survey', 'table', 'p.kvalkod', '--question', 'Längst', '--format', 'json'],
      dir,
    );
    expect(table.code).toBe(1);
    expect(table.stderr).toMatch(/no questionnaire with a ranked question has been imported/);
  });

  it.each<[string, string[], RegExp]>([
    ['no --id', ['survey', 'import', 'p.kvalkod', 'enkät.csv'], /--id <column> is required/],
    [
      'a bad --ranked',
      ['survey', 'import', 'p.kvalkod', 'enkät.csv', '--id', 'ID', '--ranked', 'Längst'],
      /--ranked must be written "Name=column,column,column" \(got "Längst"\)/,
    ],
    [
      'a column not in the sheet',
      ['survey', 'import', 'p.kvalkod', 'enkät.csv', '--id', 'Nr'],
      /enkät\.csv was not imported, nothing was saved: There is no column "Nr" in the sheet\./,
    ],
    ['no subcommand', ['survey'], /survey import or survey table\?/],
    [
      'a missing file',
      ['survey', 'import', 'p.kvalkod', 'saknas.csv', '--id', 'ID'],
      /saknas\.csv cannot be read: it does not exist/,
    ],
  ])('refuses %s in one line', (_, argv, message) => {
    const run = kvalkod(argv, dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('imports the Windows-1252 semicolon sheet and prints a summary', () => {
    const run = kvalkod(['survey', 'import', 'p.kvalkod', 'enkät.csv', ...IMPORT], dir);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'Imported enkät.csv as "enkät": 6 respondents.',
        '  Attributes: Roll, Verksamhetsområde',
        '  Längst: ranked, 3 alternatives (Längst 1, Längst 2, Längst 3)',
        '  Behov: ranked, 3 alternatives (Behov 1, Behov 2, Behov 3)',
        '  Skillnad: open question',
        '  21 ranked answers; 3 open answers became documents.',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(0);
    expect(documents(dir)).toBe(3);

    const again = kvalkod(['survey', 'import', 'p.kvalkod', 'enkät.csv', ...IMPORT], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /already has a question "Längst" and a question "Behov" and a question "Skillnad"\. Question names are unique/,
    );
    expect(documents(dir)).toBe(3);
  });

  it('prints a ranked table as one JSON object in the contract shape', () => {
    const run = kvalkod(
      ['survey', 'table', 'p.kvalkod', '--question', 'Längst', '--format', 'json'],
      dir,
    );
    expect(run.stderr).toBe('');
    const table = JSON.parse(run.stdout) as TableJson;
    expect(Object.keys(table)).toEqual(['title', 'unit', 'base', 'columns', 'rows']);
    expect(table).toMatchObject({ title: 'Längst', unit: 'respondents', base: 6 });
    expect(table.columns.map((c) => c.key)).toEqual(['1', '2', '3', 'mentions', 'share']);
    expect(table.rows.map((r) => r.key)).toEqual([
      ...Array.from({ length: 14 }, (_, i) => String(i + 1)),
      'none',
      'total',
    ]);
    for (const [area, counts] of Object.entries(LANGST)) {
      const cells = table.rows.find((r) => r.key === area)?.cells ?? [];
      expect(cells.slice(0, 3)).toEqual(counts.map((n) => ({ n, pct: (n / 6) * 100 })));
    }
    // Area 2: named by 4 respondents, 4 of the 11 mentions.
    expect(table.rows[1]?.cells.slice(3)).toEqual([
      { n: 4, pct: (4 / 11) * 100 },
      { n: 4, pct: (4 / 6) * 100 },
    ]);
    expect(table.rows.at(-1)?.cells.map((c) => c.n)).toEqual([6, 6, 6, 11, 6]);
  });

  it('splits by an attribute into an array, and writes it to a file with --out', () => {
    const run = kvalkod(
      [
        'survey',
        'table',
        'p.kvalkod',
        '--question',
        'Behov',
        '--by',
        'Roll',
        '--format',
        'json',
        '--out',
        'behov.json',
      ],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`Wrote ${join(dir, 'behov.json')}\n`);
    const tables = JSON.parse(readFileSync(join(dir, 'behov.json'), 'utf8')) as TableJson[];
    expect(tables.map((t) => [t.title, t.base])).toEqual([
      ['Behov', 6],
      ['Behov – Roll: Chef', 3],
      ['Behov – Roll: Medarbetare', 3],
    ]);
    // Area 3 is everyone's need but respondent 5's: 3 managers, 2 of the 3 staff.
    expect(tables.map((t) => t.rows[2]?.cells[4]?.n)).toEqual([5, 3, 2]);
  });
});
