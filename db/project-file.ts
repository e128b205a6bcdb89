// The checks that decide whether a file is a Kvalkod project this version can open, made before
// it is opened for writing. The marks (application_id, user_version) are read through SQLite when
// a -wal lies beside the file (it may hold the newest header: a project another program has open,
// a copy taken before a clean close); otherwise the main file's header is the whole truth and is
// read without opening the file as a database. A refused file is left byte-for-byte untouched.
import { existsSync, rmSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { ApiError } from '../shared/api/errors';
import { APP_VERSION } from '../shared/version';
import { APPLICATION_ID, connect } from './connection';
import { hasSqliteMagic, readSqliteHeader, type SqliteHeader } from './header';
import { latestSchemaVersion, userVersion } from './migrations';

/** Refuses anything that is not a Kvalkod project this version can read. */
export function checkProjectFile(path: string): void {
  if (!existsSync(path)) throw new ApiError('file_missing', `${path} does not exist.`, { path });
  // Before a byte is read: opening a FIFO would wait for a writer, a device never ends.
  const stat = statSync(path);
  if (!stat.isFile())
    throw new ApiError(
      'not_a_file',
      stat.isDirectory()
        ? `${path} is a folder, not a Kvalkod project file.`
        : `${path} is not a regular file (a device or a pipe), so it was not opened.`,
      { file: path },
    );
  const walBeside = existsSync(`${path}-wal`);
  // A main file still empty beside its -wal is left to SQLite.
  if (!walBeside && !hasSqliteMagic(path)) throw notADatabase(path);
  const marks = walBeside ? marksThroughSqlite(path) : readSqliteHeader(path);
  if (!marks) throw notADatabase(path);
  if (marks.applicationId !== APPLICATION_ID)
    throw new ApiError('not_kvalkod_project', `${path} is a database, but not a Kvalkod project.`, {
      path,
    });
  const found = marks.userVersion;
  const supported = latestSchemaVersion();
  if (found > supported) {
    throw new ApiError(
      'newer_version',
      `${path} was saved by a newer Kvalkod (project version ${found}); this Kvalkod ${APP_VERSION} reads project versions up to ${supported}. Update Kvalkod to open it.`,
      { path, found, supported, appVersion: APP_VERSION },
    );
  }
}

/** SQLite's quick_check on an open connection; a damaged file is refused with what it found. */
export function quickCheck(db: Database, path: string): void {
  const check = db.pragma('quick_check', { simple: true }) as string;
  if (check !== 'ok')
    throw new ApiError(
      'damaged_project',
      `${path} is damaged (${check}). Open a backup copy instead.`,
      {
        path,
        detail: check,
      },
    );
}

/** Turns a failure to read a file that passed the header checks into a readable refusal. */
export function unreadable(err: unknown, path: string): ApiError {
  if (err instanceof ApiError) return err;
  if ((err as { code?: string }).code === 'SQLITE_NOTADB') return notADatabase(path);
  const detail = (err as Error).message;
  return new ApiError('damaged_project', `${path} could not be read: ${detail}`, { path, detail });
}

function notADatabase(path: string): ApiError {
  return new ApiError(
    'not_a_project',
    `${path} is not a Kvalkod project (it is not a database file).`,
    {
      path,
    },
  );
}

/**
 * The marks as SQLite sees them, WAL included, through a read-only connection. An -shm that the
 * connection had to create (no program had the file open) is removed again.
 */
function marksThroughSqlite(path: string): SqliteHeader {
  const shmBefore = existsSync(`${path}-shm`);
  let db: Database | undefined;
  try {
    db = connect(path, { readonly: true });
    return {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      userVersion: userVersion(db),
    };
  } catch (err) {
    throw unreadable(err, path);
  } finally {
    db?.close();
    if (!shmBefore) rmSync(`${path}-shm`, { force: true });
  }
}
