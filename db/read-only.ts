// Opening a project that may not be written: a read-only file, a folder without write permission,
// a read-only disk or share. SQLite in WAL mode would create -wal and -shm files beside it (owned by
// this user, which can lock the file's owner out) or refuse outright; instead a cleanly closed file
// is read whole into memory (its header set from WAL to rollback mode in the copy, never on disk)
// and opened there, queries only. A file with a -wal beside it (another program has it open, or a
// crash left it) is read through SQLite so that the newest changes are seen.
import { accessSync, constants, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../shared/api/errors';
import { connect, connectToBytes } from './connection';
import { latestSchemaVersion, migrate, userVersion } from './migrations';

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Whether SQLite can write the project: the file, and its folder or its -wal and -shm. */
export function canWrite(path: string): boolean {
  if (!writable(path)) return false;
  const sidecars = [`${path}-wal`, `${path}-shm`];
  return writable(dirname(path)) || sidecars.every((p) => existsSync(p) && writable(p));
}

/** The project opened for reading only; `close` also removes an -shm this connection made. */
export function openReadOnly(path: string): { db: Database; close: () => void } {
  if (!existsSync(`${path}-wal`)) {
    const bytes = readFileSync(path);
    // Bytes 18 and 19 say "WAL" (2); an in-memory copy reads in rollback mode (1).
    if (bytes[18] === 2) bytes[18] = 1;
    if (bytes[19] === 2) bytes[19] = 1;
    const db = connectToBytes(bytes);
    // An older file is upgraded in memory only, so that this version can show it.
    migrate(db);
    db.pragma('query_only = ON');
    return { db, close: () => db.close() };
  }
  const shmBefore = existsSync(`${path}-shm`);
  const db = connect(path, { readonly: true });
  if (userVersion(db) < latestSchemaVersion()) {
    db.close();
    throw new ApiError(
      'project_read_only',
      `${path} is read-only and was saved by an older Kvalkod while another program has it open; close that program, or copy the file to a folder you may write to, and open it again.`,
      { path },
    );
  }
  return {
    db,
    close: () => {
      db.close();
      if (!shmBefore) rmSync(`${path}-shm`, { force: true });
    },
  };
}
