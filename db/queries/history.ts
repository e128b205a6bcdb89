// history: every coding, codebook and memo change as one entry of row-level operations. The same
// table is the undo/redo stack (persistent across reopen) and the audit trail of who did what.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import type { HistoryEntry, UndoState } from '../../shared/coding/types';
import { englishText, message as makeMessage, type Message } from '../../shared/messages';
import { HistoryConflict, invert, RowStore, type Op } from './history-ops';
import { Recorder } from './history-recorder';

export type { Recorder } from './history-recorder';

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
  message: string | null;
}

export interface ChangeMeta<T = unknown> {
  /** A stable machine name, e.g. 'segments.create'. */
  action: string;
  /**
   * What the change did, for the Undo button and the audit trail, worded in the window's language;
   * its English wording is the entry's summary (the CLI's words).
   */
  message: Message | ((value: T) => Message);
}

function labelOf(row: DbHistoryRow | undefined): Message | null {
  if (!row) return null;
  try {
    if (row.message) return JSON.parse(row.message) as Message;
  } catch {
    // A hand-edited file: the entry still undoes; it is named generically.
  }
  return makeMessage('earlierChange', {});
}

/** A row that is not as the entry expects, or a constraint that refuses the replay. */
function isConflict(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return (
    err instanceof HistoryConflict ||
    (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
  );
}

/** The window's Undo button named another entry than the newest: another program changed things. */
function moved(direction: 'undo' | 'redo', entry: DbHistoryRow): ApiError {
  const now = direction === 'undo' ? 'undo' : 'redo';
  return new ApiError(
    'history_moved',
    `The project was changed elsewhere (another window or program) since the button was shown; nothing was ${direction === 'undo' ? 'undone' : 'redone'}. ${now === 'undo' ? 'Undo' : 'Redo'} now takes "${entry.summary}".`,
    { direction, summary: entry.summary },
  );
}

export function createHistoryQueries(db: Database) {
  const rows = new RowStore(db);
  const coderStmt = db.prepare<[], { value: string }>(
    "SELECT value FROM project_meta WHERE key = 'coder'",
  );
  const discardStmt = db.prepare("UPDATE history SET state = 'discarded' WHERE state = 'undone'");
  const insertStmt = db.prepare(
    `INSERT INTO history (at, coder, action, summary, forward, inverse, state, message)
     VALUES (?, ?, ?, ?, ?, ?, 'done', ?)`,
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
      undoLabel: labelOf(done),
      redoLabel: labelOf(undone),
      undoId: done?.id ?? null,
      redoId: undone?.id ?? null,
    };
  }

  /**
   * Replays the entry `pick` finds, in one transaction that holds the write lock from its start, so
   * the entry cannot change between choosing and replaying it. Only a real conflict (a row is not
   * as the entry expects, a constraint refuses it) drops the entry from the history; anything else
   * (another program holding the lock, a full disk) rolls back and leaves the history as it was.
   */
  function replay(direction: 'undo' | 'redo', expected: number | undefined): UndoState {
    const conflicted = db.transaction((): DbHistoryRow | null => {
      const entry = direction === 'undo' ? lastDoneStmt.get() : firstUndoneStmt.get();
      if (!entry) return null;
      if (expected !== undefined && entry.id !== expected) throw moved(direction, entry);
      const ops =
        direction === 'undo'
          ? (JSON.parse(entry.inverse) as Op[]).reverse()
          : (JSON.parse(entry.forward) as Op[]);
      try {
        // A savepoint: a conflict undoes the partial replay, and the entry is dropped below.
        db.transaction(() => {
          for (const op of ops) rows.apply(op);
          setStateStmt.run(direction === 'undo' ? 'undone' : 'done', entry.id);
        })();
        return null;
      } catch (err) {
        if (!isConflict(err)) throw err;
        // Later undone entries were made on top of this one: without it they cannot be redone.
        if (direction === 'undo') setStateStmt.run('discarded', entry.id);
        else discardFromStmt.run(entry.id);
        return entry;
      }
    })();
    if (conflicted) {
      const verb = direction === 'undo' ? 'undone' : 'redone';
      throw new ApiError(
        'invalid_input',
        `"${conflicted.summary}" can no longer be ${verb}: what it changed has been changed or deleted since (for example, its document was removed). It has been left out of the history.`,
        { field: 'history', summary: conflicted.summary },
      );
    }
    return state();
  }

  return {
    /**
     * Runs `fn` and records what it wrote, all in ONE transaction: either the change and its
     * history entry are both saved, or neither. A change that writes nothing leaves no entry.
     */
    record<T>(meta: ChangeMeta<T>, fn: (rec: Recorder) => T): T {
      return db.transaction(() => {
        const rec = new Recorder(rows);
        const value = fn(rec);
        if (rec.ops.length > 0) {
          const said = typeof meta.message === 'function' ? meta.message(value) : meta.message;
          discardStmt.run();
          insertStmt.run(
            new Date().toISOString(),
            coderStmt.get()?.value ?? null,
            meta.action,
            englishText(said),
            JSON.stringify(rec.ops),
            JSON.stringify(rec.ops.map(invert)),
            JSON.stringify(said),
          );
        }
        return value;
      })();
    },

    state,

    /**
     * Takes back the newest change. With `expected` (the entry the window's Undo button names),
     * refuses when another program has changed the project since, rather than undo something else.
     */
    undo: (expected?: number): UndoState => replay('undo', expected),

    /** Brings back the oldest undone change; `expected` as for undo. */
    redo: (expected?: number): UndoState => replay('redo', expected),

    /** The audit trail, newest first. */
    list(limit: number): HistoryEntry[] {
      return listStmt.all(limit).map((r) => ({
        id: r.id,
        at: r.at,
        coder: r.coder,
        summary: r.summary,
        label: labelOf(r) ?? makeMessage('earlierChange', {}),
        action: r.action,
        state: r.state,
        undone: r.state !== 'done',
      }));
    },
  };
}
