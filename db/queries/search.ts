// Full-text search over documents (documents_fts, FTS5): which documents match, in the order hits
// are listed, and their texts for finding exact offsets.
import type { Database } from 'better-sqlite3';

export function createSearchQueries(db: Database) {
  const matchingStmt = db.prepare<[string], { id: number; name: string }>(
    `SELECT d.id, d.name FROM documents_fts f JOIN documents d ON d.id = f.rowid
      WHERE documents_fts MATCH ? ORDER BY d.name COLLATE NOCASE, d.id`,
  );
  const textStmt = db.prepare<[number], { text: string }>(
    'SELECT text FROM documents WHERE id = ?',
  );
  // Changes by this connection, and by any other (another window, the CLI): while both stay the
  // same, a search's hits stay the same.
  const changesStmt = db.prepare<[], { n: number }>('SELECT total_changes() AS n');

  return {
    /** Documents matching an FTS5 expression, by name (the order search results are shown in). */
    matchingDocuments: (match: string) => matchingStmt.all(match),
    text: (documentId: number) => textStmt.get(documentId)?.text ?? null,
    /** Differs whenever anything in the file may have changed since it was last asked. */
    version: () =>
      `${db.pragma('data_version', { simple: true }) as number}:${changesStmt.get()?.n ?? 0}`,
  };
}
