// Opens better-sqlite3 connections with Kvalkod's settings. The desktop app points `nativeBinding`
// at a build of better-sqlite3 for Electron's ABI, so the Node build in node_modules keeps serving
// the CLI, the browser host and the tests.
import Database from 'better-sqlite3';

/** 'KVKD': marks a SQLite file as a Kvalkod project (PRAGMA application_id). */
export const APPLICATION_ID = 0x4b564b44;

let nativeBinding: string | undefined;

/** Called once by the Electron main process before any project is opened. */
export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function connect(
  path: string,
  options: { readonly?: boolean; create?: boolean } = {},
): Database.Database {
  return new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: !options.create,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/** Durability settings for every read-write connection: a coding the user saw saved stays saved. */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}
