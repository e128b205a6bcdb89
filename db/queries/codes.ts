// codes: the codebook. Maps rows (DbCode) to the shared Code type; a code's group is inherited
// from its top-level ancestor, so moving a code between groups needs no second write.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Code, CodeGroupKind } from '../../shared/codebook/types';

interface DbCode {
  id: number;
  parent_id: number | null;
  name: string;
  number: number | null;
  group_kind: CodeGroupKind | null;
  color: string;
  description: string;
  when_to_use: string;
  when_not_to_use: string;
  example: string;
  shortcut: string | null;
  codable: number;
  sort_order: number;
}

export interface NewCode {
  parentId: number | null;
  name: string;
  number?: number | null;
  groupKind?: CodeGroupKind | null;
  color: string;
  description?: string;
  shortcut?: string | null;
  codable?: boolean;
  sortOrder: number;
}

export function createCodeQueries(db: Database) {
  const listStmt = db.prepare<[], DbCode>(
    `SELECT id, parent_id, name, number, group_kind, color, description, when_to_use, when_not_to_use,
            example, shortcut, codable, sort_order
       FROM codes ORDER BY sort_order, id`,
  );
  const insertStmt = db.prepare(
    `INSERT INTO codes (guid, parent_id, name, number, group_kind, color, description, shortcut, codable, sort_order, created_at)
     VALUES (@guid, @parentId, @name, @number, @groupKind, @color, @description, @shortcut, @codable, @sortOrder, @createdAt)`,
  );

  return {
    /** Every code, parents before children, each level in its sort order. */
    list(): Code[] {
      const rows = listStmt.all();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const groupOf = (row: DbCode): CodeGroupKind | null => {
        let current: DbCode | undefined = row;
        // Bounded walk: a cycle can only come from a damaged file, and must not hang the app.
        for (let depth = 0; current && depth < 64; depth++) {
          if (current.parent_id === null) return current.group_kind;
          current = byId.get(current.parent_id);
        }
        return null;
      };
      const toCode = (r: DbCode): Code => ({
        id: r.id,
        parentId: r.parent_id,
        name: r.name,
        number: r.number,
        group: groupOf(r),
        color: r.color,
        description: r.description,
        whenToUse: r.when_to_use,
        whenNotToUse: r.when_not_to_use,
        example: r.example,
        shortcut: r.shortcut,
        codable: r.codable === 1,
        sortOrder: r.sort_order,
      });
      return orderAsTree(rows).map(toCode);
    },

    get(id: number): Code | null {
      return this.list().find((c) => c.id === id) ?? null;
    },

    /** Ids of a code's descendants (children first-level first), never the code itself. */
    descendants(id: number): number[] {
      const codes = this.list();
      const out: number[] = [];
      const queue = [id];
      // Bounded like `list`: a damaged file with a cycle must not hang.
      while (queue.length && out.length <= codes.length) {
        const parent = queue.shift();
        for (const c of codes) {
          if (c.parentId !== parent) continue;
          out.push(c.id);
          queue.push(c.id);
        }
      }
      return out;
    },

    insert(code: NewCode): number {
      const result = insertStmt.run({
        guid: randomUUID(),
        parentId: code.parentId,
        name: code.name,
        number: code.number ?? null,
        groupKind: code.groupKind ?? null,
        color: code.color,
        description: code.description ?? '',
        shortcut: code.shortcut ?? null,
        codable: code.codable === false ? 0 : 1,
        sortOrder: code.sortOrder,
        createdAt: new Date().toISOString(),
      });
      return Number(result.lastInsertRowid);
    },
  };
}

/** Depth-first order (each parent followed by its children), the order a codebook is read in. */
function orderAsTree(rows: DbCode[]): DbCode[] {
  const children = new Map<number | null, DbCode[]>();
  for (const r of rows) {
    const list = children.get(r.parent_id) ?? [];
    list.push(r);
    children.set(r.parent_id, list);
  }
  const out: DbCode[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | null) => {
    for (const r of children.get(parent) ?? []) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
      visit(r.id);
    }
  };
  visit(null);
  // Codes whose parent chain is broken (a damaged file) are still listed, last.
  for (const r of rows) if (!seen.has(r.id)) out.push(r);
  return out;
}
