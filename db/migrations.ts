// Numbered SQL migrations (db/migrations/NNN-name.sql). PRAGMA user_version holds the number of the
// last one applied; each runs in its own transaction together with the version bump.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Resolved beside this module; the desktop build copies the folder next to its bundle. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file,
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }));
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration ${m.name} is out of sequence: expected number ${i + 1}.`);
  });
  return migrations;
}

let cached: Migration[] | undefined;
export function bundledMigrations(): Migration[] {
  cached ??= loadMigrations();
  return cached;
}

export function latestSchemaVersion(): number {
  return bundledMigrations().length;
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration newer than the file's user_version. Returns how many ran. */
export function migrate(db: Database, migrations: Migration[] = bundledMigrations()): number {
  const from = userVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return pending.length;
}
