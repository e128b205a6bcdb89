// The recorder: performs a change through row writes and keeps the operations that undo needs.
// Removing a row first removes (and records) every row that would vanish with it by cascade, and
// memos on it; rows written by other code (a questionnaire import) are recorded afterwards from a
// mark, with everything that hangs on them. Parents are always written before their children.
import type { IdRows, IdTable } from './history-rows';
import type { Op, Row, RowStore, Value } from './history-ops';
import { MEMO_TARGETS } from './history-schema';

interface Found {
  table: string;
  row: Row;
}

/** The highest rowid of some tables when a change began (see Recorder.mark). */
export type Mark = Map<string, number>;

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

  /**
   * Inserts one row of any table (e.g. attribute_values, attributes); false when a row with its
   * key is there already. A new id is the rowid SQLite gives it.
   */
  insertRow(table: string, row: Row): boolean {
    const keyed = this.rows.info(table).keys.every((k) => row[k] !== undefined);
    if (keyed && this.rows.get(table, row)) return false;
    const rowid = this.rows.insert(table, row);
    const full = keyed ? this.rows.get(table, row) : this.rows.get(table, { id: rowid });
    this.ops.push({ op: 'insert', table, row: full ?? row });
    return true;
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

  /** Removes one row of an id table with everything that goes with it; false if it was gone. */
  remove(table: IdTable | 'surveys', id: number): boolean {
    return this.removeAll([{ table, key: { id } }]) > 0;
  }

  /** Removes the rows of `table` matching `match` (with what goes with them); how many. */
  removeWhere(table: string, match: Row): number {
    return this.removeAll(this.rows.select(table, match).map((row) => ({ table, key: row })));
  }

  /**
   * Removes rows with everything that hangs on them: rows that refer to them with ON DELETE
   * CASCADE (and so on down), memos on them; a reference with ON DELETE SET NULL is set to null
   * first. Children go before parents, so undo puts parents back first. Returns the roots removed.
   */
  removeAll(roots: { table: string; key: Row }[]): number {
    const found = new Map<string, Found>();
    const nulls: { table: string; row: Row; column: string }[] = [];
    let removed = 0;
    for (const root of roots) {
      const row = this.rows.get(root.table, root.key);
      if (!row) continue;
      removed++;
      this.collect(root.table, row, found, nulls);
    }
    for (const n of nulls) {
      if (found.has(this.id(n.table, n.row)) || n.row[n.column] === null) continue;
      const id = n.row.id;
      if (typeof id !== 'number') continue;
      this.rows.update(n.table, id, { [n.column]: null });
      this.ops.push({
        op: 'update',
        table: n.table,
        id,
        before: { [n.column]: n.row[n.column] ?? null },
        after: { [n.column]: null },
      });
    }
    for (const f of this.ordered(found, 'children first')) {
      this.rows.delete(f.table, f.row);
      this.ops.push({ op: 'delete', table: f.table, row: f.row });
    }
    return removed;
  }

  /** Where the tables stand now, before other code adds rows (see insertedSince). */
  mark(tables: string[]): Mark {
    return new Map(tables.map((t) => [t, this.rows.maxRowid(t)]));
  }

  /** Records, as inserted, the rows added to the marked tables since the mark and all under them. */
  insertedSince(mark: Mark): void {
    const found = new Map<string, Found>();
    for (const [table, rowid] of mark)
      for (const row of this.rows.rowsAfter(table, rowid)) this.collect(table, row, found, []);
    for (const f of this.ordered(found, 'parents first'))
      this.ops.push({ op: 'insert', table: f.table, row: f.row });
  }

  /** Gives a passage inserted in this same change its code (it cannot have it yet). */
  linkNew(segmentId: number, codeId: number): void {
    const row = { segment_id: segmentId, code_id: codeId };
    this.rows.insert('segment_codes', row);
    this.ops.push({ op: 'insert', table: 'segment_codes', row });
  }

  /** Gives a segment a code; false when it already had it. */
  link(segmentId: number, codeId: number): boolean {
    return this.insertRow('segment_codes', { segment_id: segmentId, code_id: codeId });
  }

  unlink(segmentId: number, codeId: number): boolean {
    return this.removeWhere('segment_codes', { segment_id: segmentId, code_id: codeId }) > 0;
  }

  private id(table: string, row: Row): string {
    return `${table}:${JSON.stringify(this.rows.key(table, row))}`;
  }

  /** The row and every row that would go with it (cascading references, memos). */
  private collect(
    table: string,
    row: Row,
    found: Map<string, Found>,
    nulls: { table: string; row: Row; column: string }[],
  ): void {
    const id = this.id(table, row);
    if (found.has(id)) return;
    found.set(id, { table, row });
    for (const child of this.rows.info(table).children) {
      if (child.onDelete === 'other') continue;
      for (const r of this.rows.select(child.table, {
        [child.column]: row[child.parentColumn] ?? null,
      })) {
        if (child.onDelete === 'cascade') this.collect(child.table, r, found, nulls);
        else nulls.push({ table: child.table, row: r, column: child.column });
      }
    }
    const kind = MEMO_TARGETS[table];
    if (kind && typeof row.id === 'number')
      for (const memo of this.rows.select('memos', { target_kind: kind, target_id: row.id }))
        this.collect('memos', memo, found, nulls);
  }

  private ordered(found: Map<string, Found>, way: 'parents first' | 'children first'): Found[] {
    const sign = way === 'parents first' ? 1 : -1;
    const list = [...found.values()];
    const order = new Map(list.map((f, i) => [f, i]));
    return list.sort(
      (a, b) =>
        sign * (this.rows.info(a.table).rank - this.rows.info(b.table).rank) ||
        sign * ((order.get(a) ?? 0) - (order.get(b) ?? 0)),
    );
  }
}
