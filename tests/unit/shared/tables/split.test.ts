// A table split by an attribute: blocks joined side by side (each with its own totals, percents and
// base), laid out with block headings, taken apart again for a chart, and worded in both languages.
import { describe, expect, it } from 'vitest';
import {
  flatHeading,
  tableLayout,
  tableNotes,
  type LeafColumn,
} from '../../../../shared/tables/layout';
import {
  blocksAsColumns,
  blockTable,
  joinBlocks,
  MAX_CHART_COLUMNS,
  tableForChart,
} from '../../../../shared/tables/split';
import type { ComputedTable } from '../../../../shared/tables/types';
import { localizeTable } from '../../../../shared/tables/words';
import { makeTable } from '../../tables-export/fixtures';
import {
  CHEFER,
  MEDARBETARE,
  ONE_WAY_SPLIT,
  PARTS,
  SPLIT,
  WHOLE,
} from '../../tables-export/split-fixtures';

function leaf(leaves: LeafColumn[], i: number): LeafColumn {
  const found = leaves[i];
  if (!found) throw new Error(`no leaf ${i}`);
  return found;
}

const counts = (t: ComputedTable) =>
  Object.fromEntries(t.rows.map((r) => [r.key, r.cells.map((c) => c.n)]));
const pcts = (t: ComputedTable) =>
  Object.fromEntries(t.rows.map((r) => [r.key, r.cells.map((c) => c.pct)]));

describe('joinBlocks', () => {
  it('sets the whole and each value side by side, every block as counted', () => {
    expect(SPLIT.columns.map((c) => c.key)).toEqual(
      Array.from({ length: 3 }, () => ['Kommit längst', 'Störst behov', 'total']).flat(),
    );
    expect(SPLIT.columnKinds).toEqual(
      Array.from({ length: 3 }, () => ['value', 'value', 'total']).flat(),
    );
    const byKey = counts(SPLIT);
    for (const key of ['1', '3', 'none', 'total'])
      expect(byKey[key]).toEqual([WHOLE, CHEFER, MEDARBETARE].flatMap((t) => counts(t)[key] ?? []));
    // Percents stay each block's own: of the block's column totals, not of the whole.
    expect(pcts(SPLIT)['1']?.slice(3, 6)).toEqual(pcts(CHEFER)['1']);
    expect(SPLIT.split).toEqual({
      by: 'Grupp',
      blocks: [
        { kind: 'all', value: null, base: 6, span: 3 },
        { kind: 'value', value: 'Chefer', base: 3, span: 3 },
        { kind: 'value', value: 'Medarbetare', base: 3, span: 3 },
      ],
    });
    expect(SPLIT.base).toBe(6);
    expect(SPLIT.title).toBe('Områden efter Bedömning, uppdelat efter Grupp');
  });

  it('notes the whole base, the split and the rules once; multiple response if any block has it', () => {
    expect(SPLIT.notes.map((n) => n.key)).toEqual([
      'base',
      'split',
      'interviewersExcluded',
      'multipleResponse',
    ]);
    expect(tableNotes(SPLIT, 'sv').slice(0, 2)).toEqual([
      'Bas: n = 6 intervjuer.',
      'Uppdelad efter Grupp: varje block räknas för sig, med egna totaler och egen bas (Chefer n = 3, Medarbetare n = 3).',
    ]);
    expect(tableNotes(ONE_WAY_SPLIT, 'en')[1]).toBe(
      'Split by Intervjuomgång: each block is counted on its own, with its own totals and base (HT 2017 n = 2, VT 2018 n = 2, Missing n = 1).',
    );
  });

  it.each<[string, boolean, number[], boolean]>([
    ['single values add up to the whole', false, [3, 3], false],
    ['several values per unit, blocks hold more units than all', true, [4, 3], true],
    ['several values allowed but none used twice', true, [3, 3], false],
  ])('says when a unit counts in several blocks: %s', (_, multiValued, bases, noted) => {
    const parts = PARTS.map((p, i) =>
      i === 0 ? p : { ...p, table: { ...p.table, base: bases[i - 1] ?? 0 } },
    );
    const joined = joinBlocks('Verksamhetsområden', 'T', parts, { multiValued });
    expect(joined.notes.some((n) => n.key === 'splitMultiple')).toBe(noted);
  });

  it('fills a row a block does not print (an empty "missing" row) with zeros', () => {
    const part = (rows: { key: string; n: number[]; kind?: 'none' | 'total' }[]) =>
      makeTable({
        title: 'Grupp efter Bedömning',
        unit: 'interviews',
        rowAxis: 'Grupp',
        colAxis: 'Bedömning',
        percent: 'column',
        columns: [
          { key: 'KL', label: 'KL' },
          { key: 'total', label: 'Total', kind: 'total' },
        ],
        rows: rows.map((r) => ({ ...r, label: r.key })),
      });
    const whole = part([
      { key: 'Chefer', n: [1, 2] },
      { key: 'none', kind: 'none', n: [1, 1] },
      { key: 'total', kind: 'total', n: [2, 3] },
    ]);
    const round = part([
      { key: 'Chefer', n: [0, 1] },
      { key: 'total', kind: 'total', n: [0, 1] },
    ]);
    const joined = joinBlocks(
      'Intervjuomgång',
      'T',
      [
        { kind: 'all', value: null, table: whole },
        { kind: 'value', value: 'HT 2017', table: round },
      ],
      { multiValued: false },
    );
    expect(joined.rows.map((r) => r.key)).toEqual(['Chefer', 'none', 'total']);
    // 0 of an empty column has no percent; 0 of a column of 1 is 0 %.
    expect(joined.rows[1]?.cells.slice(2)).toEqual([
      { n: 0, pct: null },
      { n: 0, pct: 0 },
    ]);
  });
});

describe('a split table laid out', () => {
  it('has the block headings over their columns, with each block base', () => {
    const layout = tableLayout(SPLIT, 'sv', 1);
    expect(layout.blocks).toEqual([
      { label: 'Samtliga (n = 6)', span: 6 },
      { label: 'Chefer (n = 3)', span: 6 },
      { label: 'Medarbetare (n = 3)', span: 6 },
    ]);
    expect(layout.leaves.filter((l) => l.blockStart).map((l) => l.column)).toEqual([3, 6]);
    expect(flatHeading(leaf(layout.leaves, 9), layout.split)).toBe(
      'Chefer (n = 3): Störst behov (% av kolumn)',
    );
    expect(tableLayout(SPLIT, 'en', null).blocks?.[0]?.label).toBe('All (n = 6)');
  });

  it("names a one-way split table's single columns by their blocks, without a block row", () => {
    const layout = tableLayout(ONE_WAY_SPLIT, 'sv', null);
    expect(layout.blocks).toBeNull();
    expect(layout.leaves.filter((l) => l.part === 'n').map((l) => l.label)).toEqual([
      'Samtliga (n = 5)',
      'HT 2017 (n = 2)',
      'VT 2018 (n = 2)',
      'Uppgift saknas (n = 1)',
    ]);
    expect(flatHeading(leaf(layout.leaves, 0), false)).toBe('Samtliga (n = 5)');
  });

  it.each<[string, ComputedTable, string]>([
    ['a split', SPLIT, 'Områden by Bedömning, split by Grupp'],
    [
      'a co-occurrence matrix',
      { ...WHOLE, title: 'Samförekomst av Teman', rowAxis: 'Teman', colAxis: 'Teman' },
      'Co-occurrence of Teman',
    ],
    [
      'a code x document matrix',
      { ...WHOLE, title: 'Områden efter Dokument', colAxis: 'Dokument' },
      'Områden by Documents',
    ],
  ])('words the title of %s nobody named in English', (_, table, title) => {
    expect(localizeTable(table, 'en').title).toBe(title);
  });

  it('keeps a title she gave', () => {
    expect(localizeTable({ ...SPLIT, title: 'Tabell 4' }, 'en').title).toBe('Tabell 4');
  });
});

describe('a split table taken apart for a chart', () => {
  it('gives one block as a table of its own, with its base', () => {
    const chefer = blockTable(SPLIT, 1, 'sv');
    expect(chefer.columns).toEqual(CHEFER.columns);
    expect(counts(chefer)).toEqual(counts(CHEFER));
    expect(chefer.base).toBe(3);
    expect(chefer.title).toBe('Områden efter Bedömning – Grupp: Chefer');
    expect(blockTable({ ...SPLIT, title: 'Tabell 4' }, 2, 'sv').title).toBe(
      'Tabell 4 – Grupp: Medarbetare',
    );
    expect(blockTable(SPLIT, 0, 'en').title).toBe('Områden by Bedömning');
    expect(chefer.split).toBeUndefined();
    expect(tableNotes(chefer, 'sv')[0]).toBe('Bas: n = 3 intervjuer.');
  });

  it('turns a one-way split into the values as columns (the whole left out)', () => {
    const t = blocksAsColumns(ONE_WAY_SPLIT, 'en');
    expect(t.colAxis).toBe('Intervjuomgång');
    expect(t.columns.map((c) => c.label)).toEqual(['HT 2017', 'VT 2018', 'Missing']);
    expect(counts(t)['3']).toEqual([0, 1, 1]);
    expect(t.columnKinds).toEqual(['value', 'value', 'value']);
  });

  it.each<[string, ComputedTable, number, number | null]>([
    ['a two-way split, block 2', SPLIT, 2, 3],
    ['a one-way split', ONE_WAY_SPLIT, 0, 3],
    ['a plain table', WHOLE, 0, 3],
  ])('charts %s', (_, table, block, columns) => {
    expect(tableForChart(table, block, 'sv')?.columns.length ?? null).toBe(columns);
  });

  it('charts nothing with more columns than a chart can show', () => {
    const wide = makeTable({
      title: 'Områden efter Dokument',
      unit: 'passages',
      rowAxis: 'Områden',
      colAxis: 'Dokument',
      percent: 'none',
      columns: Array.from({ length: MAX_CHART_COLUMNS + 1 }, (_, i) => ({
        key: String(i),
        label: `Intervju ${i}`,
      })),
      rows: [{ key: '1', label: '1', n: Array<number>(MAX_CHART_COLUMNS + 1).fill(1) }],
    });
    expect(tableForChart(wide, 0, 'sv')).toBeNull();
  });
});
