// Opens better-sqlite3 connections with Kvalkod's settings. The desktop app points `nativeBinding`
// at a build of better-sqlite3 for Electron's ABI, so the Node build in node_modules keeps serving
// the CLI, the browser host and the tests. Several programs may have one project open at once (the
// app, the CLI, a second window): every connection waits for a busy lock, and every transaction
// takes the write lock when it begins (docs/ARCHITECTURE.md, "Concurrency and durability").
import Database from 'better-sqlite3';

/** 'KVKD': marks a SQLite file as a Kvalkod project (PRAGMA application_id). */
export const APPLICATION_ID = 0x4b564b44;

/** How long a write waits for another program's write lock before it is refused as busy. */
export const BUSY_TIMEOUT_MS = 5000;

let nativeBinding: string | undefined;

/** Checks run before a connection's write transactions begin (the project file's identity). */
const writeGuards = new WeakMap<Database.Database, () => void>();

export function setWriteGuard(db: Database.Database, guard: () => void): void {
  writeGuards.set(db, guard);
}

/** Called once by the Electron main process before any project is opened. */
export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function connect(
  path: string,
  options: { readonly?: boolean; create?: boolean } = {},
): Database.Database {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: !options.create,
    timeout: BUSY_TIMEOUT_MS,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  immediateTransactions(db);
  return db;
}

/** A database held in memory, made from a file's bytes (a read-only project, db/read-only.ts). */
export function connectToBytes(bytes: Buffer): Database.Database {
  const db = new Database(bytes, nativeBinding ? { nativeBinding } : {});
  immediateTransactions(db);
  return db;
}

/**
 * Makes `db.transaction(fn)` begin IMMEDIATE, after the connection's write guard. A deferred
 * transaction that reads first and then writes cannot wait for another program's lock (SQLite
 * answers SQLITE_BUSY at once, since its snapshot may be stale); taking the write lock at BEGIN
 * lets busy_timeout do its work. Nested transactions stay savepoints.
 */
function immediateTransactions(db: Database.Database): void {
  const make = db.transaction.bind(db);
  db.transaction = (<F extends (...args: never[]) => unknown>(fn: F) => {
    const tx = make(fn);
    const run = (...args: Parameters<typeof tx.immediate>) => {
      if (!db.inTransaction) writeGuards.get(db)?.();
      return tx.immediate(...args);
    };
    return Object.assign(run, { default: run, immediate: run, deferred: run, exclusive: run });
  }) as Database.Database['transaction'];
}

/** Durability settings for every read-write connection: a coding the user saw saved stays saved. */
export function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
