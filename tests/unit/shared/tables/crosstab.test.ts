import { describe, expect, it } from 'vitest';
import { crosstab, type CrosstabInput, type SegmentFact } from '../../../../shared/tables/crosstab';
import { crosstabInput, seg } from './crosstab-fixture';
import type { Pairing, PercentBase, TableUnit } from '../../../../shared/tables/types';

// Codes: areas 1 (id 11, with a child 111) and 2 (id 12); assessments KL (21) and SB (22).
const AREAS = {
  kind: 'codes' as const,
  label: 'Områden',
  items: [
    { key: '1', label: '1. Brukare', codeIds: new Set([11, 111]) },
    { key: '2', label: '2. Intro', codeIds: new Set([12]) },
  ],
};
const ASSESS = {
  kind: 'codes' as const,
  label: 'Bedömning',
  items: [
    { key: 'KL', label: 'Kommit längst', codeIds: new Set([21]) },
    { key: 'SB', label: 'Störst behov', codeIds: new Set([22]) },
  ],
};

// Document 1: turns 100 (speaker 1) and 101 (speaker 2); document 2: turn 200 (speaker 3).
const SEGMENTS: SegmentFact[] = [
  seg(1, 1, 0, 10, 100, [11, 21]), // area 1 + KL on the same passage
  seg(2, 1, 5, 20, 100, [22]), // SB overlapping segment 1
  seg(3, 1, 30, 40, 100, [12]), // area 2, same turn as segment 2, no overlap
  seg(4, 1, 50, 60, 101, [111]), // child of area 1, alone
  seg(5, 2, 0, 10, 200, [12, 22]), // area 2 + SB in document 2
  seg(6, 2, 10, 15, 200, [21]), // touches segment 5 (half-open): not an overlap
];

function input(unit: TableUnit, pairing: Pairing, percent: PercentBase = 'column'): CrosstabInput {
  return crosstabInput(SEGMENTS, { rows: AREAS, cols: ASSESS }, unit, pairing, percent);
}

/** The counts as { rowKey: [KL, SB, Total] }. */
function counts(table: ReturnType<typeof crosstab>) {
  return Object.fromEntries(table.rows.map((r) => [r.key, r.cells.map((c) => c.n)]));
}

describe('crosstab: area x assessment', () => {
  it.each<[TableUnit, Pairing, Record<string, number[]>]>([
    // Same segment: only segment 1 (area 1 + KL) and segment 5 (area 2 + SB) pair.
    ['passages', 'segment', { '1': [1, 0, 2], '2': [0, 1, 2], none: [1, 1, 2], total: [2, 2, 6] }],
    // Overlap: segments 1 and 2 share KL and SB (segment 2 carries no area: "none"); 5 and 6 only touch.
    ['passages', 'overlap', { '1': [1, 1, 2], '2': [0, 1, 2], none: [2, 1, 2], total: [3, 3, 6] }],
    // Same turn: turns 100 and 200 hold KL and SB, so every passage in them pairs with both.
    ['passages', 'turn', { '1': [1, 1, 2], '2': [2, 2, 2], none: [2, 2, 2], total: [5, 5, 6] }],
    // Interviews: document 1 names area 1 furthest along; document 3 has no codings at all.
    [
      'interviews',
      'segment',
      { '1': [1, 0, 1], '2': [0, 1, 2], none: [1, 1, 1], total: [2, 2, 3] },
    ],
    [
      'interviews',
      'overlap',
      { '1': [1, 1, 1], '2': [0, 1, 2], none: [1, 0, 1], total: [2, 2, 3] },
    ],
    // Participants: speaker 1 (segments 1-3), speaker 2 (segment 4), speaker 3 (5, 6), speaker 4 silent.
    [
      'participants',
      'segment',
      { '1': [1, 0, 2], '2': [0, 1, 2], none: [1, 1, 1], total: [2, 2, 4] },
    ],
    ['participants', 'turn', { '1': [1, 1, 2], '2': [2, 2, 2], none: [0, 0, 1], total: [2, 2, 4] }],
  ])('%s with pairing %s', (unit, pairing, expected) => {
    expect(counts(crosstab(input(unit, pairing)))).toEqual(expected);
  });

  it('keys and labels rows and columns, totals last', () => {
    const t = crosstab(input('interviews', 'overlap'));
    expect(t.columns).toEqual([
      { key: 'KL', label: 'Kommit längst' },
      { key: 'SB', label: 'Störst behov' },
      { key: 'total', label: 'Total' },
    ]);
    expect(t.rowKinds).toEqual(['value', 'value', 'none', 'total']);
    expect(t.columnKinds).toEqual(['value', 'value', 'total']);
    expect(t.base).toBe(3);
    expect(t.notes[0]).toEqual({ key: 'base', values: { n: 3, unit: 'interviews' } });
  });

  it.each<[PercentBase, (number | null)[]]>([
    // Row "2" by interviews, overlap: n = [0, 1, 2]; column totals [2, 2, 3]; row total 2; base 3.
    ['column', [0, 50, (2 / 3) * 100]],
    ['row', [0, 50, 100]],
    ['base', [0, (1 / 3) * 100, (2 / 3) * 100]],
    ['none', [null, null, null]],
  ])('percent of %s is unrounded', (percent, expected) => {
    const t = crosstab(input('interviews', 'overlap', percent));
    expect(t.rows[1]?.cells.map((c) => c.pct)).toEqual(expected);
  });

  it('gives null percents when a column is empty, and keeps zero rows', () => {
    const t = crosstab({ ...input('interviews', 'segment'), segments: [], units: [1] });
    expect(counts(t)).toEqual({
      '1': [0, 0, 0],
      '2': [0, 0, 0],
      none: [0, 0, 1],
      total: [0, 0, 1],
    });
    expect(t.rows[0]?.cells[0]?.pct).toBeNull();
  });

  it('says when rows add up to more than the total (multiple response)', () => {
    const many = crosstab({ ...input('interviews', 'segment'), cols: null });
    expect(counts(many)).toEqual({ '1': [1], '2': [2], none: [1], total: [3] });
    expect(many.notes.map((n) => n.key)).toContain('multipleResponse');
    const single = crosstab({ ...input('passages', 'segment'), cols: null });
    expect(single.notes.map((n) => n.key)).not.toContain('multipleResponse');
  });

  it('skips segments whose unit is outside the population (a filtered-out interview)', () => {
    const t = crosstab({ ...input('interviews', 'segment'), units: [2] });
    expect(counts(t)).toEqual({
      '1': [0, 0, 0],
      '2': [0, 1, 1],
      none: [1, 0, 0],
      total: [1, 1, 1],
    });
  });
});

describe('crosstab: attributes', () => {
  const grupp = {
    kind: 'attribute' as const,
    label: 'Grupp',
    items: [
      { key: 'Chefer', label: 'Chefer' },
      { key: 'Medarbetare', label: 'Medarbetare' },
    ],
    valuesOf: new Map<number, string[]>([
      [1, ['Chefer']],
      [2, ['Medarbetare']],
      [3, []],
    ]),
    noneLabel: 'Uppgift saknas',
  };

  it('areas by Grupp counts interviews per value; units without a value only in Total', () => {
    const t = crosstab({ ...input('interviews', 'overlap'), cols: grupp });
    expect(counts(t)).toEqual({
      '1': [1, 0, 1],
      '2': [1, 1, 2],
      none: [0, 0, 1],
      total: [1, 1, 3],
    });
  });

  it('Grupp as rows: a missing value gets its own row only when it occurs', () => {
    const t = crosstab({ ...input('interviews', 'overlap'), rows: grupp, cols: null });
    expect(counts(t)).toEqual({ Chefer: [1], Medarbetare: [1], none: [1], total: [3] });
    expect(t.rows[2]?.label).toBe('Uppgift saknas');
    const complete = crosstab({
      ...input('interviews', 'overlap'),
      rows: grupp,
      cols: null,
      units: [1, 2],
    });
    expect(counts(complete)).toEqual({ Chefer: [1], Medarbetare: [1], total: [2] });
  });

  it('a unit with several values (Verksamhetsområden) counts in each of their rows', () => {
    const multi = { ...grupp, valuesOf: new Map([[1, ['Chefer', 'Medarbetare']]]) };
    const t = crosstab({ ...input('interviews', 'overlap'), rows: multi, cols: null, units: [1] });
    expect(counts(t)).toEqual({ Chefer: [1], Medarbetare: [1], total: [1] });
    expect(t.notes.map((n) => n.key)).toContain('multipleResponse');
  });
});
