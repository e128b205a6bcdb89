// The co-occurrence matrix (one code axis on both sides, counted by the cross-table's rules): every
// cell, diagonal and total for each pairing rule and unit, worked out by hand from the passages below.
import { describe, expect, it } from 'vitest';
import {
  crosstab,
  type CodeAxis,
  type CrosstabInput,
  type SegmentFact,
} from '../../../../shared/tables/crosstab';
import { crosstabInput, seg } from './crosstab-fixture';
import type { Pairing, PercentBase, TableUnit } from '../../../../shared/tables/types';

// Codes A (id 1, with a child 11), B (2) and C (3).
const CODES: CodeAxis = {
  kind: 'codes',
  label: 'Teman',
  items: [
    { key: 'A', label: 'A', codeIds: new Set([1, 11]) },
    { key: 'B', label: 'B', codeIds: new Set([2]) },
    { key: 'C', label: 'C', codeIds: new Set([3]) },
  ],
};

// Interview 1: turns 100 (speaker 1) and 101 (speaker 2); interview 2: turn 200 (speaker 3);
// interview 3 and speaker 4 have nothing coded.
const SEGMENTS: SegmentFact[] = [
  seg(1, 1, 0, 10, 100, [1]), // A
  seg(2, 1, 5, 20, 100, [2]), // B, overlapping 1
  seg(3, 1, 30, 40, 100, [3]), // C, same turn as 1 and 2, overlapping neither
  seg(4, 1, 50, 60, 101, [11, 2]), // A (by its child) and B on one passage
  seg(5, 2, 0, 10, 200, [3]), // C
  seg(6, 2, 10, 15, 200, [1]), // A, touching 5 (half-open): not an overlap
];

function input(unit: TableUnit, pairing: Pairing, percent: PercentBase = 'none'): CrosstabInput {
  const axes = { rows: CODES, cols: CODES };
  return { ...crosstabInput(SEGMENTS, axes, unit, pairing, percent), cooccurrence: true };
}

/** { row: [A, B, C, Total] } */
function counts(unit: TableUnit, pairing: Pairing) {
  const t = crosstab(input(unit, pairing));
  return Object.fromEntries(t.rows.map((r) => [r.key, r.cells.map((c) => c.n)]));
}

describe('co-occurrence matrix', () => {
  it.each<[string, TableUnit, Pairing, Record<string, number[]>]>([
    [
      'passages, same passage: only passage 4 has A and B',
      'passages',
      'segment',
      {
        A: [3, 1, 0, 3],
        B: [1, 2, 0, 2],
        C: [0, 0, 2, 2],
        none: [0, 0, 0, 0],
        total: [3, 2, 2, 6],
      },
    ],
    [
      'passages, overlapping: A-passages 1 and 4 have B with them, B-passages 2 and 4 have A',
      'passages',
      'overlap',
      {
        A: [3, 2, 0, 3],
        B: [2, 2, 0, 2],
        C: [0, 0, 2, 2],
        none: [0, 0, 0, 0],
        // A holds for 1, 2, 4 and 6; B for 1, 2 and 4.
        total: [4, 3, 2, 6],
      },
    ],
    [
      'passages, same turn: turn 100 holds A, B and C; turn 101 A and B; turn 200 A and C',
      'passages',
      'turn',
      {
        A: [3, 2, 2, 3],
        B: [2, 2, 1, 2],
        C: [2, 1, 2, 2],
        none: [0, 0, 0, 0],
        total: [6, 4, 5, 6],
      },
    ],
    [
      'interviews, overlapping: only interview 1 has A with B; interview 3 has nothing',
      'interviews',
      'overlap',
      {
        A: [2, 1, 0, 2],
        B: [1, 1, 0, 1],
        C: [0, 0, 2, 2],
        none: [0, 0, 0, 1],
        total: [2, 1, 2, 3],
      },
    ],
    [
      'interviews, same turn: A with C in both interviews',
      'interviews',
      'turn',
      {
        A: [2, 1, 2, 2],
        B: [1, 1, 1, 1],
        C: [2, 1, 2, 2],
        none: [0, 0, 0, 1],
        total: [2, 1, 2, 3],
      },
    ],
    [
      'participants, overlapping: speakers 1 (passages 1, 2) and 2 (passage 4) have A with B',
      'participants',
      'overlap',
      {
        A: [3, 2, 0, 3],
        B: [2, 2, 0, 2],
        C: [0, 0, 2, 2],
        none: [0, 0, 0, 1],
        total: [3, 2, 2, 4],
      },
    ],
  ])('%s', (_, unit, pairing, expected) => {
    expect(counts(unit, pairing)).toEqual(expected);
  });

  it.each<[TableUnit, Pairing]>(
    (['passages', 'interviews', 'participants'] as const).flatMap((u) =>
      (['segment', 'overlap', 'turn'] as const).map((p): [TableUnit, Pairing] => [u, p]),
    ),
  )('its diagonal is each code alone, as its Total column (%s, %s)', (unit, pairing) => {
    const t = crosstab(input(unit, pairing));
    const cells = t.rows.slice(0, 3).map((r) => r.cells.map((c) => c.n));
    for (let r = 0; r < 3; r++) {
      expect(cells[r]?.[r]).toBe(cells[r]?.[3]);
      // A column's population (its Total row) holds at least the units carrying its code.
      expect(t.rows.at(-1)?.cells[r]?.n).toBeGreaterThanOrEqual(cells[r]?.[r] ?? 0);
    }
  });

  it.each<[TableUnit, Pairing]>([
    ['interviews', 'segment'],
    ['interviews', 'overlap'],
    ['interviews', 'turn'],
    ['passages', 'segment'],
    ['participants', 'turn'],
  ])('is symmetric where "together" is the same for both codes (%s, %s)', (unit, pairing) => {
    const t = crosstab(input(unit, pairing));
    const cells = t.rows.map((r) => r.cells.map((c) => c.n));
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 3; c++) expect(cells[r]?.[c]).toBe(cells[c]?.[r]);
  });

  it('by passages reads across a row: one long A-passage over two short B-passages', () => {
    const segments = [
      seg(1, 1, 0, 100, 100, [1]),
      seg(2, 1, 10, 20, 100, [2]),
      seg(3, 1, 30, 40, 100, [2]),
    ];
    const t = crosstab({
      ...input('passages', 'overlap', 'row'),
      units: [1, 2, 3],
      segments,
    });
    const at = (r: number, c: number) => t.rows[r]?.cells[c];
    // Of the A-passages (1), one has B with it; of the B-passages (2), both have A with them.
    expect(at(0, 1)).toEqual({ n: 1, pct: 100 });
    expect(at(1, 0)).toEqual({ n: 2, pct: 100 });
  });

  it('row percents read as "of the units with the row code, the share that also have the column code"', () => {
    const t = crosstab(input('interviews', 'turn', 'row'));
    const a = t.rows.find((r) => r.key === 'A');
    expect(a?.cells.map((c) => c.pct)).toEqual([100, 50, 100, 100]);
  });

  it('says what it counts instead of the multiple-response note', () => {
    const t = crosstab(input('passages', 'overlap'));
    expect(t.notes.map((n) => n.key)).toEqual(['base', 'cooccurrence']);
    expect(t.notes[1]?.values).toEqual({ unit: 'passages' });
  });

  it('without the flag it is the same cross-table with the multiple-response note', () => {
    const flagged = crosstab(input('passages', 'turn'));
    const plain = crosstab({ ...input('passages', 'turn'), cooccurrence: false });
    expect(plain.rows).toEqual(flagged.rows);
    expect(plain.notes.map((n) => n.key)).toEqual(['base', 'multipleResponse']);
  });
});
