// Reads a file's SQLite header bytes without opening it as a database: the magic string tells a
// database from anything else before SQLite touches it. The marks in the header (application_id,
// user_version) are read through SQLite instead, which also sees the -wal (db/project.ts).
import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\0';

export interface SqliteHeader {
  userVersion: number;
  applicationId: number;
}

/** True when the file starts with SQLite's magic string. */
export function hasSqliteMagic(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    return readSync(fd, buf, 0, 16, 0) === 16 && buf.toString('latin1') === MAGIC;
  } finally {
    closeSync(fd);
  }
}

/**
 * The header as the main file holds it, or null when the file is not a database. It can lag
 * behind the -wal: use it only to see what is on disk (tests, diagnostics).
 */
export function readSqliteHeader(path: string): SqliteHeader | null {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const read = readSync(fd, buf, 0, 100, 0);
    if (read < 100 || buf.toString('latin1', 0, 16) !== MAGIC) return null;
    return { userVersion: buf.readUInt32BE(60), applicationId: buf.readUInt32BE(68) };
  } finally {
    closeSync(fd);
  }
}
