// The printed layout of a computed table, shared by every export (XLSX, DOCX, CSV, Markdown and the
// clipboard): which sub-columns each column gets (count, percent or both), the header words, the
// caption and the sentences under the table. The writers only draw this layout, so every format
// holds the same cells under the same headings.
import { formatCount, formatPct, roundHalfUp } from './format';
import { oneColumnBlocks } from './split';
import type { ComputedTable, LineKind, TableCell, TableNote, TableSplit } from './types';
import {
  blockLabel,
  localizeTable,
  noteText,
  percentWord,
  tableWords,
  type TableLanguage,
} from './words';

export type CellPart = 'n' | 'pct';

/** One printed number column: the count or the percent of one of the table's columns. */
export interface LeafColumn {
  /** Index into table.columns and into every row's cells. */
  column: number;
  part: CellPart;
  /** The column's label ("Kommit längst") and the sub-heading ("Antal", "Procent", "% av rad"). */
  label: string;
  sub: string;
  kind: LineKind;
  /** In a split table, the heading of the block the column belongs to ("Chefer (n = 3)"). */
  block: string | null;
  /** The first printed column of a block after the first (where a block divider goes). */
  blockStart: boolean;
}

/** A split table's top header row: each block's heading over its printed columns. */
export interface LayoutBlock {
  label: string;
  /** Printed columns (leaves) under it. */
  span: number;
}

export interface LayoutRow {
  label: string;
  kind: LineKind;
  cells: TableCell[];
}

export interface TableLayout {
  /** "Tabell 2. Områden efter bedömning", or the title alone when no number is given. */
  caption: string;
  /** Heading over the row labels ("Områden"). */
  corner: string;
  leaves: LeafColumn[];
  /** The rows with total and "none" lines labelled in the language. */
  rows: LayoutRow[];
  /** True when some column has a percent: the header then has a second row (Antal, Procent). */
  split: boolean;
  /**
   * A split table's blocks over the column headings, or null: no split, or a split of a one-way
   * table, whose blocks are single columns named by the block ("Chefer (n = 3)").
   */
  blocks: LayoutBlock[] | null;
  /** The base first, then the table's own notes, as sentences in the language. */
  notes: string[];
}

const CAPTION = { sv: 'Tabell', en: 'Table' } as const;
const NUMBERED = /^(tabell|table)\s+\d+\b/i;

/**
 * "Tabell 3. Title" for the table at `number` (1-based). A title that already starts with a table
 * number (a saved table named "Tabell 3") is kept as it is rather than numbered twice.
 */
export function captionText(title: string, number: number | null, language: TableLanguage) {
  const text = title.trim();
  if (number === null || NUMBERED.test(text)) return text;
  return text ? `${CAPTION[language]} ${number}. ${text}` : `${CAPTION[language]} ${number}.`;
}

/**
 * The number each table gets in a file: tables whose title carries its own number are skipped, as
 * Word's caption numbering (a SEQ field in each numbered caption) skips them.
 */
export function tableNumbers(tables: readonly { title: string }[]): (number | null)[] {
  let next = 0;
  return tables.map((t) => (NUMBERED.test(t.title.trim()) ? null : ++next));
}

/**
 * A column shows percents when any of its cells has one. A column with nothing in it (all counts
 * zero, so no base) still gets its empty percent column when the table has percents elsewhere,
 * so that it lines up with its neighbours; a column whose percents are deliberately absent while it
 * has counts (a sum of mentions) gets only its count.
 */
function columnParts(table: ComputedTable, column: number, tableHasPct: boolean): CellPart[] {
  const cells = table.rows.map((r) => r.cells[column]);
  const anyPct = cells.some((c) => c !== undefined && c.pct !== null);
  const empty = cells.every((c) => c === undefined || c.n === 0);
  return anyPct || (tableHasPct && empty) ? ['n', 'pct'] : ['n'];
}

/** The notes as sentences, the base first (made from the table when its notes lack one). */
export function tableNotes(table: ComputedTable, language: TableLanguage): string[] {
  const base: TableNote = { key: 'base', values: { n: table.base, unit: table.unit } };
  const notes = table.notes.some((note) => note.key === 'base')
    ? table.notes
    : [base, ...table.notes];
  // Counts in a sentence are written as in the table: "n = 12 352", not "n = 12352".
  return notes.map((note) => {
    if (note.key === 'split' && table.split) note = splitNote(note, table.split, language);
    const values = Object.fromEntries(
      Object.entries(note.values).map(([k, v]) => [
        k,
        typeof v === 'number' && Number.isInteger(v) ? formatCount(v, language) : v,
      ]),
    );
    return noteText({ key: note.key, values }, language);
  });
}

/** The split note with each block's base: "Chefer n = 3, Medarbetare n = 3". */
function splitNote(note: TableNote, split: TableSplit, language: TableLanguage): TableNote {
  const parts = split.blocks
    .filter((b) => b.kind !== 'all')
    .map((b) => `${blockLabel(b, language)} n = ${formatCount(b.base, language)}`)
    .join(', ');
  return { key: note.key, values: { ...note.values, parts } };
}

/**
 * The table as computed (or as the screen localized it): total and "none" lines are labelled in
 * `language` here.
 */
export function tableLayout(
  computed: ComputedTable,
  language: TableLanguage,
  number: number | null,
): TableLayout {
  const words = tableWords(language);
  const table = localizeTable(computed, language);
  const tableHasPct =
    table.percent !== 'none' && table.rows.some((r) => r.cells.some((c) => c.pct !== null));
  // "% av kolumn" says what the percent is of; a percent of the base is the plain "Procent" that a
  // statistics package prints in its frequency tables.
  const pctSub =
    table.percent === 'column' || table.percent === 'row'
      ? percentWord(table.percent, language)
      : words.percent;
  // A table of totals only (a one-way count) is not set in bold throughout.
  const onlyTotals = table.columnKinds.every((k) => k === 'total');
  const blocks = blockOfColumns(table, language);
  const singleColumns = blocks !== null && oneColumnBlocks(table);
  const leaves = table.columns.flatMap((c, column) =>
    columnParts(table, column, tableHasPct).map((part, i): LeafColumn => {
      const block = blocks?.[column] ?? null;
      return {
        column,
        part,
        label: singleColumns && block ? block.label : c.label,
        sub: part === 'n' ? words.count : pctSub,
        kind: onlyTotals ? 'value' : (table.columnKinds[column] ?? 'value'),
        block: singleColumns || !block ? null : block.label,
        blockStart: !!block?.first && column > 0 && i === 0,
      };
    }),
  );
  const layoutBlocks: LayoutBlock[] = [];
  if (blocks && !singleColumns)
    leaves.forEach((leaf) => {
      const last = layoutBlocks.at(-1);
      if (last && !leaf.blockStart) last.span++;
      else layoutBlocks.push({ label: leaf.block ?? '', span: 1 });
    });
  return {
    caption: captionText(table.title, number, language),
    corner: table.rowAxis,
    leaves,
    rows: table.rows.map((r, i) => ({
      label: r.label,
      kind: table.rowKinds[i] ?? 'value',
      cells: r.cells,
    })),
    split: leaves.some((l) => l.part === 'pct'),
    blocks: layoutBlocks.length ? layoutBlocks : null,
    notes: tableNotes(table, language),
  };
}

/** For each column, its block's heading ("Chefer (n = 3)") and whether it opens the block. */
function blockOfColumns(
  table: ComputedTable,
  language: TableLanguage,
): { label: string; first: boolean }[] | null {
  const split = table.split;
  if (!split) return null;
  return split.blocks.flatMap((b) => {
    const label = `${blockLabel(b, language)} (n = ${formatCount(b.base, language)})`;
    return Array.from({ length: b.span }, (_, i) => ({ label, first: i === 0 }));
  });
}

/** The number a leaf holds in a row: the count, or the unrounded percent (null when it has none). */
export function leafValue(cell: TableCell | undefined, part: CellPart): number | null {
  if (!cell) return null;
  return part === 'n' ? cell.n : cell.pct;
}

/** As the report prints it: "1 234" and "34,2" in Swedish, "1,234" and "34.2" in English. */
export function leafText(
  cell: TableCell | undefined,
  part: CellPart,
  language: TableLanguage,
): string {
  const value = leafValue(cell, part);
  if (value === null) return '';
  return part === 'n' ? formatCount(value, language) : formatPct(value, language);
}

/**
 * For text a spreadsheet parses (CSV, tab-separated paste): counts without grouping, percents
 * rounded to one decimal with `decimalMark`.
 */
export function leafPlain(
  cell: TableCell | undefined,
  part: CellPart,
  decimalMark: '.' | ',',
): string {
  const value = leafValue(cell, part);
  if (value === null || !Number.isFinite(value)) return '';
  if (part === 'n') return String(value);
  const text = roundHalfUp(value, 1).toFixed(1);
  return decimalMark === ',' ? text.replace('.', ',') : text;
}

/**
 * A one-row heading for formats that have a single header line: "Kommit längst (Antal)", in a
 * split table "Chefer (n = 3): Kommit längst (Antal)".
 */
export function flatHeading(leaf: LeafColumn, split: boolean): string {
  const label = split ? `${leaf.label} (${leaf.sub})` : leaf.label;
  return leaf.block ? `${leaf.block}: ${label}` : label;
}
