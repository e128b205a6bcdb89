// The table model shared by the builder, the questionnaire, the exports, the charts and the CLI.
// A computed table is pure data: the same object is drawn on screen, written to XLSX/DOCX/CSV/MD
// and printed by `kvalkod table --format json`, so every format holds the same numbers.

/** What is counted: coded passages, interviews, participants (speakers) or questionnaire respondents. */
export const TABLE_UNITS = ['passages', 'interviews', 'participants', 'respondents'] as const;
export type TableUnit = (typeof TABLE_UNITS)[number];

/** What a cell's percent is taken of. `pct` in the JSON form follows this choice. */
export const PERCENT_BASES = ['column', 'row', 'base', 'none'] as const;
export type PercentBase = (typeof PERCENT_BASES)[number];

/**
 * When a unit counts for a code x code cell: both codes on the same segment; on the same or on
 * overlapping segments (the default); or anywhere within the same speaker turn.
 */
export const PAIRINGS = ['segment', 'overlap', 'turn'] as const;
export type Pairing = (typeof PAIRINGS)[number];

export interface TableFilter {
  /** An attribute of documents or respondents (Grupp, Roll, ...). */
  name: string;
  /** A unit passes when it has any of these values (values of one filter are OR-ed, filters AND-ed). */
  values: string[];
}

/**
 * A table as the user defines it, saved by name and run again later. `rows` and `cols` name a code
 * group ("Områden", "Bedömning", "Teman"), any parent code (by name or number), an attribute, or
 * `documents` (one line per interview). The same code group on both axes is its co-occurrence
 * matrix. `by` splits the table into blocks side by side, one per value of that attribute.
 */
export interface TableDefinition {
  title: string;
  rows: string;
  cols: string | null;
  unit: TableUnit;
  percent: PercentBase;
  filters: TableFilter[];
  /** Coder names; empty means every coder. */
  coders: string[];
  /** Interviewers' turns are left out unless this is set. */
  includeInterviewers: boolean;
  pairing: Pairing;
  by: string | null;
}

/** One cell: the count and its percent (unrounded; null when the percent has no base, or is off). */
export interface TableCell {
  n: number;
  pct: number | null;
}

export interface TableColumn {
  key: string;
  label: string;
}

export interface TableRow {
  key: string;
  label: string;
  cells: TableCell[];
}

/**
 * The JSON form of every table (a contract: `kvalkod table --format json` prints exactly these keys).
 * Row and column keys of codes are the code's number when it has one, else its name; attribute values
 * are their own keys; totals are keyed "total", "not coded"/"Ej svar" rows "none".
 */
export interface TableJson {
  title: string;
  unit: TableUnit;
  base: number;
  columns: TableColumn[];
  rows: TableRow[];
}

/** What kind of row or column: drawn differently (totals bold, "none" in italics). */
export type LineKind = 'value' | 'none' | 'total';

/** Everything the screen and the exports need beyond the JSON form. */
export interface ComputedTable extends TableJson {
  /** Labels of the two axes ("Områden", "Bedömning"); colAxis null for a one-way table. */
  rowAxis: string;
  colAxis: string | null;
  rowKinds: LineKind[];
  columnKinds: LineKind[];
  /** Which percent the cells hold, for headings ("% av kolumn"). */
  percent: PercentBase;
  /**
   * Sentences printed under the table, each as a message key and its values, so that they can be
   * shown in either language (base and unit, filters, multiple response, failed total checks).
   */
  notes: TableNote[];
  /** Totals that do not add up, found by the check; empty when every column adds up to its base. */
  checks: TotalCheck[];
  /** A table split by an attribute: its columns are these blocks side by side, in this order. */
  split?: TableSplit;
}

/** The whole population, one value of the split attribute, or the units without a value. */
export type BlockKind = 'all' | 'value' | 'missing';

export interface TableBlock {
  kind: BlockKind;
  /** The attribute's value (kind 'value'); the whole and the missing block have none. */
  value: string | null;
  /** The number of units the block counts (its own base). */
  base: number;
  /** How many of the table's columns, in order, belong to this block (its own Total included). */
  span: number;
}

export interface TableSplit {
  /** The attribute split by ("Grupp"). */
  by: string;
  blocks: TableBlock[];
}

export interface TableNote {
  key: string;
  values: Record<string, string | number>;
}

export interface TotalCheck {
  column: string;
  expected: number;
  found: number;
}

/** Only the contract keys, in the contract's order: what the CLI prints as JSON. */
export function toTableJson(table: TableJson): TableJson {
  return {
    title: table.title,
    unit: table.unit,
    base: table.base,
    columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: table.rows.map((r) => ({
      key: r.key,
      label: r.label,
      cells: r.cells.map((c) => ({ n: c.n, pct: c.pct })),
    })),
  };
}
