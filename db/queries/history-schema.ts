// The tables undo can write, read from the schema itself: each table's key, the tables that refer
// to it (and what a delete does to them), and an order in which parents come before children. So
// removing a document takes its speakers, turns, values and passages along, and undo puts them back
// parent first, for any table a later migration adds, without a list to keep by hand.
import type { Database } from 'better-sqlite3';

export type OnDelete = 'cascade' | 'set null' | 'other';

export interface ChildLink {
  table: string;
  /** The child's column that refers to the parent. */
  column: string;
  /** The parent's column it refers to. */
  parentColumn: string;
  onDelete: OnDelete;
}

export interface TableInfo {
  name: string;
  columns: Set<string>;
  /** The primary key's columns, in key order. */
  keys: string[];
  /** Rows have a rowid (new rows since a mark can be found by it). */
  rowid: boolean;
  children: ChildLink[];
  /** Parents before children: inserts go up this order, deletes down it. */
  rank: number;
}

/** Kept by triggers or by the history itself: undo never writes them. */
const NOT_RECORDED = new Set([
  'history',
  'project_meta',
  'change_counters',
  'coding_versions',
  // A copy of passages the tables keep (migration 007): triggers delete it, a table writes it.
  'packed_passages',
]);

/**
 * Memos have no foreign key (their target is one of several tables): they go with their target,
 * as the triggers of migration 002 have it, and come last (a child of everything).
 */
export const MEMO_TARGETS: Record<string, string> = {
  documents: 'document',
  segments: 'segment',
  codes: 'code',
};

export function readSchema(db: Database): Map<string, TableInfo> {
  const names = db
    .prepare<[], { name: string; sql: string | null }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all()
    .filter((t) => !NOT_RECORDED.has(t.name) && !/^CREATE VIRTUAL/i.test(t.sql ?? ''))
    // FTS5 keeps its index in shadow tables named after the virtual table.
    .filter(
      (t, _, all) =>
        !all.some((v) => /^CREATE VIRTUAL/i.test(v.sql ?? '') && t.name.startsWith(`${v.name}_`)),
    )
    .map((t) => ({ name: t.name, withoutRowid: /WITHOUT\s+ROWID/i.test(t.sql ?? '') }));
  const known = new Set(names.map((t) => t.name));
  const tables = new Map<string, TableInfo>();
  const parents = new Map<string, Set<string>>();
  for (const { name, withoutRowid } of names) {
    const cols = db
      .prepare<[], { name: string; pk: number }>(
        `SELECT name, pk FROM pragma_table_info('${name}')`,
      )
      .all();
    tables.set(name, {
      name,
      columns: new Set(cols.map((c) => c.name)),
      keys: cols
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      rowid: !withoutRowid,
      children: [],
      rank: 0,
    });
    parents.set(name, new Set());
  }
  for (const { name } of names) {
    const fks = db
      .prepare<[], { table: string; from: string; to: string | null; on_delete: string }>(
        `SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list('${name}')`,
      )
      .all();
    for (const fk of fks) {
      const parent = tables.get(fk.table);
      if (!parent || !known.has(name)) continue;
      const action = fk.on_delete.toUpperCase();
      parent.children.push({
        table: name,
        column: fk.from,
        parentColumn: fk.to ?? parent.keys[0] ?? 'id',
        onDelete: action === 'CASCADE' ? 'cascade' : action === 'SET NULL' ? 'set null' : 'other',
      });
      if (fk.table !== name) parents.get(name)?.add(fk.table);
    }
  }
  // Rank: one more than the highest-ranked parent (self-references do not count).
  const rankOf = (name: string, seen: Set<string>): number => {
    const info = tables.get(name);
    if (!info) return 0;
    if (seen.has(name)) return info.rank;
    seen.add(name);
    info.rank = Math.max(0, ...[...(parents.get(name) ?? [])].map((p) => rankOf(p, seen) + 1));
    return info.rank;
  };
  for (const name of tables.keys()) rankOf(name, new Set());
  const memos = tables.get('memos');
  if (memos) memos.rank = Math.max(...[...tables.values()].map((t) => t.rank)) + 1;
  return tables;
}
