// The tables the report needs in one step, against a real project file: a table split by an
// attribute (each block is exactly the table filtered to its value), the code x document matrix and
// the co-occurrence matrix, through the same handlers the window and the CLI call.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { ComputedTable, TableUnit } from '../../../shared/tables/types';
import { codingProject, DOCS, type CodingFixture, type FixtureDoc } from '../db/coding-fixture';

// The fixture's two interviews, a third with no Grupp and two Verksamhetsområden, and a fourth
// with nothing coded.
const MORE: FixtureDoc[] = [
  ...DOCS.map((d, i) => ({
    ...d,
    attributes: { ...d.attributes, Verksamhetsområden: [i === 0 ? 'BOU' : 'Ek'] },
  })),
  {
    name: 'Kortedala HT2017',
    lines: [
      'Intervjuare: Och lokalerna?',
      'IP1: Lokalerna är trånga. Introduktionen är bra.',
      'IP2: Arbetsbelastningen är hög.',
    ],
    attributes: { Intervjuomgång: ['HT 2017'], Verksamhetsområden: ['BOU', 'Ek'] },
  },
  {
    name: 'Bergsjön VT2018 Chefer',
    lines: ['Intervjuare: Något mer?', 'IP1: Nej.'],
    attributes: { Grupp: ['Chefer'], Intervjuomgång: ['HT 2017'] },
  },
];

let f: CodingFixture;
beforeEach(async () => {
  f = await codingProject(MORE);
  await code(0, 'Introduktionen fungerar bra.', [2, 'Kommit längst']);
  await code(0, 'Kontorslandskapet är bullrigt!', [
    13,
    'Störst behov',
    'Lokaler och kontorslandskap',
  ]);
  await code(0, 'Lönen är låg', ['Lön', 'Arbetsbelastning']);
  await code(1, 'Arbetsbelastningen är hög.', [3, 'Störst behov', 'Arbetsbelastning']);
  await code(1, 'Lön och lokaler', ['Lön']);
  await code(1, 'och lokaler, det är det vi pratar om', ['Lokaler och kontorslandskap']);
  await code(2, 'Lokalerna är trånga.', [13, 'Lokaler och kontorslandskap']);
  await code(2, 'Introduktionen är bra.', [2, 'Kommit längst']);
});
afterEach(async () => {
  await f.close();
});

const code = (doc: number, needle: string, refs: (number | string)[]) =>
  f.codePhrase(doc, needle, refs);

const counts = (t: ComputedTable) =>
  Object.fromEntries(t.rows.map((r) => [r.key, r.cells.map((c) => c.n)]));

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('it did not fail');
}

describe('a table split by an attribute', () => {
  it.each<[TableUnit, string | null]>([
    ['interviews', 'Bedömning'],
    ['passages', 'Bedömning'],
    ['participants', null],
    ['interviews', 'Teman'],
  ])(
    'by %s (columns %s): the whole, then each value exactly as filtered to it',
    async (unit, cols) => {
      const def = { rows: 'Områden', cols, unit, percent: 'row' as const };
      const tables = await f.call('tables.split', { ...def, by: 'Grupp' });
      expect(tables.map((t) => t.title)).toEqual([
        cols ? `Områden efter ${cols}` : 'Områden',
        ...['Medarbetare', 'Chefer', 'Uppgift saknas'].map(
          (v) => `${cols ? `Områden efter ${cols}` : 'Områden'} – Grupp: ${v}`,
        ),
      ]);
      const [whole, medarbetare, chefer, missing] = tables;
      const plain = await f.call('tables.compute', def);
      expect(whole?.rows).toEqual(plain.rows);
      for (const [part, value] of [
        [medarbetare, 'Medarbetare'],
        [chefer, 'Chefer'],
      ] as const) {
        const filtered = await f.call('tables.compute', {
          ...def,
          filters: [{ name: 'Grupp', values: [value] }],
        });
        expect(part?.rows).toEqual(filtered.rows);
        expect(part?.base).toBe(filtered.base);
        expect(part?.notes).toEqual(filtered.notes);
      }
      // The interview without a Grupp is a block of its own, and the bases add up to the whole.
      expect(missing?.notes.find((n) => n.key === 'filters')?.values.text).toBe(
        'Grupp: Uppgift saknas',
      );
      expect((medarbetare?.base ?? 0) + (chefer?.base ?? 0) + (missing?.base ?? 0)).toBe(
        whole?.base,
      );

      // On screen and in files, the same blocks side by side in one table.
      const joined = await f.call('tables.compute', { ...def, by: 'Grupp' });
      expect(joined.split?.blocks.map((b) => [b.kind, b.value, b.base])).toEqual([
        ['all', null, whole?.base],
        ['value', 'Medarbetare', medarbetare?.base],
        ['value', 'Chefer', chefer?.base],
        ['missing', null, missing?.base],
      ]);
      expect(joined.rows.map((r) => r.cells)).toEqual(
        whole?.rows.map((_, i) => tables.flatMap((t) => t.rows[i]?.cells ?? [])),
      );
      expect(joined.title).toBe(
        cols ? `Områden efter ${cols}, uppdelat efter Grupp` : 'Områden, uppdelat efter Grupp',
      );
    },
  );

  it('counts the interviews of the missing block: the one without Grupp', async () => {
    const [, , , missing] = await f.call('tables.split', {
      rows: 'Områden',
      unit: 'interviews',
      by: 'Grupp',
    });
    expect(missing?.base).toBe(1);
    expect(counts(missing as ComputedTable)['13']).toEqual([1]);
    expect(counts(missing as ComputedTable)['3']).toEqual([0]);
  });

  it('keeps to a filter on the same attribute: only its values get blocks', async () => {
    const tables = await f.call('tables.split', {
      rows: 'Områden',
      unit: 'interviews',
      filters: [{ name: 'Grupp', values: ['Chefer'] }],
      by: 'Grupp',
    });
    expect(tables.map((t) => t.base)).toEqual([2, 2]);
    expect(tables[1]?.title).toBe('Områden – Grupp: Chefer');
  });

  it('counts a unit with several values in each, and says so', async () => {
    const joined = await f.call('tables.compute', {
      rows: 'Områden',
      unit: 'interviews',
      by: 'Verksamhetsområden',
    });
    expect(joined.split?.blocks.map((b) => [b.value, b.base])).toEqual([
      [null, 4],
      ['BOU', 2],
      ['Ek', 2],
      [null, 1],
    ]);
    expect(joined.notes.map((n) => n.key)).toContain('splitMultiple');
    const grupp = await f.call('tables.compute', {
      rows: 'Områden',
      unit: 'interviews',
      by: 'Grupp',
    });
    expect(grupp.notes.map((n) => n.key)).not.toContain('splitMultiple');
  });

  it('is saved with its split and counted again when opened', async () => {
    const definition = {
      rows: 'Områden',
      cols: 'Bedömning',
      unit: 'interviews' as const,
      by: 'Grupp',
    };
    await f.call('tables.saved.save', { name: 'Tabell 5', definition });
    const [saved] = await f.call('tables.saved.list', {});
    expect(saved?.definition.by).toBe('Grupp');
    await code(3, 'Nej.', [8]);
    const reopened = await f.call('tables.compute', saved?.definition ?? definition);
    expect(reopened.split?.blocks.map((b) => b.base)).toEqual([4, 1, 2, 1]);
    // Area 8 in the whole and in Chefer (the new interview's block), not in Medarbetare.
    const row8 = counts(reopened)['8'] ?? [];
    expect([row8[4], row8[9], row8[14]]).toEqual([1, 0, 1]);
  });

  it.each<[string, Record<string, unknown>, string, Record<string, string>]>([
    [
      'an unknown attribute',
      { rows: 'Områden', unit: 'interviews', by: 'Kommun' },
      'table_split_unknown',
      { by: 'Kommun' },
    ],
    [
      'the attribute on the rows',
      { rows: 'Grupp', cols: 'Bedömning', unit: 'interviews', by: 'grupp' },
      'table_split_axis',
      { by: 'Grupp' },
    ],
  ])('refuses %s with its own message code', async (_, def, code, params) => {
    const err = await failure(f.call('tables.compute', def as never));
    expect(err.code).toBe(code);
    expect(err.params).toMatchObject(params);
    await expect(f.call('tables.split', def as never)).rejects.toThrow(ApiError);
  });

  it('refuses to split interviews by an attribute of respondents', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kvalkod-split-')), 'enkät.csv');
    writeFileSync(path, ['ID;Roll;Längst 1', 'R1;Chef;2', 'R2;Medarbetare;3'].join('\n'));
    await f.call('survey.import', {
      source: { path },
      mapping: {
        idColumn: 'ID',
        attributes: ['Roll'],
        ranked: [{ name: 'Längst', columns: ['Längst 1'] }],
        text: [],
      },
    });
    const err = await failure(
      f.call('tables.compute', { rows: 'Områden', unit: 'interviews', by: 'Roll' }),
    );
    expect(err.code).toBe('table_split_owner');
    const byRole = await f.call('tables.split', { rows: 'Roll', unit: 'respondents', by: null });
    expect(byRole).toHaveLength(1);
  });
});

describe('the code x document matrix', () => {
  it.each<[TableUnit, Record<string, number[]>]>([
    // Columns: the four interviews in the documents list's order (by name), then Total.
    [
      'passages',
      { '2': [0, 1, 0, 1, 2], '3': [1, 0, 0, 0, 1], none: [2, 1, 0, 0, 3], total: [3, 3, 0, 2, 8] },
    ],
    [
      'interviews',
      { '2': [0, 1, 0, 1, 2], '3': [1, 0, 0, 0, 1], none: [0, 0, 1, 0, 1], total: [1, 1, 1, 1, 4] },
    ],
  ])('%s: each interview a column, its own units in its Total row', async (unit, expected) => {
    const t = await f.call('tables.compute', { rows: 'Områden', cols: 'documents', unit });
    const docs = (await f.call('documents.list', {})).filter((d) => d.kind === 'transcript');
    expect(t.columns.map((c) => c.key)).toEqual([...docs.map((d) => String(d.id)), 'total']);
    expect(t.columns.map((c) => c.label)).toEqual([
      'Angered VT2018 Medarbetare',
      'Bergsjön HT2017 Chefer',
      'Bergsjön VT2018 Chefer',
      'Kortedala HT2017',
      'Total',
    ]);
    const byKey = counts(t);
    for (const [key, n] of Object.entries(expected)) expect(byKey[key]).toEqual(n);
    expect(t.colAxis).toBe('Dokument');
    expect(t.title).toBe('Områden efter Dokument');
  });

  it('keeps to the filters, and can stand on the rows', async () => {
    const t = await f.call('tables.compute', {
      rows: 'documents',
      cols: 'Bedömning',
      unit: 'passages',
      filters: [{ name: 'Grupp', values: ['Chefer'] }],
    });
    expect(t.rows.map((r) => r.key)).toEqual([String(f.docId(0)), String(f.docId(3)), 'total']);
    expect(counts(t)[String(f.docId(0))]).toEqual([1, 1, 0, 0, 3]);
  });

  it('refuses respondents: the documents are interviews', async () => {
    const err = await failure(
      f.call('tables.compute', { rows: 'Områden', cols: 'Dokument', unit: 'respondents' }),
    );
    expect(err.code).toBe('table_documents_unit');
  });
});

describe('the co-occurrence matrix', () => {
  it('counts Teman against themselves: symmetric, the diagonal each theme alone', async () => {
    const t = await f.call('tables.compute', { rows: 'Teman', cols: 'Teman', unit: 'interviews' });
    const keys = ['Lokaler och kontorslandskap', 'Arbetsbelastning', 'Lön'];
    const at = (r: string, c: string) =>
      t.rows.find((row) => row.key === r)?.cells[t.columns.findIndex((col) => col.key === c)]?.n;
    // Interview 1: Lön with Arbetsbelastning on one passage; interview 2: Lön overlapping Lokaler.
    expect(keys.map((r) => keys.map((c) => at(r, c)))).toEqual([
      [3, 0, 1],
      [0, 2, 1],
      [1, 1, 2],
    ]);
    expect(t.title).toBe('Samförekomst av Teman');
    expect(t.notes.map((n) => n.key)).toEqual([
      'base',
      'interviewersExcluded',
      'pairing',
      'cooccurrence',
    ]);
    const bySegment = await f.call('tables.compute', {
      rows: 'Teman',
      cols: 'Teman',
      unit: 'interviews',
      pairing: 'segment',
    });
    expect(
      bySegment.rows.find((r) => r.key === 'Lön')?.cells[
        bySegment.columns.findIndex((c) => c.key === 'Lokaler och kontorslandskap')
      ]?.n,
    ).toBe(0);
  });

  it('still refuses one attribute on both axes', async () => {
    await expect(
      f.call('tables.compute', { rows: 'Grupp', cols: 'Grupp', unit: 'interviews' }),
    ).rejects.toThrow(/only a code group can stand on both axes/);
  });

  it('is offered as an axis option, with the documents', async () => {
    const axes = await f.call('tables.axes', {});
    expect(axes.at(-1)).toMatchObject({ name: 'documents', kind: 'documents' });
  });
});
