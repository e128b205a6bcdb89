// `kvalkod code --coder` and `kvalkod agreement`: the contract's JSON shape key for key, files, and
// one-line refusals.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kvalkod, tempDir } from './cli-helper';
import { interviewDocx, TURNS } from './import-fixtures';

const TEXT = TURNS.join('\n');
/** The offsets of paragraph `i` (one turn per paragraph). */
const para = (i: number) => {
  const start = TURNS.slice(0, i).reduce((n, t) => n + t.length + 1, 0);
  return ['--start', String(start), '--end', String(start + (TURNS[i]?.length ?? 0))];
};

describe('kvalkod agreement', () => {
  const dir = tempDir();
  beforeAll(async () => {
    writeFileSync(join(dir, 'Intervju.docx'), await interviewDocx());
    expect(kvalkod(['init', 'p.kvalkod'], dir).code).toBe(0);
    expect(kvalkod(['import', 'p.kvalkod', 'Intervju.docx'], dir).code).toBe(0);
    const code = (coder: string, i: number, ...codes: string[]) =>
      kvalkod(
        ['code', 'p.kvalkod', '--doc', 'Intervju', ...para(i), '--coder', coder].concat(
          codes.flatMap((c) => ['--code', c]),
        ),
        dir,
      );
    expect(code('Anna', 1, '2', 'Kommit längst').code).toBe(0);
    expect(code('Maria (mars)', 1, '2', 'Kommit längst').code).toBe(0);
    expect(code('Anna', 2, '13').code).toBe(0);
    expect(code('Maria (mars)', 4, '3', 'Störst behov').code).toBe(0);
  }, 180_000); // six CLI runs

  it('code --coder records whose passage it is', () => {
    const run = kvalkod(['segments', 'p.kvalkod', '--json'], dir);
    const rows = JSON.parse(run.stdout) as { coder: string; text: string }[];
    expect(rows.map((r) => [r.coder, r.text])).toEqual([
      ['Anna', TURNS[1]],
      ['Maria (mars)', TURNS[1]],
      ['Anna', TURNS[2]],
      ['Maria (mars)', TURNS[4]],
    ]);
    expect(TEXT).toContain(TURNS[4]);
  });

  it('prints the contract shape, key for key, numbers unrounded, null never NaN', () => {
    const run = kvalkod(['agreement', 'p.kvalkod', '--coders', 'Anna,Maria (mars)'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & {
      codes: Record<string, unknown>[];
      groups: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(['unit', 'coders', 'documents', 'codes', 'groups', 'notes']);
    expect(json.unit).toBe('paragraph');
    expect(json.coders).toEqual(['Anna', 'Maria (mars)']);
    expect(json.documents).toEqual(['Intervju']);
    expect(Object.keys(json.codes[0] ?? {})).toEqual([
      'key',
      'name',
      'units',
      'both',
      'only',
      'neither',
      'percent_agreement',
      'kappa',
      'fleiss_kappa',
      'alpha',
    ]);
    expect(Object.keys(json.groups[0] ?? {})).toEqual([
      'key',
      'name',
      'units',
      'pairable',
      'ambiguous',
      'percent_agreement',
      'alpha_nominal',
    ]);
    const area3 = json.codes.find((c) => c.key === '3');
    expect(area3).toMatchObject({
      units: 5,
      both: 0,
      only: { Anna: 0, 'Maria (mars)': 1 },
      neither: 4,
      percent_agreement: 80,
      fleiss_kappa: null,
    });
    // p_o = 0.8, p_e = 0.8 (Anna never used it): kappa 0; alpha = 1 - (n-1) o_01 / (n_0 n_1).
    expect(area3?.kappa).toBe(0);
    expect(area3?.alpha).toBeCloseTo(1 - (9 * 1) / (9 * 1), 12);
    const area2 = json.codes.find((c) => c.key === '2');
    expect(area2).toMatchObject({
      both: 1,
      neither: 4,
      percent_agreement: 100,
      kappa: 1,
      alpha: 1,
    });
    expect(run.stdout).not.toContain('NaN');
  });

  it('writes the comparison as a table file, MAXQDA overlap included', () => {
    const run = kvalkod(
      ['agreement', 'p.kvalkod', '--coders', 'Anna', '--coders', 'Maria (mars)'].concat([
        '--unit',
        'character',
        '--overlap',
        '0.9',
        '--format',
        'csv',
        '--lang',
        'en',
        '--delimiter',
        ',',
      ]),
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Table 1. Agreement by code');
    expect(run.stdout).toContain('Table 3. Overlapping passages by code');
    expect(run.stdout).toContain('Unit: character.');
  });

  it('refuses an unknown coder, a bad unit and a binary format without --out, in one line', () => {
    for (const [args, message] of [
      [['--coders', 'Anna,Okänd'], /There is no coder named "Okänd"/],
      [['--coders', 'Anna'], /at least two coders/],
      [['--coders', 'Anna,Bo', '--unit', 'ord'], /--unit must be one of/],
      [['--coders', 'Anna,Bo', '--format', 'xlsx'], /give --out/],
      [['--coders', 'Anna,Bo', '--overlap', '2'], /--overlap takes a share/],
    ] as const) {
      const run = kvalkod(['agreement', 'p.kvalkod', ...args], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
