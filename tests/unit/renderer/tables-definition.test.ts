// The Tables view's pure parts: what a definition may hold given the project's axes, and how a
// computed table is laid out on screen (sub-columns, header groups, the check warning).
import { describe, expect, it } from 'vitest';
import type { AxisOption } from '../../../shared/api/contract-tables';
import type { ComputedTable, TableDefinition } from '../../../shared/tables/types';
import {
  fitDefinition,
  filterAxes,
  needsPairing,
  sameDefinition,
  toggleFilter,
  unitsFor,
} from '../../../renderer/components/tables/definition';
import { screenLayout } from '../../../renderer/components/tables/layout';

const ALL = ['passages', 'interviews', 'participants', 'respondents'] as AxisOption['units'];
const DOCS = ['passages', 'interviews', 'participants'] as AxisOption['units'];
const values = (...v: string[]) => v.map((key) => ({ key, label: key }));

const AXES: AxisOption[] = [
  { name: 'Områden', kind: 'group', of: null, values: values('1', '2'), units: ALL },
  { name: 'Bedömning', kind: 'group', of: null, values: values('Kommit längst'), units: ALL },
  { name: 'Teman', kind: 'group', of: null, values: values('Lön'), units: ALL },
  {
    name: 'Grupp',
    kind: 'attribute',
    of: 'documents',
    values: values('Chefer', 'Medarbetare'),
    units: DOCS,
  },
  {
    name: 'Roll',
    kind: 'attribute',
    of: 'respondents',
    values: values('Chef'),
    units: ['respondents'],
  },
  {
    name: 'Datum',
    kind: 'attribute',
    of: 'documents',
    values: values(...Array.from({ length: 70 }, (_, i) => `2018-01-${i}`)),
    units: DOCS,
  },
];

const DEF: TableDefinition = {
  title: '',
  rows: 'Områden',
  cols: 'Bedömning',
  unit: 'interviews',
  percent: 'column',
  filters: [],
  coders: [],
  includeInterviewers: false,
  pairing: 'overlap',
  by: null,
};

describe('units, filters and pairing offered for a definition', () => {
  it.each([
    ['Områden', 'Bedömning', ALL],
    ['Områden', 'Grupp', DOCS],
    ['Roll', null, ['respondents']],
    ['Grupp', 'Roll', []],
    ['Områden', null, ALL],
  ] as const)('%s x %s can be counted in %j', (rows, cols, units) => {
    expect(unitsFor(AXES, rows, cols)).toEqual(units);
  });

  it.each([
    ['interviews', ['Grupp']],
    ['respondents', ['Roll']],
  ] as const)('filters for %s: %j (attributes with too many values left out)', (unit, names) => {
    expect(filterAxes(AXES, unit).map((a) => a.name)).toEqual(names);
  });

  it.each([
    ['Områden', 'Bedömning', true],
    ['Områden', 'Grupp', false],
    ['Områden', null, false],
  ] as const)('%s x %s needs a pairing rule: %s', (rows, cols, expected) => {
    expect(needsPairing(AXES, rows, cols)).toBe(expected);
  });
});

describe('fitDefinition brings a definition in line with the axes', () => {
  it.each<[string, Partial<TableDefinition>, Partial<TableDefinition>]>([
    ['keeps a valid definition', {}, {}],
    ['replaces unknown rows with Områden', { rows: 'Gammal grupp' }, { rows: 'Områden' }],
    ['drops unknown columns', { cols: 'Borttagen' }, { cols: null }],
    ['drops an attribute equal to the rows', { rows: 'Grupp', cols: 'Grupp' }, { cols: null }],
    ['keeps a code group on both axes (co-occurrence)', { cols: 'Områden' }, { cols: 'Områden' }],
    ['keeps a split by an attribute of the unit', { by: 'Grupp' }, { by: 'Grupp' }],
    ['drops a split by an unknown attribute', { by: 'Borttagen' }, { by: null }],
    ['drops a split by the rows', { rows: 'Grupp', cols: null, by: 'Grupp' }, { by: null }],
    [
      'drops a split by an attribute of the other owner',
      { unit: 'interviews', by: 'Roll' },
      { by: null },
    ],
    ['drops a split too fine to tick (dates)', { by: 'Datum' }, { by: null }],
    [
      'drops columns that share no unit with the rows',
      { rows: 'Grupp', cols: 'Roll' },
      { cols: null },
    ],
    ['moves the unit to one the axes allow', { rows: 'Roll', cols: null }, { unit: 'respondents' }],
    [
      'keeps known filter values and drops the rest',
      { filters: [{ name: 'Grupp', values: ['Chefer', 'Okänd'] }] },
      { filters: [{ name: 'Grupp', values: ['Chefer'] }] },
    ],
    [
      'drops filters that do not apply to the unit',
      {
        unit: 'respondents',
        rows: 'Roll',
        cols: null,
        filters: [{ name: 'Grupp', values: ['Chefer'] }],
      },
      { filters: [] },
    ],
  ])('%s', (_, change, expected) => {
    const fitted = fitDefinition({ ...DEF, ...change }, AXES);
    expect(fitted).toEqual({ ...DEF, ...change, ...expected });
  });
});

describe('filter toggles and definition equality', () => {
  it('ticks and unticks values; an emptied filter goes', () => {
    const one = { ...DEF, filters: toggleFilter(DEF, 'Grupp', 'Chefer') };
    expect(one.filters).toEqual([{ name: 'Grupp', values: ['Chefer'] }]);
    const two = { ...one, filters: toggleFilter(one, 'Grupp', 'Medarbetare') };
    expect(two.filters).toEqual([{ name: 'Grupp', values: ['Chefer', 'Medarbetare'] }]);
    expect(toggleFilter({ ...DEF, filters: one.filters }, 'Grupp', 'Chefer')).toEqual([]);
  });

  it.each<[string, Partial<TableDefinition>, boolean]>([
    ['the same', {}, true],
    ['another title only', { title: 'Tabell 3' }, true],
    ['filter values in another order', { filters: [{ name: 'G', values: ['b', 'a'] }] }, true],
    ['another unit', { unit: 'passages' }, false],
    ['another filter value', { filters: [{ name: 'G', values: ['a'] }] }, false],
  ])('%s: %s', (_, change, same) => {
    const base = { ...DEF, filters: [{ name: 'G', values: ['a', 'b'] }] };
    const other = { ...base, ...change };
    expect(sameDefinition(base, other)).toBe(same);
  });
});

function table(over: Partial<ComputedTable>): ComputedTable {
  return {
    title: 'Områden efter Bedömning',
    unit: 'interviews',
    base: 3,
    rowAxis: 'Områden',
    colAxis: 'Bedömning',
    percent: 'column',
    columns: [
      { key: 'Kommit längst', label: 'Kommit längst' },
      { key: 'Hinder', label: 'Hinder' },
      { key: 'total', label: 'Total' },
    ],
    columnKinds: ['value', 'value', 'total'],
    rows: [
      {
        key: '2',
        label: '2. Introduktion',
        cells: [
          { n: 1, pct: 100 / 3 },
          { n: 0, pct: null },
          { n: 1, pct: 100 / 3 },
        ],
      },
      {
        key: 'none',
        label: 'Inte kodad',
        cells: [
          { n: 2, pct: 200 / 3 },
          { n: 0, pct: null },
          { n: 2, pct: 200 / 3 },
        ],
      },
      {
        key: 'total',
        label: 'Total',
        cells: [
          { n: 3, pct: 100 },
          { n: 0, pct: null },
          { n: 3, pct: 100 },
        ],
      },
    ],
    rowKinds: ['value', 'none', 'total'],
    notes: [{ key: 'base', values: { n: 3, unit: 'interviews' } }],
    checks: [],
    ...over,
  };
}

describe('screenLayout', () => {
  it('gives each column its count and percent, a short "%" for % of column, in Swedish', () => {
    const layout = screenLayout(table({}), 'sv');
    expect(layout.columns.map((c) => [c.label, c.span])).toEqual([
      ['Kommit längst', 2],
      ['Hinder', 2],
      ['Total', 2],
    ]);
    expect(layout.parts?.map((p) => p.label)).toEqual(['Antal', '%', 'Antal', '%', 'Antal', '%']);
    expect(layout.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.text)])).toEqual([
      ['2. Introduktion', 'value', '1', '33,3', '0', '', '1', '33,3'],
      ['Inte kodad', 'none', '2', '66,7', '0', '', '2', '66,7'],
      ['Total', 'total', '3', '100,0', '0', '', '3', '100,0'],
    ]);
    expect(layout.rows[0]?.cells.map((c) => c.kind)).toEqual([
      'value',
      'value',
      'value',
      'value',
      'total',
      'total',
    ]);
    expect(layout.notes).toEqual(['Bas: n = 3 intervjuer.']);
    expect(layout.warnings).toEqual([]);
  });

  it('prints English numbers and words, and a count-only table in one header row', () => {
    const counts = table({ percent: 'none' });
    counts.rows = counts.rows.map((r) => ({
      ...r,
      cells: r.cells.map((c) => ({ n: c.n, pct: null })),
    }));
    const layout = screenLayout(counts, 'en');
    expect(layout.parts).toBeNull();
    expect(layout.rows.map((r) => r.label)).toEqual(['2. Introduktion', 'Not coded', 'Total']);
    expect(layout.notes[0]).toBe('Base: n = 3 interviews.');
    const pct = screenLayout(table({}), 'en');
    expect(pct.rows[0]?.cells[1]?.text).toBe('33.3');
  });

  it('sets failed checks apart as warnings, from the notes or from the check results', () => {
    const failed = screenLayout(
      table({ checks: [{ column: 'Kommit längst', expected: 3, found: 4 }] }),
      'sv',
    );
    expect(failed.warnings).toEqual([
      expect.stringContaining('kolumnen Kommit längst summerar till 4 men basen är 3'),
    ]);
    expect(failed.notes.join(' ')).not.toContain('summerar till 4');
  });
});
