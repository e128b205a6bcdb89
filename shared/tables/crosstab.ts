// The counting rules of the table builder, pure: facts in, a ComputedTable out.
//
// Every count is a number of distinct units (passages, interviews, participants, respondents).
// A segment s "carries" a row code r when r (or a code below it) is on s. A column code c "holds"
// for s when c is on s; with pairing 'overlap' also when c is on a segment overlapping s; with
// 'turn' also when c is on a segment in the same speaker turn. Then, with U(s) the unit of s:
//   column population P(c) = { U(s) : c holds for s }          (attribute column: units with value c)
//   cell(r, c)             = { U(s) : s carries r and c holds for s }
//   "none" row             = P(c) minus every cell of the column     (units without a row code)
//   Total row              = |P(c)|;  Total column: the row codes alone over the whole population.
// Rows are multiple response (one unit can name several areas), so rows may add up to more than
// the total; the "none" row and Total make that visible instead of hiding it.
// A co-occurrence matrix is one code axis on both sides, counted by these same rules: the diagonal
// is then the units carrying the code (it holds for its own passages), and so is the Total column.
import { percentOf } from './format';
import type {
  ComputedTable,
  LineKind,
  Pairing,
  PercentBase,
  TableCell,
  TableNote,
  TableUnit,
} from './types';

export interface SegmentFact {
  id: number;
  doc: number;
  start: number;
  end: number;
  /** The turn (and its speaker) in which the segment starts; null in a text without turns. */
  turn: number | null;
  codes: readonly number[];
}

export interface AxisItem {
  key: string;
  label: string;
}

/** A code axis: each item stands for a code and the codes below it. */
export interface CodeAxis {
  kind: 'codes';
  label: string;
  items: (AxisItem & { codeIds: ReadonlySet<number> })[];
}

/** An attribute axis: the values of each unit of the population (several for a multiple attribute). */
export interface AttributeAxis {
  kind: 'attribute';
  label: string;
  items: AxisItem[];
  valuesOf: ReadonlyMap<number, readonly string[]>;
  noneLabel: string;
}

export type Axis = CodeAxis | AttributeAxis;

export interface CrosstabInput {
  title: string;
  unit: TableUnit;
  pairing: Pairing;
  percent: PercentBase;
  /** Every unit of the population (after filters), also those without any coding. */
  units: readonly number[];
  /** The population's segments (after filters on documents, coders and speaker roles). */
  segments: readonly SegmentFact[];
  /** The unit a segment counts for; null when it counts for none (a passage without a speaker). */
  unitOf: (segment: SegmentFact) => number | null;
  rows: Axis;
  cols: Axis | null;
  /** Rows and columns are the same code axis (a co-occurrence matrix): noted under the table. */
  cooccurrence?: boolean;
  notes: TableNote[];
}

const TOTAL = 'Total';

export function crosstab(input: CrosstabInput): ComputedTable {
  const { rows, cols } = input;
  const population = new Set(input.units);
  const holds = cols?.kind === 'codes' ? holdIndex(input.segments, cols, input.pairing) : null;
  const columnSets = cols ? columnPopulations(input, cols, holds) : [];
  // For each column (the value columns, then Total): its population and the cells of every row.
  const columns = [...columnSets, population];
  const rowItems = rows.items;
  const cells: Set<number>[][] = rowItems.map(() => columns.map(() => new Set<number>()));
  // Built once: per segment it cost a map of every column (144 interviews on the documents axis).
  const colIndex = new Map((cols?.items ?? []).map((item, i) => [item.key, i]));

  if (rows.kind === 'codes') {
    const rowOfCode = indexCodes(rows);
    for (const s of input.segments) {
      const u = input.unitOf(s);
      if (u === null || !population.has(u)) continue;
      const rowHits = new Set<number>();
      for (const code of s.codes) for (const r of rowOfCode.get(code) ?? []) rowHits.add(r);
      if (rowHits.size === 0) continue;
      const colHits = columnHits(s, u, cols, holds, colIndex);
      for (const r of rowHits) {
        const line = cells[r] as Set<number>[];
        for (const c of colHits) line[c]?.add(u);
        line[columns.length - 1]?.add(u);
      }
    }
  } else {
    const rowIndex = new Map(rowItems.map((item, i) => [item.key, i]));
    columns.forEach((set, c) => {
      for (const u of set)
        for (const value of rows.valuesOf.get(u) ?? []) {
          const r = rowIndex.get(value);
          if (r !== undefined) cells[r]?.[c]?.add(u);
        }
    });
  }

  const counted = columns.map((set, c) => {
    const named = new Set<number>();
    for (const line of cells) for (const u of line[c] ?? []) named.add(u);
    return [...set].filter((u) => !named.has(u)).length;
  });
  return tableFromCounts(input, {
    cells: cells.map((line) => line.map((set) => set.size)),
    none: counted,
    totals: columns.map((set) => set.size),
    base: population.size,
  });
}

/**
 * The counts of a table, however they were found (sets of units here, SQL in
 * electron/tables/count-in-sql.ts): per row and per column, the value columns then Total.
 */
export interface TableCounts {
  /** cells[row][column]: units in the cell; the last column is the row's Total. */
  cells: number[][];
  /** Per column: units of its population in no row (the "none" row). */
  none: number[];
  /** Per column: its population (the Total row). */
  totals: number[];
  /** The population (n). */
  base: number;
}

/** The table from its counts: lines, keys, percents, notes (the same for every way of counting). */
export function tableFromCounts(
  input: Pick<
    CrosstabInput,
    'title' | 'unit' | 'pairing' | 'percent' | 'rows' | 'cols' | 'cooccurrence' | 'notes'
  >,
  counts: TableCounts,
): ComputedTable {
  const { rows, cols } = input;
  // A co-occurrence matrix says what its cells are instead of the (always true) multiple response.
  const together = input.cooccurrence === true && cols?.kind === 'codes';
  const { none: counted, totals, base } = counts;
  const lines: { key: string; label: string; kind: LineKind; counts: number[] }[] = rows.items.map(
    (item, r) => ({
      key: item.key,
      label: item.label,
      kind: 'value',
      counts: counts.cells[r] ?? [],
    }),
  );
  const noneLabel = rows.kind === 'codes' ? 'Inte kodad' : rows.noneLabel;
  // "Not coded" always means something for codes; a missing attribute value only when it occurs.
  if (rows.kind === 'codes' || counted.some((n) => n > 0))
    lines.push({ key: 'none', label: noneLabel, kind: 'none', counts: counted });
  lines.push({ key: 'total', label: TOTAL, kind: 'total', counts: totals });

  const columnDefs = [
    ...(cols?.items ?? []).map((i) => ({ key: i.key, label: i.label })),
    { key: 'total', label: TOTAL },
  ];
  const rowTotals = lines.map((l) => l.counts[l.counts.length - 1] ?? 0);
  const pct = (n: number, rowIndex: number, colIndex: number): number | null => {
    switch (input.percent) {
      case 'column':
        return percentOf(n, totals[colIndex] ?? 0);
      case 'row':
        return percentOf(n, rowTotals[rowIndex] ?? 0);
      case 'base':
        return percentOf(n, base);
      default:
        return null;
    }
  };
  const multiple =
    lines.some((l) => l.kind === 'value') &&
    totals.some((total, c) => {
      const sum = lines
        .filter((l) => l.kind !== 'total')
        .reduce((a, l) => a + (l.counts[c] ?? 0), 0);
      return sum > total;
    });
  return {
    title: input.title,
    unit: input.unit,
    base,
    columns: columnDefs,
    rows: lines.map((l, r) => ({
      key: l.key,
      label: l.label,
      cells: l.counts.map((n, c): TableCell => ({ n, pct: pct(n, r, c) })),
    })),
    rowAxis: rows.label,
    colAxis: cols?.label ?? null,
    rowKinds: lines.map((l) => l.kind),
    columnKinds: columnDefs.map((c, i) => (i === columnDefs.length - 1 ? 'total' : 'value')),
    percent: input.percent,
    notes: [
      { key: 'base', values: { n: base, unit: input.unit } },
      ...input.notes,
      ...(together
        ? [{ key: 'cooccurrence', values: { unit: input.unit } }]
        : multiple
          ? [{ key: 'multipleResponse', values: {} }]
          : []),
    ],
    checks: [],
  };
}

/** The units of each value column (before the Total column). */
function columnPopulations(
  input: CrosstabInput,
  cols: Axis,
  holds: Map<number, Set<number>> | null,
): Set<number>[] {
  const sets = cols.items.map(() => new Set<number>());
  const population = new Set(input.units);
  if (cols.kind === 'attribute') {
    const index = new Map(cols.items.map((item, i) => [item.key, i]));
    for (const u of population)
      for (const value of cols.valuesOf.get(u) ?? []) sets[index.get(value) ?? -1]?.add(u);
    return sets;
  }
  for (const s of input.segments) {
    const u = input.unitOf(s);
    if (u === null || !population.has(u)) continue;
    for (const c of holds?.get(s.id) ?? []) sets[c]?.add(u);
  }
  return sets;
}

function columnHits(
  s: SegmentFact,
  u: number,
  cols: Axis | null,
  holds: Map<number, Set<number>> | null,
  colIndex: ReadonlyMap<string, number>,
): Iterable<number> {
  if (!cols) return [];
  if (cols.kind === 'codes') return holds?.get(s.id) ?? [];
  return (cols.valuesOf.get(u) ?? []).flatMap((v) => {
    const c = colIndex.get(v);
    return c === undefined ? [] : [c];
  });
}

function indexCodes(axis: CodeAxis): Map<number, number[]> {
  const out = new Map<number, number[]>();
  axis.items.forEach((item, i) => {
    for (const id of item.codeIds) out.set(id, [...(out.get(id) ?? []), i]);
  });
  return out;
}

/**
 * For each segment, the column items that hold for it under the pairing rule. Overlap is found
 * with a sweep over each document's segments in start order, so 20,000 segments stay fast.
 */
export function holdIndex(
  segments: readonly SegmentFact[],
  cols: CodeAxis,
  pairing: Pairing,
): Map<number, Set<number>> {
  const colOfCode = indexCodes(cols);
  const own = new Map<number, number[]>();
  for (const s of segments) {
    const hits = new Set<number>();
    for (const code of s.codes) for (const c of colOfCode.get(code) ?? []) hits.add(c);
    own.set(s.id, [...hits]);
  }
  const out = new Map<number, Set<number>>(segments.map((s) => [s.id, new Set(own.get(s.id))]));
  if (pairing === 'segment') return out;
  if (pairing === 'turn') {
    const byTurn = new Map<number, Set<number>>();
    for (const s of segments) {
      if (s.turn === null) continue;
      const set = byTurn.get(s.turn) ?? new Set<number>();
      for (const c of own.get(s.id) ?? []) set.add(c);
      byTurn.set(s.turn, set);
    }
    for (const s of segments) {
      const shared = s.turn === null ? undefined : byTurn.get(s.turn);
      if (shared) for (const c of shared) out.get(s.id)?.add(c);
    }
    // A text without turns falls back to overlap, the next closest reading of "together".
    const loose = segments.filter((s) => s.turn === null);
    if (loose.length) addOverlaps(loose, own, out);
    return out;
  }
  addOverlaps(segments, own, out);
  return out;
}

function addOverlaps(
  segments: readonly SegmentFact[],
  own: Map<number, number[]>,
  out: Map<number, Set<number>>,
): void {
  const sorted = [...segments].sort((a, b) => a.doc - b.doc || a.start - b.start);
  let active: SegmentFact[] = [];
  let doc = -1;
  for (const s of sorted) {
    if (s.doc !== doc) {
      active = [];
      doc = s.doc;
    }
    // Half-open ranges: [0,5) and [5,9) touch but do not overlap.
    active = active.filter((a) => a.end > s.start);
    for (const a of active) {
      for (const c of own.get(a.id) ?? []) out.get(s.id)?.add(c);
      for (const c of own.get(s.id) ?? []) out.get(a.id)?.add(c);
    }
    active.push(s);
  }
}
