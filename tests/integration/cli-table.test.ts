import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  });

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

  it.each([
    [['--rows', 'Områden', '--unit', 'interviews'], /--format is required/],
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
