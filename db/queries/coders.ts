// coders and the current coder (project_meta 'coder'): whose name goes on new segments, memos and
// history entries. Coders are never deleted, so an undone segment can always point at its coder.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export function createCoderQueries(db: Database) {
  const currentStmt = db.prepare<[], { value: string }>(
    "SELECT value FROM project_meta WHERE key = 'coder'",
  );
  const setCurrentStmt = db.prepare(
    "INSERT INTO project_meta (key, value) VALUES ('coder', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );
  const byNameStmt = db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE name = ?');
  const insertStmt = db.prepare('INSERT INTO coders (guid, name) VALUES (?, ?)');
  const listStmt = db.prepare<[], { id: number; name: string }>(
    'SELECT id, name FROM coders ORDER BY name',
  );

  function idOf(name: string): number {
    const found = byNameStmt.get(name);
    if (found) return found.id;
    return Number(insertStmt.run(randomUUID(), name).lastInsertRowid);
  }

  return {
    current(): string | null {
      return currentStmt.get()?.value ?? null;
    },
    /** Makes `name` the current coder, adding it to the coders table on first use. */
    setCurrent(name: string): void {
      db.transaction(() => {
        idOf(name);
        setCurrentStmt.run(name);
      })();
    },
    /** The current coder's row id, or null while no coder name is set. */
    currentId(): number | null {
      const name = currentStmt.get()?.value;
      return name === undefined ? null : idOf(name);
    },
    /** The coder's row id, adding the coder on first use. */
    idFor: (name: string) => idOf(name),
    list: () => listStmt.all(),
  };
}
