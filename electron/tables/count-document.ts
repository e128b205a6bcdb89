// One document's counts for a table question (see count-by-document.ts, which keeps them per
// document and sums them): each passage that counts (coder, interviewer turns) adds its row items
// and the column items that hold for it, by passage or once per interview.
import type { PackedPassages } from '../../db/queries/table-counts';
import type { Pairing } from '../../shared/tables/types';
import type { SpeakerRole } from '../../shared/transcript/types';
import { turnAt } from './facts';

/** What one document adds to a table. */
export interface DocumentCounts {
  population: number;
  /** Units carrying each row item; units carrying any row item at index rows.length. */
  rowTotals: Int32Array;
  /** Units for which each column item holds. */
  columns: Int32Array;
  /** Units carrying a row item with a column item holding: [row * columns + column]. */
  cells: Int32Array;
  /** Units carrying any row item, per column item that holds for them. */
  named: Int32Array;
}

/** A table's question, as one document's count needs it: the code items of rows and columns. */
export interface Question {
  unit: 'passages' | 'interviews';
  pairing: Pairing;
  rowsOf: Map<number, number[]>;
  colsOf: Map<number, number[]>;
  rowCount: number;
  colCount: number;
  coders: Set<number> | null;
  includeInterviewers: boolean;
}

const NO_ITEMS: readonly number[] = [];

/** One document's counts for a question. `turns` and `roles` place passages in speaker turns. */
export function countDocument(
  p: PackedPassages | undefined,
  q: Question,
  turns: Parameters<typeof turnAt>[0],
  roles: ReadonlyMap<number, SpeakerRole>,
): DocumentCounts {
  const R = q.rowCount;
  const C = q.colCount;
  const out: DocumentCounts = {
    population: q.unit === 'interviews' ? 1 : 0,
    rowTotals: new Int32Array(R + 1),
    columns: new Int32Array(C),
    cells: new Int32Array(R * C),
    named: new Int32Array(C),
  };
  if (!p) return out;
  // Which passage last took each row and column item: each item once per passage, without a Set
  // per passage (at 144,000 passages the allocations were most of the count).
  const rowSeen = new Int32Array(R).fill(-1);
  const colSeen = new Int32Array(C).fill(-1);
  const rowBuf = new Int32Array(R);
  const colBuf = new Int32Array(C);
  const interviews = q.unit === 'interviews';
  const add = (array: Int32Array, index: number) => {
    if (interviews) array[index] = 1;
    else array[index] = (array[index] ?? 0) + 1;
  };
  /** Counts one passage: its row items and the column items that hold for it. */
  const tally = (
    rows: ArrayLike<number>,
    rowCount: number,
    cols: ArrayLike<number>,
    colCount: number,
  ) => {
    for (let k = 0; k < rowCount; k++) add(out.rowTotals, rows[k] ?? 0);
    if (rowCount) add(out.rowTotals, R);
    for (let j = 0; j < colCount; j++) {
      const c = cols[j] ?? 0;
      add(out.columns, c);
      if (rowCount) add(out.named, c);
      for (let k = 0; k < rowCount; k++) add(out.cells, (rows[k] ?? 0) * C + c);
    }
  };
  // Paired tables (overlap, turn) need every passage's items before any is counted; the others
  // count each passage as it is read.
  const paired = C > 0 && (q.pairing === 'overlap' || q.pairing === 'turn');
  // Paired tables only: the passages that count, in start order, with their row items, own column
  // items and the turn each starts in (null outside turns).
  const kept: number[] = [];
  const rowHits: number[][] = [];
  const own: number[][] = [];
  const turnOf: (number | null)[] = [];
  let counted = 0;
  for (let i = 0; i < p.ids.length; i++) {
    if (q.coders && !q.coders.has(p.coders[i] ?? 0)) continue;
    const turn = turnAt(turns, p.starts[i] ?? 0);
    const speaker = turn?.[4];
    if (!q.includeInterviewers && speaker != null && roles.get(speaker) === 'interviewer') continue;
    let nr = 0;
    let nc = 0;
    for (let k = p.codeAt[i] ?? 0; k < (p.codeAt[i + 1] ?? 0); k++) {
      const code = p.codes[k] ?? 0;
      for (const item of q.rowsOf.get(code) ?? NO_ITEMS)
        if (rowSeen[item] !== i) {
          rowSeen[item] = i;
          rowBuf[nr++] = item;
        }
      for (const item of q.colsOf.get(code) ?? NO_ITEMS)
        if (colSeen[item] !== i) {
          colSeen[item] = i;
          colBuf[nc++] = item;
        }
    }
    counted++;
    if (!paired) {
      tally(rowBuf, nr, colBuf, nc);
      continue;
    }
    kept.push(i);
    turnOf.push(turn?.[0] ?? null);
    rowHits.push(Array.from(rowBuf.subarray(0, nr)));
    own.push(Array.from(colBuf.subarray(0, nc)));
  }
  if (!interviews) out.population = counted;
  if (!paired) return out;
  // What holds for each kept passage: its own column items; with overlap pairing those of the
  // passages overlapping it (half-open ranges: [0,5) and [5,9) do not overlap); with turn pairing
  // those of its turn, and for a passage outside turns those of the others outside turns that
  // overlap it (as shared/tables/crosstab.ts's holdIndex).
  const holds = own.map((c) => new Set(c));
  /** Adds a column item that holds for passage `at`. */
  const hold = (at: number, c: number) => holds[at]?.add(c);
  const overlaps = (among: number[]) => {
    let active: number[] = [];
    for (const at of among) {
      const start = p.starts[kept[at] ?? 0] ?? 0;
      active = active.filter((a) => (p.ends[kept[a] ?? 0] ?? 0) > start);
      for (const a of active) {
        for (const c of own[a] ?? []) hold(at, c);
        for (const c of own[at] ?? []) hold(a, c);
      }
      active.push(at);
    }
  };
  if (q.pairing === 'overlap') overlaps(kept.map((_, at) => at));
  if (q.pairing === 'turn') {
    const byTurn = new Map<number, Set<number>>();
    turnOf.forEach((turn, at) => {
      if (turn === null) return;
      const set = byTurn.get(turn) ?? new Set<number>();
      for (const c of own[at] ?? []) set.add(c);
      byTurn.set(turn, set);
    });
    turnOf.forEach((turn, at) => {
      for (const c of (turn === null ? undefined : byTurn.get(turn)) ?? []) hold(at, c);
    });
    overlaps(turnOf.flatMap((turn, at) => (turn === null ? [at] : [])));
  }
  kept.forEach((_, at) => {
    const rows = rowHits[at] ?? [];
    const cols = [...(holds[at] ?? NO_ITEMS)];
    tally(rows, rows.length, cols, cols.length);
  });
  return out;
}
