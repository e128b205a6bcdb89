// Row-level operations of the undo history and the engine that replays them for undo and redo.
// Which tables and columns exist comes from the schema (history-schema.ts): operations are read
// back from the project file, so they may name only tables and columns the schema has.
import type { Database, Statement } from 'better-sqlite3';
import { readSchema, type TableInfo } from './history-schema';

export type { DbCodeRow, DbDecisionRow, DbMemoRow, DbSegmentRow, IdTable } from './history-rows';

export type Value = string | number | null;
export type Row = Record<string, Value>;

/** One step of a change. Deletes carry the full row, so that undo re-inserts it with its own id. */
export type Op =
  | { op: 'insert'; table: string; row: Row }
  | { op: 'delete'; table: string; row: Row }
  | { op: 'update'; table: string; id: number; before: Row; after: Row };

/** Undo or redo met a state it did not expect (a document deleted since, a hand-edited file). */
export class HistoryConflict extends Error {}

export function invert(op: Op): Op {
  if (op.op === 'insert') return { op: 'delete', table: op.table, row: op.row };
  if (op.op === 'delete') return { op: 'insert', table: op.table, row: op.row };
  return { op: 'update', table: op.table, id: op.id, before: op.after, after: op.before };
}

const quote = (name: string) => `"${name}"`;

/** Builds and caches the statements of the recorded tables, naming only columns the table has. */
export class RowStore {
  readonly schema: Map<string, TableInfo>;
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {
    this.schema = readSchema(db);
  }

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  info(table: string): TableInfo {
    const info = this.schema.get(table);
    if (!info) throw new HistoryConflict(`unknown table ${table}`);
    return info;
  }

  private checked(table: string, names: string[]): TableInfo {
    const info = this.info(table);
    for (const n of names)
      if (!info.columns.has(n)) throw new HistoryConflict(`unknown column ${n}`);
    return info;
  }

  /** The key of a row: its primary key's columns. */
  key(table: string, row: Row): Row {
    return Object.fromEntries(this.info(table).keys.map((k) => [k, row[k] ?? null]));
  }

  private where(table: TableInfo, key: Row): { sql: string; values: Value[] } {
    return {
      sql: table.keys.map((k) => `${quote(k)} = ?`).join(' AND '),
      values: table.keys.map((k) => key[k] ?? 0),
    };
  }

  get(table: string, key: Row): Row | undefined {
    const info = this.info(table);
    const w = this.where(info, key);
    return this.stmt(`SELECT * FROM ${info.name} WHERE ${w.sql}`).get(...w.values) as
      Row | undefined;
  }

  /** Rows of `table` matching every column of `match` (column names are ours, never user input). */
  select(table: string, match: Row): Row[] {
    const names = Object.keys(match);
    const info = this.checked(table, names);
    const where = names.map((n) => `${quote(n)} IS ?`).join(' AND ') || '1';
    const sql = `SELECT * FROM ${info.name} WHERE ${where} ORDER BY ${info.keys.map(quote).join(', ')}`;
    return this.stmt(sql).all(...names.map((n) => match[n] ?? null)) as Row[];
  }

  /** The highest rowid now: rows added later have a higher one. */
  maxRowid(table: string): number {
    const info = this.info(table);
    const row = this.stmt(`SELECT max(rowid) AS n FROM ${info.name}`).get() as { n: number | null };
    return row.n ?? 0;
  }

  rowsAfter(table: string, rowid: number): Row[] {
    const info = this.info(table);
    return this.stmt(`SELECT * FROM ${info.name} WHERE rowid > ? ORDER BY rowid`).all(
      rowid,
    ) as Row[];
  }

  insert(table: string, row: Row): number {
    const names = Object.keys(row);
    const info = this.checked(table, names);
    const sql = `INSERT INTO ${info.name} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    return Number(this.stmt(sql).run(...names.map((n) => row[n] ?? null)).lastInsertRowid);
  }

  delete(table: string, key: Row): number {
    const info = this.checked(table, []);
    const w = this.where(info, key);
    return this.stmt(`DELETE FROM ${info.name} WHERE ${w.sql}`).run(...w.values).changes;
  }

  update(table: string, id: number, values: Row): number {
    const names = Object.keys(values);
    const info = this.checked(table, names);
    if (names.length === 0) return 1;
    const sql = `UPDATE ${info.name} SET ${names.map((n) => `${quote(n)} = ?`).join(', ')} WHERE id = ?`;
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

export type { Recorder } from './history-recorder';
