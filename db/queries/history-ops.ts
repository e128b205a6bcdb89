// Row-level operations of the undo history: the recorder that performs a change while capturing
// every row before and after, and the engine that replays operations for undo and redo.
import type { Database, Statement } from 'better-sqlite3';

export interface DbCodeRow {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  number: number | null;
  group_kind: string | null;
  color: string;
  description: string;
  when_to_use: string;
  when_not_to_use: string;
  example: string;
  shortcut: string | null;
  codable: number;
  sort_order: number;
  created_at: string;
}

export interface DbSegmentRow {
  id: number;
  guid: string;
  document_id: number;
  start: number;
  end: number;
  coder_id: number | null;
  memo: string;
  created_at: string;
  updated_at: string;
}

export interface DbMemoRow {
  id: number;
  guid: string;
  target_kind: 'document' | 'code' | 'segment' | 'journal';
  target_id: number | null;
  title: string;
  text: string;
  author: string | null;
  created_at: string;
  updated_at: string;
}

export interface DbDecisionRow {
  id: number;
  text: string;
  kind: string;
  status: 'pending' | 'accepted' | 'rejected';
  replacement: string | null;
  merged_into: string | null;
  added: number;
  updated_at: string;
}

/** A document as the file keeps it (with its text): what a merge adds and its undo removes. */
export interface DbDocumentRow {
  id: number;
  guid: string;
  name: string;
  kind: string;
  text: string;
  text_hash: string;
  words: number;
  source_name: string;
  source_format: string;
  structure: string;
  imported_at: string;
}

export interface DbSpeakerRow {
  id: number;
  document_id: number;
  label: string;
  role: string;
}

export interface DbTurnRow {
  id: number;
  document_id: number;
  speaker_id: number | null;
  start: number;
  label_end: number;
  end: number;
}

export interface DbAttributeRow {
  id: number;
  name: string;
  type: string;
  multiple: number;
  sort_order: number;
}

interface IdRows {
  codes: DbCodeRow;
  segments: DbSegmentRow;
  memos: DbMemoRow;
  pseudonym_decisions: DbDecisionRow;
  pseudonym_stop_words: { id: number; word: string };
  documents: DbDocumentRow;
  speakers: DbSpeakerRow;
  turns: DbTurnRow;
  attributes: DbAttributeRow;
}
export type IdTable = keyof IdRows;
/** Tables keyed by their columns rather than an id: links and values. */
export type KeyedTable = 'segment_codes' | 'attribute_values' | 'attribute_choices';
export type TableName = IdTable | KeyedTable;
type Value = string | number | null;
export type Row = Record<string, Value>;

const KEYS: Record<KeyedTable, readonly string[]> = {
  segment_codes: ['segment_id', 'code_id'],
  attribute_values: ['document_id', 'attribute_id', 'value'],
  attribute_choices: ['attribute_id', 'value'],
};
const keyColumns = (table: TableName): readonly string[] =>
  table in KEYS ? KEYS[table as KeyedTable] : ['id'];

/** One step of a change. Deletes carry the full row, so that undo re-inserts it with its own id. */
export type Op =
  | { op: 'insert'; table: TableName; row: Row }
  | { op: 'delete'; table: TableName; row: Row }
  | { op: 'update'; table: IdTable; id: number; before: Row; after: Row };

/** Undo or redo met a state it did not expect (a document deleted since, a hand-edited file). */
export class HistoryConflict extends Error {}

export function invert(op: Op): Op {
  if (op.op === 'insert') return { op: 'delete', table: op.table, row: op.row };
  if (op.op === 'delete') return { op: 'insert', table: op.table, row: op.row };
  return { op: 'update', table: op.table, id: op.id, before: op.after, after: op.before };
}

const TABLES: readonly TableName[] = [
  'codes',
  'segments',
  'segment_codes',
  'memos',
  'pseudonym_decisions',
  'pseudonym_stop_words',
  'documents',
  'speakers',
  'turns',
  'attributes',
  'attribute_values',
  'attribute_choices',
];
const quote = (name: string) => `"${name}"`;

/** Builds and caches the statements of the recorded tables, naming only columns the table has. */
export class RowStore {
  private readonly columns = new Map<TableName, Set<string>>();
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {
    for (const table of TABLES) {
      const cols = db.prepare<[], { name: string }>(
        `SELECT name FROM pragma_table_info('${table}')`,
      );
      this.columns.set(table, new Set(cols.all().map((c) => c.name)));
    }
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private checked(table: string, names: string[]): TableName {
    const known = this.columns.get(table as TableName);
    if (!known) throw new HistoryConflict(`unknown table ${table}`);
    for (const n of names) if (!known.has(n)) throw new HistoryConflict(`unknown column ${n}`);
    return table as TableName;
  }

  private where(table: TableName, key: Row): { sql: string; values: Value[] } {
    const columns = keyColumns(table);
    return {
      sql: columns.map((c) => `${quote(c)} = ?`).join(' AND '),
      values: columns.map((c) => key[c] ?? 0),
    };
  }

  get(table: TableName, key: Row): Row | undefined {
    const w = this.where(table, key);
    return this.stmt(`SELECT * FROM ${table} WHERE ${w.sql}`).get(...w.values) as Row | undefined;
  }

  /** Rows of `table` whose column equals value (column names are ours, never user input). */
  select(table: TableName, column: string, value: Value): Row[] {
    this.checked(table, [column]);
    const order = keyColumns(table).map(quote).join(', ');
    const sql = `SELECT * FROM ${table} WHERE ${quote(column)} IS ? ORDER BY ${order}`;
    return this.stmt(sql).all(value) as Row[];
  }

  insert(table: string, row: Row): number {
    const names = Object.keys(row);
    const t = this.checked(table, names);
    const sql = `INSERT INTO ${t} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    return Number(this.stmt(sql).run(...names.map((n) => row[n] ?? null)).lastInsertRowid);
  }

  delete(table: string, key: Row): number {
    const t = this.checked(table, []);
    const w = this.where(t, key);
    return this.stmt(`DELETE FROM ${t} WHERE ${w.sql}`).run(...w.values).changes;
  }

  update(table: string, id: number, values: Row): number {
    const names = Object.keys(values);
    const t = this.checked(table, names);
    if (names.length === 0) return 1;
    const sql = `UPDATE ${t} SET ${names.map((n) => `${quote(n)} = ?`).join(', ')} WHERE id = ?`;
    return this.stmt(sql).run(...names.map((n) => values[n] ?? null), id).changes;
  }

  /** Replays one operation, refusing to act on rows that are not as the operation expects. */
  apply(op: Op): void {
    // Operations come from the file: name only tables and columns the schema has.
    this.checked(op.table, op.op === 'update' ? Object.keys(op.before) : Object.keys(op.row));
    if (op.op === 'insert') {
      if (this.get(op.table, op.row)) throw new HistoryConflict(`${op.table} row exists`);
      this.insert(op.table, op.row);
    } else if (op.op === 'delete') {
      if (this.delete(op.table, op.row) !== 1) throw new HistoryConflict(`${op.table} row missing`);
    } else {
      const current = this.get(op.table, { id: op.id });
      if (!current) throw new HistoryConflict(`${op.table} row missing`);
      for (const [k, v] of Object.entries(op.before))
        if (current[k] !== v) throw new HistoryConflict(`${op.table}.${k} changed`);
      this.update(op.table, op.id, op.after);
    }
  }
}

/**
 * Performs a change through typed row writes and keeps the operations that undo needs. Removing a
 * segment or a code first removes (and records) the rows that would otherwise vanish by cascade.
 */
export class Recorder {
  readonly ops: Op[] = [];

  constructor(private readonly rows: RowStore) {}

  insert<T extends IdTable>(table: T, row: Omit<IdRows[T], 'id'>): number {
    const id = this.rows.insert(table, row as unknown as Row);
    const full = this.rows.get(table, { id });
    if (full) this.ops.push({ op: 'insert', table, row: full });
    return id;
  }

  /**
   * Inserts a row whose every column is given (nothing left to a default), and records it without
   * reading it back: for bulk inserts such as a merge's thousands of passages.
   */
  insertComplete<T extends IdTable>(table: T, row: Omit<IdRows[T], 'id'>): number {
    const id = this.rows.insert(table, row as unknown as Row);
    this.ops.push({ op: 'insert', table, row: { id, ...(row as unknown as Row) } });
    return id;
  }

  /** Changes the named columns; records only those that really change. Returns whether any did. */
  update<T extends IdTable>(
    table: T,
    id: number,
    changes: Partial<Omit<IdRows[T], 'id'>>,
  ): boolean {
    const current = this.rows.get(table, { id });
    if (!current) return false;
    const before: Row = {};
    const after: Row = {};
    // Partial<...> lets a caller pass `undefined` for "leave as it is".
    for (const [k, v] of Object.entries(changes as Record<string, Value | undefined>)) {
      if (v === undefined || current[k] === v) continue;
      before[k] = current[k] ?? null;
      after[k] = v;
    }
    if (Object.keys(after).length === 0) return false;
    this.rows.update(table, id, after);
    this.ops.push({ op: 'update', table, id, before, after });
    return true;
  }

  /**
   * Removes a row with the rows that would otherwise vanish by cascade (a code's or passage's links
   * and memos). Documents and attributes cascade further than this records: not removed here.
   */
  remove(table: Exclude<IdTable, 'documents' | 'attributes'>, id: number): boolean {
    const row = this.rows.get(table, { id });
    if (!row) return false;
    if (table === 'segments' || table === 'codes') {
      const column = table === 'segments' ? 'segment_id' : 'code_id';
      for (const link of this.rows.select('segment_codes', column, id))
        this.deleteRow('segment_codes', link);
      const kind = table === 'segments' ? 'segment' : 'code';
      for (const memo of this.rows.select('memos', 'target_id', id))
        if (memo.target_kind === kind) this.deleteRow('memos', memo);
    }
    this.deleteRow(table, row);
    return true;
  }

  /** Adds a row of a table keyed by its columns; false when it is there already. */
  insertKeyed(table: KeyedTable, row: Row): boolean {
    if (this.rows.get(table, row)) return false;
    this.rows.insert(table, row);
    const full = this.rows.get(table, row) ?? row;
    this.ops.push({ op: 'insert', table, row: full });
    return true;
  }

  /** Gives a passage inserted in this same change its code (it cannot have it yet). */
  linkNew(segmentId: number, codeId: number): void {
    const row = { segment_id: segmentId, code_id: codeId };
    this.rows.insert('segment_codes', row);
    this.ops.push({ op: 'insert', table: 'segment_codes', row });
  }

  /** Gives a segment a code; false when it already had it. */
  link(segmentId: number, codeId: number): boolean {
    return this.insertKeyed('segment_codes', { segment_id: segmentId, code_id: codeId });
  }

  unlink(segmentId: number, codeId: number): boolean {
    const row = this.rows.get('segment_codes', { segment_id: segmentId, code_id: codeId });
    if (!row) return false;
    this.deleteRow('segment_codes', row);
    return true;
  }

  private deleteRow(table: TableName, row: Row): void {
    this.rows.delete(table, row);
    this.ops.push({ op: 'delete', table, row });
  }
}
