// A table split by Grupp as the engine joins it: the whole (6 interviews), Chefer (3) and
// Medarbetare (3), each with its own counts, totals and column percents; and a one-way table
// (areas alone) split by Intervjuomgång, whose blocks are single columns.
import { joinBlocks, type BlockPart } from '../../../shared/tables/split';
import type { ComputedTable } from '../../../shared/tables/types';
import { makeTable } from './fixtures';

const COLUMNS = [
  { key: 'Kommit längst', label: 'Kommit längst' },
  { key: 'Störst behov', label: 'Störst behov' },
  { key: 'total', label: 'Total', kind: 'total' as const },
];

function block(base: number, n: [number[], number[], number[], number[]]): ComputedTable {
  const [one, three, none, total] = n;
  return makeTable({
    title: 'Områden efter Bedömning',
    unit: 'interviews',
    rowAxis: 'Områden',
    colAxis: 'Bedömning',
    percent: 'column',
    columns: COLUMNS,
    rows: [
      { key: '1', label: '1. Brukardelaktighet', n: one },
      { key: '3', label: '3. Rimlig arbetsbelastning', n: three },
      { key: 'none', label: 'Inte kodad', kind: 'none', n: none },
      { key: 'total', label: 'Total', kind: 'total', n: total },
    ],
    notes: [
      { key: 'base', values: { n: base, unit: 'interviews' } },
      { key: 'interviewersExcluded', values: {} },
      ...(base === 6 ? [{ key: 'multipleResponse', values: {} }] : []),
    ],
  });
}

export const WHOLE = block(6, [
  [3, 1, 4],
  [1, 3, 3],
  [1, 2, 1],
  [4, 5, 6],
]);
export const CHEFER = block(3, [
  [2, 0, 2],
  [1, 2, 2],
  [0, 1, 0],
  [2, 3, 3],
]);
export const MEDARBETARE = block(3, [
  [1, 1, 2],
  [0, 1, 1],
  [1, 1, 1],
  [2, 2, 3],
]);

export const PARTS: BlockPart[] = [
  { kind: 'all', value: null, table: WHOLE },
  { kind: 'value', value: 'Chefer', table: CHEFER },
  { kind: 'value', value: 'Medarbetare', table: MEDARBETARE },
];

export const SPLIT = joinBlocks('Grupp', 'Områden efter Bedömning, uppdelat efter Grupp', PARTS, {
  multiValued: false,
});

function oneWay(base: number, n: number[]): ComputedTable {
  return makeTable({
    title: 'Områden',
    unit: 'interviews',
    rowAxis: 'Områden',
    colAxis: null,
    percent: 'column',
    columns: [{ key: 'total', label: 'Total', kind: 'total' }],
    rows: [
      { key: '1', label: '1. Brukardelaktighet', n: [n[0] ?? 0] },
      { key: '3', label: '3. Rimlig arbetsbelastning', n: [n[1] ?? 0] },
      { key: 'none', label: 'Inte kodad', kind: 'none', n: [n[2] ?? 0] },
      { key: 'total', label: 'Total', kind: 'total', n: [base] },
    ],
    notes: [{ key: 'base', values: { n: base, unit: 'interviews' } }],
  });
}

export const ONE_WAY_SPLIT = joinBlocks(
  'Intervjuomgång',
  'Områden, uppdelat efter Intervjuomgång',
  [
    { kind: 'all', value: null, table: oneWay(5, [3, 2, 1]) },
    { kind: 'value', value: 'HT 2017', table: oneWay(2, [2, 0, 0]) },
    { kind: 'value', value: 'VT 2018', table: oneWay(2, [1, 1, 0]) },
    { kind: 'missing', value: null, table: oneWay(1, [0, 1, 1]) },
  ],
  { multiValued: false },
);
