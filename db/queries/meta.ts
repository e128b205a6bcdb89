// project_meta: key/value facts about the project file (created_at, created_with, description).
import type { Database } from 'better-sqlite3';

export function createMetaQueries(db: Database) {
  const getStmt = db.prepare<[string], { value: string }>(
    'SELECT value FROM project_meta WHERE key = ?',
  );
  const setStmt = db.prepare(
    'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(key: string): string | undefined {
      return getStmt.get(key)?.value;
    },
    set(key: string, value: string): void {
      setStmt.run(key, value);
    },
  };
}
