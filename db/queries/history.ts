// history: every coding, codebook and memo change as one entry of row-level operations. The same
// table is the undo/redo stack (persistent across reopen) and the audit trail of who did what.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import type { HistoryEntry, UndoState } from '../../shared/coding/types';
import { HistoryConflict, invert, Recorder, RowStore, type Op } from './history-ops';

export type { Recorder } from './history-ops';

type State = 'done' | 'undone' | 'discarded';
interface DbHistoryRow {
  id: number;
  at: string;
  coder: string | null;
  action: string;
  summary: string;
  forward: string;
  inverse: string;
  state: State;
}

export interface ChangeMeta {
  /** A stable machine name, e.g. 'segments.create'. */
  action: string;
  /** A short English description for the Undo menu and the audit trail. */
  summary: string;
}

export function createHistoryQueries(db: Database) {
  const rows = new RowStore(db);
  const coderStmt = db.prepare<[], { value: string }>(
    "SELECT value FROM project_meta WHERE key = 'coder'",
  );
  const discardStmt = db.prepare("UPDATE history SET state = 'discarded' WHERE state = 'undone'");
  const insertStmt = db.prepare(
    `INSERT INTO history (at, coder, action, summary, forward, inverse, state)
     VALUES (?, ?, ?, ?, ?, ?, 'done')`,
  );
  const lastDoneStmt = db.prepare<[], DbHistoryRow>(
    "SELECT * FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1",
  );
  const firstUndoneStmt = db.prepare<[], DbHistoryRow>(
    "SELECT * FROM history WHERE state = 'undone' ORDER BY id LIMIT 1",
  );
  const setStateStmt = db.prepare<[State, number]>('UPDATE history SET state = ? WHERE id = ?');
  const discardFromStmt = db.prepare<[number]>(
    "UPDATE history SET state = 'discarded' WHERE state = 'undone' AND id >= ?",
  );
  const listStmt = db.prepare<[number], DbHistoryRow>(
    'SELECT * FROM history ORDER BY id DESC LIMIT ?',
  );

  function state(): UndoState {
    const done = lastDoneStmt.get();
    const undone = firstUndoneStmt.get();
    return {
      canUndo: done !== undefined,
      canRedo: undone !== undefined,
      undoSummary: done?.summary ?? null,
      redoSummary: undone?.summary ?? null,
    };
  }

  /** Replays `ops` in one transaction; on a conflict the entry can no longer be replayed. */
  function replay(entry: DbHistoryRow, ops: Op[], next: State, onConflict: () => void) {
    try {
      db.transaction(() => {
        for (const op of ops) rows.apply(op);
        setStateStmt.run(next, entry.id);
      })();
    } catch (err) {
      if (!(err instanceof HistoryConflict) && (err as Error).name !== 'SqliteError') throw err;
      db.transaction(onConflict)();
      const verb = next === 'undone' ? 'undone' : 'redone';
      throw new ApiError(
        'invalid_input',
        `"${entry.summary}" can no longer be ${verb}: what it changed has been changed or deleted since (for example, its document was removed). It has been left out of the history.`,
        { field: 'history', summary: entry.summary },
      );
    }
  }

  return {
    /**
     * Runs `fn` and records what it wrote, all in ONE transaction: either the change and its
     * history entry are both saved, or neither. A change that writes nothing leaves no entry.
     */
    record<T>(meta: ChangeMeta, fn: (rec: Recorder) => T): T {
      return db.transaction(() => {
        const rec = new Recorder(rows);
        const value = fn(rec);
        if (rec.ops.length > 0) {
          discardStmt.run();
          insertStmt.run(
            new Date().toISOString(),
            coderStmt.get()?.value ?? null,
            meta.action,
            meta.summary,
            JSON.stringify(rec.ops),
            JSON.stringify(rec.ops.map(invert)),
          );
        }
        return value;
      })();
    },

    state,

    undo(): UndoState {
      const entry = lastDoneStmt.get();
      if (!entry) return state();
      const inverse = (JSON.parse(entry.inverse) as Op[]).reverse();
      replay(entry, inverse, 'undone', () => setStateStmt.run('discarded', entry.id));
      return state();
    },

    redo(): UndoState {
      const entry = firstUndoneStmt.get();
      if (!entry) return state();
      // Later undone entries were made on top of this one: without it they cannot be redone.
      replay(entry, JSON.parse(entry.forward) as Op[], 'done', () => discardFromStmt.run(entry.id));
      return state();
    },

    /** The audit trail, newest first. */
    list(limit: number): HistoryEntry[] {
      return listStmt.all(limit).map((r) => ({
        id: r.id,
        at: r.at,
        coder: r.coder,
        summary: r.summary,
        action: r.action,
        state: r.state,
        undone: r.state !== 'done',
      }));
    },
  };
}
