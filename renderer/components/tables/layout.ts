// A computed table laid out for the screen from the very layout the exports print
// (shared/tables/layout.ts): the same sub-columns, headings and number texts, grouped into header
// rows, with the failed total checks set apart so the view can warn about them.
import { leafText, tableLayout, tableNotes } from '../../../shared/tables/layout';
import type { ComputedTable, LineKind, TableNote } from '../../../shared/tables/types';
import { noteText } from '../../../shared/tables/words';

export type Language = 'sv' | 'en';

export interface HeaderCell {
  label: string;
  kind: LineKind;
  span: number;
  /** Opens a block of a split table (a divider on its left). */
  blockStart?: boolean;
}

export interface BodyCell {
  text: string;
  part: 'n' | 'pct';
  kind: LineKind;
  blockStart: boolean;
}

export interface BodyRow {
  key: string;
  label: string;
  kind: LineKind;
  cells: BodyCell[];
}

export interface ScreenLayout {
  corner: string;
  /** The column axis' label spanning every column, or null for a one-way table. */
  colAxis: string | null;
  /** A split table's blocks over the columns ("Chefer (n = 3)"), or null. */
  blocks: HeaderCell[] | null;
  columns: HeaderCell[];
  /** "Antal" / "Procent" under each column, or null when every column holds one number. */
  parts: HeaderCell[] | null;
  rows: BodyRow[];
  /** The base and the other notes, as sentences. */
  notes: string[];
  /** Totals that do not add up, as sentences (empty when every column adds up). */
  warnings: string[];
}

function kindOf(a: LineKind | undefined, b: LineKind | undefined): LineKind {
  if (a === 'total' || b === 'total') return 'total';
  if (a === 'none' || b === 'none') return 'none';
  return 'value';
}

/** The failed checks as notes: the table's own, else made from its check results. */
function checkNotes(table: ComputedTable): TableNote[] {
  const failed = table.notes.filter((n) => n.key === 'checkFailed');
  if (failed.length > 0) return failed;
  return table.checks.map((c) => ({
    key: 'checkFailed',
    values: { column: c.column, expected: c.expected, found: c.found },
  }));
}

export function screenLayout(table: ComputedTable, language: Language): ScreenLayout {
  const printed = tableLayout(table, language, null);
  const shortPct = table.percent === 'column' || table.percent === 'row';
  const columns: HeaderCell[] = [];
  printed.leaves.forEach((leaf, i) => {
    const last = columns.at(-1);
    if (last && printed.leaves[i - 1]?.column === leaf.column) last.span++;
    else columns.push({ label: leaf.label, kind: leaf.kind, span: 1, blockStart: leaf.blockStart });
  });
  const blocks = printed.blocks?.map((b, i) => ({
    label: b.label,
    kind: 'value' as const,
    span: b.span,
    blockStart: i > 0,
  }));
  return {
    corner: printed.corner,
    // Over a split table the blocks' headings stand where the column axis would.
    colAxis: blocks ? null : table.split ? table.split.by : table.colAxis,
    blocks: blocks ?? null,
    columns,
    // "% av kolumn" is said once above the table; under each column a bare "%" keeps it narrow.
    parts: printed.split
      ? printed.leaves.map((l) => ({
          label: l.part === 'pct' && shortPct ? '%' : l.sub,
          kind: l.kind,
          span: 1,
          blockStart: l.blockStart,
        }))
      : null,
    rows: printed.rows.map((row, r) => ({
      key: table.rows[r]?.key ?? String(r),
      label: row.label,
      kind: row.kind,
      cells: printed.leaves.map((leaf) => ({
        part: leaf.part,
        kind: kindOf(row.kind, leaf.kind),
        blockStart: leaf.blockStart,
        text: leafText(row.cells[leaf.column], leaf.part, language),
      })),
    })),
    notes: tableNotes(
      { ...table, notes: table.notes.filter((n) => n.key !== 'checkFailed') },
      language,
    ),
    warnings: checkNotes(table).map((n) => noteText(n, language)),
  };
}
