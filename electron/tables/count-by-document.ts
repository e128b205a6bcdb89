// Tables of code rows by code columns (or none), by passages or interviews, with any pairing (same
// passage, overlap, same turn): the tables a report is made of, counted document by document. Both units belong
// to one document, so a table is the sum of its documents' counts; each document's counts are kept
// per table question and recounted only when that document's coding changed. SQLite packs each
// document's passages into one string (db/queries/table-counts.ts); at 144,000 passages that reads
// several times faster than the facts in memory (./facts), which count every other table.
import type { Project } from '../../db/project';
import type { CodeAxis, TableCounts } from '../../shared/tables/crosstab';
import type { Pairing, TableUnit } from '../../shared/tables/types';
import { countDocument, type DocumentCounts, type Question } from './count-document';
import { alsoForget, readStructure } from './facts';

export interface DocumentCountInput {
  documents: readonly number[];
  unit: TableUnit;
  pairing: Pairing;
  rows: CodeAxis;
  cols: CodeAxis | null;
  coders: ReadonlySet<string> | null;
  includeInterviewers: boolean;
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
