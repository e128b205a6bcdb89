// A table split by an attribute: the whole and one table per value, each counted on its own, set
// side by side as blocks of one table (as MAXQDA's crosstab and NVivo's matrix coding show them);
// and the way back, one block as a table of its own (for a chart). Pure: the blocks come counted.
import type { BlockKind, ComputedTable, LineKind, TableBlock, TableCell, TableNote } from './types';
import { blockLabel, defaultTableTitle, type TableLanguage } from './words';

export interface BlockPart {
  kind: BlockKind;
  value: string | null;
  /** The block counted as a table of its own (its own base, totals and percents). */
  table: ComputedTable;
}

/** Notes that hold for a block rather than for the joined table (said once, from the blocks). */
const BLOCK_NOTES = new Set(['base', 'multipleResponse', 'cooccurrence', 'filters']);

interface Line {
  key: string;
  label: string;
  kind: LineKind;
}

/**
 * The rows of every block: the whole's rows, in its order. A block's rows are always among them
 * (its units are some of the whole's), but a row only some block has is kept all the same, before
 * the Total row, rather than lost.
 */
function unionRows(parts: readonly BlockPart[]): Line[] {
  const lines: Line[] = [];
  const seen = new Set<string>();
  for (const part of parts)
    part.table.rows.forEach((row, r) => {
      if (seen.has(row.key)) return;
      seen.add(row.key);
      const line = { key: row.key, label: row.label, kind: part.table.rowKinds[r] ?? 'value' };
      const total = lines.findIndex((l) => l.kind === 'total');
      if (line.kind === 'total' || total < 0) lines.push(line);
      else lines.splice(total, 0, line);
    });
  return lines;
}

/** A row a block does not print (a "none" row that is empty there): zero, with the percent of 0. */
function zeroCell(table: ComputedTable, column: number): TableCell {
  const totalRow = table.rows[table.rowKinds.indexOf('total')];
  const of =
    table.percent === 'column'
      ? (totalRow?.cells[column]?.n ?? 0)
      : table.percent === 'base'
        ? table.base
        : 0;
  return { n: 0, pct: of > 0 ? 0 : null };
}

/**
 * One table with the blocks side by side: parts[0] is the whole, then one part per value (and one
 * for units without a value). Every block keeps its own cells, totals and percents; the notes say
 * the whole's base, what the split means and each block's base.
 */
export function joinBlocks(
  by: string,
  title: string,
  parts: readonly BlockPart[],
  options: { multiValued: boolean },
): ComputedTable {
  const whole = parts[0]?.table;
  if (!whole) throw new Error('joinBlocks needs the whole table first');
  const lines = unionRows(parts);
  const rows = lines.map((line) => ({
    key: line.key,
    label: line.label,
    cells: parts.flatMap(({ table }) => {
      const row = table.rows.find((r) => r.key === line.key);
      return table.columns.map((_, c) => row?.cells[c] ?? zeroCell(table, c));
    }),
  }));
  const blocks: TableBlock[] = parts.map((p) => ({
    kind: p.kind,
    value: p.value,
    base: p.table.base,
    span: p.table.columns.length,
  }));
  const has = (key: string) => parts.some((p) => p.table.notes.some((n) => n.key === key));
  const valueBases = blocks.filter((b) => b.kind !== 'all').reduce((sum, b) => sum + b.base, 0);
  const notes: TableNote[] = [
    { key: 'base', values: { n: whole.base, unit: whole.unit } },
    ...whole.notes.filter((n) => n.key === 'filters'),
    { key: 'split', values: { by } },
    ...whole.notes.filter((n) => !BLOCK_NOTES.has(n.key)),
    ...(options.multiValued && valueBases > whole.base
      ? [{ key: 'splitMultiple', values: { by } }]
      : []),
    ...whole.notes.filter((n) => n.key === 'cooccurrence'),
    ...(has('multipleResponse') ? [{ key: 'multipleResponse', values: {} }] : []),
  ];
  return {
    title,
    unit: whole.unit,
    base: whole.base,
    columns: parts.flatMap((p) => p.table.columns),
    rows,
    rowAxis: whole.rowAxis,
    colAxis: whole.colAxis,
    rowKinds: lines.map((l) => l.kind),
    columnKinds: parts.flatMap((p) => p.table.columnKinds),
    percent: whole.percent,
    notes,
    checks: parts.flatMap((p) => p.table.checks),
    split: { by, blocks },
  };
}

/** Where each block starts among the table's columns. */
export function blockStarts(blocks: readonly TableBlock[]): number[] {
  let at = 0;
  return blocks.map((b) => {
    const start = at;
    at += b.span;
    return start;
  });
}

/** The title of one block's table: "Områden efter Bedömning – Grupp: Chefer". */
export function blockTitle(title: string, by: string, label: string): string {
  return `${title} – ${by}: ${label}`;
}

/** One block of a split table as a table of its own, with the block's base (for its chart). */
export function blockTable(
  table: ComputedTable,
  index: number,
  language: TableLanguage,
): ComputedTable {
  const split = table.split;
  const block = split?.blocks[index];
  if (!split || !block) return table;
  const start = blockStarts(split.blocks)[index] ?? 0;
  const end = start + block.span;
  // A title nobody gave loses its "uppdelat efter Grupp": the block says it ("– Grupp: Chefer").
  const unnamed = (['sv', 'en'] as const).some(
    (l) => table.title === defaultTableTitle(table.rowAxis, table.colAxis, l, split.by),
  );
  const title = unnamed ? defaultTableTitle(table.rowAxis, table.colAxis, language) : table.title;
  return {
    ...table,
    title: block.kind === 'all' ? title : blockTitle(title, split.by, blockLabel(block, language)),
    base: block.base,
    columns: table.columns.slice(start, end),
    columnKinds: table.columnKinds.slice(start, end),
    rows: table.rows.map((r) => ({ ...r, cells: r.cells.slice(start, end) })),
    notes: [{ key: 'base', values: { n: block.base, unit: table.unit } }],
    split: undefined,
  };
}

/** True when each block is a single column: a one-way table split (areas by Grupp). */
export function oneColumnBlocks(table: ComputedTable): boolean {
  return !!table.split && table.split.blocks.every((b) => b.span === 1);
}

/**
 * A one-way split table with the values as its columns (the whole left out): the areas with
 * Chefer and Medarbetare side by side, or over the interview rounds as a trend.
 */
export function blocksAsColumns(table: ComputedTable, language: TableLanguage): ComputedTable {
  const split = table.split;
  if (!split || !oneColumnBlocks(table)) return table;
  const picked = split.blocks.flatMap((b, i) => (b.kind === 'all' ? [] : [{ b, i }]));
  return {
    ...table,
    colAxis: split.by,
    columns: picked.map(({ b }) => ({ key: b.value ?? b.kind, label: blockLabel(b, language) })),
    columnKinds: picked.map(() => 'value'),
    rows: table.rows.map((r) => ({
      ...r,
      cells: picked.map(({ i }) => r.cells[i] ?? { n: 0, pct: null }),
    })),
    split: undefined,
  };
}

/** More bars per row than this make no readable chart (a code x document matrix of 144 interviews). */
export const MAX_CHART_COLUMNS = 16;

/**
 * What a chart draws of a table: a one-way split with its values as the columns, a two-way split
 * one block (`block`, 0 = the whole), anything else as it is; null when it has too many columns.
 */
export function tableForChart(
  table: ComputedTable,
  block: number,
  language: TableLanguage,
): ComputedTable | null {
  const charted = !table.split
    ? table
    : oneColumnBlocks(table)
      ? blocksAsColumns(table, language)
      : blockTable(table, block, language);
  const values = charted.columnKinds.filter((k) => k === 'value').length;
  return values > MAX_CHART_COLUMNS ? null : charted;
}
