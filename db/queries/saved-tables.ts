// saved_tables: table definitions saved by name ("Tabell 3"), run again on the current data.
import type { Database } from 'better-sqlite3';

export interface SavedTableRow {
  id: number;
  name: string;
  definition: string;
  updatedAt: string;
}

export function createSavedTableQueries(db: Database) {
  const listStmt = db.prepare<[], SavedTableRow>(
    'SELECT id, name, definition, updated_at AS updatedAt FROM saved_tables ORDER BY name COLLATE NOCASE, id',
  );
  const getStmt = db.prepare<[string], SavedTableRow>(
    'SELECT id, name, definition, updated_at AS updatedAt FROM saved_tables WHERE name = ?',
  );
  const upsertStmt = db.prepare(
    `INSERT INTO saved_tables (name, definition, created_at, updated_at) VALUES (@name, @definition, @now, @now)
     ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`,
  );
  const deleteStmt = db.prepare('DELETE FROM saved_tables WHERE name = ?');

  return {
    list: () => listStmt.all(),
    get: (name: string) => getStmt.get(name),
    /** Saves under `name`, replacing the definition of a table saved under the same name. */
    save(name: string, definition: string): SavedTableRow {
      upsertStmt.run({ name, definition, now: new Date().toISOString() });
      return getStmt.get(name) as SavedTableRow;
    },
    delete: (name: string) => deleteStmt.run(name).changes,
  };
}
