// A project's own check of its contents: SQLite's check of the file, the foreign keys, and each
// document's text against the SHA-256 stored with it at import (the text is never changed by
// Kvalkod, so a mismatch means the file was damaged or edited by another program).
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { IntegrityReport } from '../shared/api/contract-project-file';
import type { DamagedDocument } from '../shared/api/types';

/** The SHA-256 a document's stored text is checked against (hex, of its UTF-8). */
export const textHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Documents whose text no longer matches its stored SHA-256 (144 interviews: a few tens of ms). */
export function damagedDocuments(db: Database): DamagedDocument[] {
  const damaged: DamagedDocument[] = [];
  // The stored UTF-8 bytes are hashed as they are: no decoding into JavaScript strings, which took
  // most of the time (the same bytes textHash hashes, as the database's encoding is UTF-8).
  const rows = db
    .prepare<[], { id: number; name: string; bytes: Buffer; text_hash: string }>(
      'SELECT id, name, CAST(text AS BLOB) AS bytes, text_hash FROM documents ORDER BY id',
    )
    .iterate();
  for (const row of rows) {
    const hash = createHash('sha256').update(row.bytes).digest('hex');
    if (hash !== row.text_hash) damaged.push({ id: row.id, name: row.name });
  }
  return damaged;
}

/** The whole check ("Kontrollera projekt", `kvalkod check`): integrity_check reads every page. */
export function checkIntegrity(db: Database): IntegrityReport {
  const database = (db.pragma('integrity_check(100)') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((line) => line !== 'ok');
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  const documentsChecked = (
    db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }
  ).n;
  const damaged = damagedDocuments(db);
  return {
    ok: database.length === 0 && foreignKeyProblems === 0 && damaged.length === 0,
    databaseProblems: database,
    foreignKeyProblems,
    documentsChecked,
    damagedDocuments: damaged,
  };
}
