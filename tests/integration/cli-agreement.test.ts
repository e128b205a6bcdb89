// `kvalkod code --coder`, `kvalkod agreement` and `kvalkod merge`: the contracts' JSON shapes key
// for key, files, and one-line refusals.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('per character: cuα per group, the unmatched passages of --overlap, JSON written by --out', () => {
    const run = kvalkod(
      ['agreement', 'p.kvalkod', '--coders', 'Anna,Maria (mars)', '--unit', 'character'].concat([
        '--overlap',
        '0.9',
        '--out',
        'a.json',
      ]),
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as {
      unit: string;
      notes: string[];
      codes: { key: string; both: number; only: Record<string, number>; kappa: unknown }[];
      groups: { key: string; pairable: number; alpha_nominal: unknown }[];
      overlap: { threshold: number; unmatched: { coder: string; key: string; text: string }[] };
    };
    expect(Object.keys(json)).toEqual([
      'unit',
      'coders',
      'documents',
      'codes',
      'groups',
      'notes',
      'overlap',
    ]);
    expect(json.unit).toBe('character');
    // Characters, not paragraphs: area 2 is the whole of turn 1 for both coders.
    expect(json.codes.find((c) => c.key === '2')).toMatchObject({
      both: TURNS[1]?.length,
      only: { Anna: 0, 'Maria (mars)': 0 },
      kappa: 1,
    });
    const areas = json.groups.find((g) => g.key === 'Områden');
    expect(areas?.pairable).toBe(TURNS[1]?.length); // coded by both only in turn 1
    // Where both coded, both chose area 2 alone: no variation, so cuα is undefined: null, noted.
    expect(areas?.alpha_nominal).toBeNull();
    expect(
      json.notes.some((n) => n.startsWith('Områden:') && n.includes('cannot be computed')),
    ).toBe(true);
    expect(json.overlap.threshold).toBe(0.9);
    // Anna's area 13 on turn 2 and Maria's area 3 on turn 4 have no counterpart.
    expect(
      json.overlap.unmatched
        .filter((u) => u.key === '13' || u.key === '3')
        .map((u) => [u.coder, u.key, u.text]),
    ).toEqual([
      ['Anna', '13', TURNS[2]],
      ['Maria (mars)', '3', TURNS[4]],
    ]);
  });

  it('merge --json: the report key for key; the same copy again adds nothing', () => {
    // Bo imports the same interview into a project of his own and codes it.
    expect(kvalkod(['init', 'bo.kvalkod'], dir).code).toBe(0);
    expect(kvalkod(['import', 'bo.kvalkod', 'Intervju.docx'], dir).code).toBe(0);
    const coded = kvalkod(
      ['code', 'bo.kvalkod', '--doc', 'Intervju', ...para(3), '--code', '5', '--coder', 'Bo'],
      dir,
    );
    expect(coded.code).toBe(0);
    copyFileSync(join(dir, 'p.kvalkod'), join(dir, 'm.kvalkod'));
    const sha = () =>
      createHash('sha256')
        .update(readFileSync(join(dir, 'bo.kvalkod')))
        .digest('hex');
    const hash = sha();

    const first = kvalkod(['merge', 'm.kvalkod', 'bo.kvalkod', '--json'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual([
      'documents',
      'codes',
      'segments',
      'memos',
      'coders',
      'warnings',
    ]);
    expect(report).toMatchObject({
      documents: { matched: 1, added: 0, differing: [] },
      codes: { added: 0 },
      segments: { added: 1, skipped: 0 },
      memos: { added: 0 },
      coders: ['Bo'],
      warnings: [],
    });
    expect(Object.keys(report.documents as object)).toEqual(['matched', 'added', 'differing']);
    expect(Object.keys(report.codes as object)).toEqual(['matched', 'added']);
    expect(Object.keys(report.segments as object)).toEqual(['added', 'skipped']);
    expect(sha()).toBe(hash);

    const again = JSON.parse(
      kvalkod(['merge', 'm.kvalkod', 'bo.kvalkod', '--json'], dir).stdout,
    ) as { segments: unknown; warnings: unknown[] };
    expect(again.segments).toEqual({ added: 0, skipped: 1 });
    expect(again.warnings.length).toBeGreaterThan(0);
    expect(again.warnings.every((w) => typeof w === 'string')).toBe(true);
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
