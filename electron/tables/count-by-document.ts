// Tables of code rows by code columns (or none), by passages or interviews, with any pairing (same
// passage, overlap, same turn): the tables a report is made of, counted document by document. Both units belong
// to one document, so a table is the sum of its documents' counts; each document's counts are kept
// per table question and recounted only when that document's coding changed. SQLite packs each
// document's passages into one string (db/queries/table-counts.ts); at 144,000 passages that reads
// several times faster than the facts in memory (./facts), which count every other table.
import type { Project } from '../../db/project';
import type { PackedPassages } from '../../db/queries/table-counts';
import type { CodeAxis, TableCounts } from '../../shared/tables/crosstab';
import type { Pairing, TableUnit } from '../../shared/tables/types';
import type { SpeakerRole } from '../../shared/transcript/types';
import { alsoForget, readStructure, turnAt } from './facts';

export interface DocumentCountInput {
  documents: readonly number[];
  unit: TableUnit;
  pairing: Pairing;
  rows: CodeAxis;
  cols: CodeAxis | null;
  coders: ReadonlySet<string> | null;
  includeInterviewers: boolean;
}

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

/** Whether this table is counted document by document; the others from the facts in memory. */
export function countsByDocument(input: {
  unit: TableUnit;
  pairing: Pairing;
  rows: { kind: string };
  cols: { kind: string } | null;
}): boolean {
  return (
    (input.unit === 'passages' || input.unit === 'interviews') &&
    input.rows.kind === 'codes' &&
    (input.cols === null || input.cols.kind === 'codes')
  );
}

interface Question {
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
  // The passages that count, in start order, with their row items and own column items.
  const kept: number[] = [];
  const rowHits: number[][] = [];
  const own: number[][] = [];
  /** The turn each kept passage starts in (null outside turns). */
  const turnOf: (number | null)[] = [];
  // Which passage last took each row and column item: each item once per passage, without a Set
  // per passage (at 144,000 passages the allocations were most of the count).
  const rowSeen = new Int32Array(R).fill(-1);
  const colSeen = new Int32Array(C).fill(-1);
  for (let i = 0; i < p.ids.length; i++) {
    if (q.coders && !q.coders.has(p.coders[i] ?? 0)) continue;
    const turn = turnAt(turns, p.starts[i] ?? 0);
    const speaker = turn?.[4];
    if (!q.includeInterviewers && speaker != null && roles.get(speaker) === 'interviewer') continue;
    turnOf.push(turn?.[0] ?? null);
    const r: number[] = [];
    const c: number[] = [];
    for (let k = p.codeAt[i] ?? 0; k < (p.codeAt[i + 1] ?? 0); k++) {
      const code = p.codes[k] ?? 0;
      for (const item of q.rowsOf.get(code) ?? NO_ITEMS)
        if (rowSeen[item] !== i) {
          rowSeen[item] = i;
          r.push(item);
        }
      for (const item of q.colsOf.get(code) ?? NO_ITEMS)
        if (colSeen[item] !== i) {
          colSeen[item] = i;
          c.push(item);
        }
    }
    kept.push(i);
    rowHits.push(r);
    own.push(c);
  }
  // What holds for each kept passage: its own column items; with overlap pairing those of the
  // passages overlapping it (half-open ranges: [0,5) and [5,9) do not overlap); with turn pairing
  // those of its turn, and for a passage outside turns those of the others outside turns that
  // overlap it (as shared/tables/crosstab.ts's holdIndex).
  const paired = C > 0 && (q.pairing === 'overlap' || q.pairing === 'turn');
  const holds: Iterable<number>[] = paired ? own.map((c) => new Set(c)) : own;
  /** Adds a column item that holds for passage `at` (paired tables only, whose holds are Sets). */
  const hold = (at: number, c: number) => (holds[at] as Set<number>).add(c);
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
  if (q.pairing === 'overlap' && C > 0) overlaps(kept.map((_, at) => at));
  if (q.pairing === 'turn' && C > 0) {
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
  const interviews = q.unit === 'interviews';
  const add = (array: Int32Array, index: number) => {
    if (interviews) array[index] = 1;
    else array[index] = (array[index] ?? 0) + 1;
  };
  if (!interviews) out.population = kept.length;
  kept.forEach((_, at) => {
    const rows = rowHits[at] ?? [];
    const cols = holds[at] ?? NO_ITEMS;
    for (const r of rows) add(out.rowTotals, r);
    if (rows.length) add(out.rowTotals, R);
    for (const c of cols) {
      add(out.columns, c);
      if (rows.length) add(out.named, c);
      for (const r of rows) add(out.cells, r * C + c);
    }
  });
  return out;
}

/** Per document: its counts at its coding version. */
type PerDocument = Map<number, { version: number; counts: DocumentCounts }>;
interface Cached {
  structure: number;
  /** Per table question. */
  questions: Map<string, PerDocument>;
}
const cache = new WeakMap<Project, Cached>();
/** Questions kept per project: enough for a report's tables, bounded in memory. */
const QUESTIONS_KEPT = 16;

alsoForget((project, documentId) => {
  if (documentId === undefined) cache.delete(project);
  else for (const docs of cache.get(project)?.questions.values() ?? []) docs.delete(documentId);
});

function itemsOf(axis: CodeAxis | null): Map<number, number[]> {
  const out = new Map<number, number[]>();
  axis?.items.forEach((item, i) => {
    for (const id of item.codeIds) out.set(id, [...(out.get(id) ?? []), i]);
  });
  return out;
}

export function countByDocument(project: Project, input: DocumentCountInput): TableCounts {
  const cols = input.cols?.items.length ?? 0;
  return sumCounts(countsPerDocument(project, input), input.rows.items.length, cols);
}

/**
 * A code x document matrix from the same counts: each interview's column is its own counts (the
 * units carrying each row code, its units, those without a row code); Total is their sum.
 */
export function countByDocumentColumns(
  project: Project,
  input: Omit<DocumentCountInput, 'cols' | 'pairing'>,
): TableCounts {
  const docs = countsPerDocument(project, { ...input, cols: null, pairing: 'segment' });
  const rowCount = input.rows.items.length;
  const whole = sumCounts(docs, rowCount, 0);
  const own = (pick: (d: DocumentCounts) => number) => docs.map((d) => (d ? pick(d) : 0));
  return {
    cells: whole.cells.map((line, r) => [...own((d) => d.rowTotals[r] ?? 0), line[0] ?? 0]),
    totals: [...own((d) => d.population), whole.base],
    none: [...own((d) => d.population - (d.rowTotals[rowCount] ?? 0)), whole.none[0] ?? 0],
    base: whole.base,
  };
}

/** Each of input.documents' counts, in that order (recounted where its coding changed). */
function countsPerDocument(
  project: Project,
  input: DocumentCountInput,
): (DocumentCounts | undefined)[] {
  const versions = project.tables.versions();
  const structure = readStructure(project, versions.structure);
  let entry = cache.get(project);
  if (!entry || entry.structure !== versions.structure) {
    entry = { structure: versions.structure, questions: new Map() };
    cache.set(project, entry);
  }
  const question: Question = {
    unit: input.unit === 'interviews' ? 'interviews' : 'passages',
    pairing: input.pairing,
    rowsOf: itemsOf(input.rows),
    colsOf: itemsOf(input.cols),
    rowCount: input.rows.items.length,
    colCount: input.cols?.items.length ?? 0,
    coders: input.coders ? new Set(project.tables.coderIds([...input.coders])) : null,
    includeInterviewers: input.includeInterviewers,
  };
  const key = JSON.stringify({
    ...question,
    rowsOf: [...question.rowsOf],
    colsOf: [...question.colsOf],
    coders: question.coders && [...question.coders].sort(),
  });
  const perDoc: PerDocument = entry.questions.get(key) ?? new Map<number, never>();
  entry.questions.delete(key); // set again last: the most recently used question stays
  entry.questions.set(key, perDoc);
  if (entry.questions.size > QUESTIONS_KEPT)
    entry.questions.delete(entry.questions.keys().next().value as string);

  const version = (doc: number) => versions.coding.get(doc) ?? 0;
  const stale = input.documents.filter((doc) => perDoc.get(doc)?.version !== version(doc));
  if (stale.length) {
    const packed = project.tables.packedPassages(stale);
    for (const doc of stale)
      perDoc.set(doc, {
        version: version(doc),
        counts: countDocument(
          packed.get(doc),
          question,
          structure.turnsByDoc.get(doc),
          structure.roles,
        ),
      });
  }
  return input.documents.map((doc) => perDoc.get(doc)?.counts);
}

/** The table's counts from its documents' counts (rows x columns, then the Total column). */
export function sumCounts(
  docs: readonly (DocumentCounts | undefined)[],
  rowCount: number,
  colCount: number,
): TableCounts {
  const cells = Array.from({ length: rowCount }, () => new Array<number>(colCount + 1).fill(0));
  const totals = new Array<number>(colCount + 1).fill(0);
  const named = new Array<number>(colCount + 1).fill(0);
  let base = 0;
  for (const d of docs) {
    if (!d) continue;
    base += d.population;
    named[colCount] = (named[colCount] ?? 0) + (d.rowTotals[rowCount] ?? 0);
    for (let r = 0; r < rowCount; r++) {
      const line = cells[r] as number[];
      line[colCount] = (line[colCount] ?? 0) + (d.rowTotals[r] ?? 0);
      for (let c = 0; c < colCount; c++)
        line[c] = (line[c] ?? 0) + (d.cells[r * colCount + c] ?? 0);
    }
    for (let c = 0; c < colCount; c++) {
      totals[c] = (totals[c] ?? 0) + (d.columns[c] ?? 0);
      named[c] = (named[c] ?? 0) + (d.named[c] ?? 0);
    }
  }
  totals[colCount] = base;
  return { cells, totals, none: totals.map((t, c) => t - (named[c] ?? 0)), base };
}
