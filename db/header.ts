// Reads a file's SQLite header without opening it as a database, so that a foreign or newer file
// can be refused while staying byte-for-byte untouched.
import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\0';

export interface SqliteHeader {
  userVersion: number;
  applicationId: number;
}

/** The header of an SQLite database file, or null when the file is not one. */
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
