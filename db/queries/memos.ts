// memos (read side): notes on documents, codes and passages, and the project journal; found by
// full-text search (memos_fts) together with passages' own notes. Writes go through the recorder.
import type { Database } from 'better-sqlite3';
import type { Memo, MemoTarget } from '../../shared/coding/types';
import type { DbMemoRow } from './history-ops';

function toTarget(row: Pick<DbMemoRow, 'target_kind' | 'target_id'>): MemoTarget {
  if (row.target_kind === 'journal' || row.target_id === null) return { kind: 'journal' };
  return { kind: row.target_kind, id: row.target_id };
}

const toMemo = (r: DbMemoRow): Memo => ({
  id: r.id,
  target: toTarget(r),
  title: r.title,
  text: r.text,
  author: r.author,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The stored form of a target: kind and id (null for the journal). */
export function targetColumns(target: MemoTarget): Pick<DbMemoRow, 'target_kind' | 'target_id'> {
  return target.kind === 'journal'
    ? { target_kind: 'journal', target_id: null }
    : { target_kind: target.kind, target_id: target.id };
}

export function createMemoQueries(db: Database) {
  const allStmt = db.prepare<[], DbMemoRow>(
    'SELECT * FROM memos ORDER BY target_kind, target_id, created_at, id',
  );
  const ofTargetStmt = db.prepare<[string, number | null], DbMemoRow>(
    'SELECT * FROM memos WHERE target_kind = ? AND target_id IS ? ORDER BY created_at, id',
  );
  const oneStmt = db.prepare<[number], DbMemoRow>('SELECT * FROM memos WHERE id = ?');
  const searchStmt = db.prepare<[string], DbMemoRow>(
    `SELECT m.* FROM memos_fts f JOIN memos m ON m.id = f.rowid
      WHERE memos_fts MATCH ? ORDER BY m.updated_at DESC, m.id DESC`,
  );
  const segmentNotesStmt = db.prepare<
    [],
    { id: number; memo: string; coder: string | null; created_at: string; updated_at: string }
  >(
    `SELECT s.id, s.memo, c.name AS coder, s.created_at, s.updated_at
       FROM segments s LEFT JOIN coders c ON c.id = s.coder_id
      WHERE s.memo <> '' ORDER BY s.updated_at DESC, s.id DESC`,
  );
  const exists = {
    document: db.prepare<[number], { id: number }>('SELECT id FROM documents WHERE id = ?'),
    code: db.prepare<[number], { id: number }>('SELECT id FROM codes WHERE id = ?'),
    segment: db.prepare<[number], { id: number }>('SELECT id FROM segments WHERE id = ?'),
  };

  return {
    list(target?: MemoTarget): Memo[] {
      if (!target) return allStmt.all().map(toMemo);
      const t = targetColumns(target);
      return ofTargetStmt.all(t.target_kind, t.target_id).map(toMemo);
    },

    get(id: number): Memo | null {
      const row = oneStmt.get(id);
      return row ? toMemo(row) : null;
    },

    targetExists(target: MemoTarget): boolean {
      return target.kind === 'journal' || exists[target.kind].get(target.id) !== undefined;
    },

    /** Memos matching an FTS5 expression (built by shared/coding/search-query, never raw input). */
    search: (match: string) => searchStmt.all(match).map(toMemo),

    /** Passages' own notes, as memos of their segment, for the caller to match. */
    segmentNotes(): Memo[] {
      return segmentNotesStmt.all().map((s) => ({
        id: s.id,
        target: { kind: 'segment', id: s.id },
        title: '',
        text: s.memo,
        author: s.coder,
        createdAt: s.created_at,
        updatedAt: s.updated_at,
        inline: true,
      }));
    },
  };
}
