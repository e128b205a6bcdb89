// The coded passages of some documents, packed by SQLite into one string per document and unpacked
// into typed arrays: at 144,000 passages this reads in little more than SQLite's own bare count of
// them, where a row per passage and per code (374,000 rows) took several times as long. The tables
// count from it per document (electron/tables/count-by-document.ts). Their bytes are kept in the
// file (packed_passages, migration 007; ./packed-codec.ts) until the document's passages change, so a later session
// reads one row per document instead of packing every passage again.
import type { Database } from 'better-sqlite3';
import { decode, encode, unpack, type PackedPassages } from './packed-codec';

export type { PackedPassages };

export function createTableCountQueries(db: Database) {
  // A passage without codes (none is kept so, but a file may hold one) packs code 0, which is none.
  const packedStmt = db
    .prepare<[string], [number, string]>(
      `SELECT s.document_id, group_concat(
                s.id || ',' || s.start || ',' || s."end" || ',' || coalesce(s.coder_id, 0) || ',' ||
                coalesce((SELECT group_concat(code_id, '.') FROM segment_codes
                           WHERE segment_id = s.id), ''), ';')
         FROM (SELECT * FROM segments
                WHERE document_id IN (SELECT value FROM json_each(?))
                ORDER BY document_id, start, id) s
        GROUP BY s.document_id`,
    )
    .raw(true);
  const storedStmt = db
    .prepare<[string], [number, Buffer]>(
      'SELECT document_id, packed FROM packed_passages WHERE document_id IN (SELECT value FROM json_each(?))',
    )
    .raw(true);
  const storeStmt = db.prepare<[{ doc: number; packed: Buffer }]>(
    // Only for a document that is still there: one deleted meanwhile must not undo the others.
    `INSERT OR REPLACE INTO packed_passages (document_id, packed)
     SELECT @doc, @packed WHERE EXISTS (SELECT 1 FROM documents WHERE id = @doc)`,
  );
  const forgetStmt = db.prepare<[number]>('DELETE FROM packed_passages WHERE document_id = ?');
  const coderIdsStmt = db
    .prepare<[string], number>(
      'SELECT id FROM coders WHERE name IN (SELECT value FROM json_each(?))',
    )
    .pluck(true);

  const pack = (documents: readonly number[]): [number, PackedPassages][] => {
    const packed = new Map(packedStmt.all(JSON.stringify(documents)));
    return documents.map((doc) => [doc, unpack(packed.get(doc) ?? '')]);
  };

  /**
   * Packs the documents' passages and keeps their bytes for the next session. Packed and kept
   * under the write lock, so no other program can change a passage in between and a kept copy
   * is never older than the passages. Keeping is only a copy: when the file is read-only, another
   * program is writing or a transaction is open, the passages are packed and not kept, and nothing
   * waits.
   */
  function packAndKeep(documents: readonly number[]): [number, PackedPassages][] {
    if (db.readonly || db.inTransaction) return pack(documents);
    const timeout = db.pragma('busy_timeout', { simple: true }) as number;
    try {
      db.pragma('busy_timeout = 0');
      return db.transaction(() => {
        const fresh = pack(documents);
        for (const [doc, passages] of fresh) storeStmt.run({ doc, packed: encode(passages) });
        return fresh;
      })();
    } catch {
      // SQLITE_BUSY, a read-only project, a full disk: counted from a fresh packing all the same.
      return pack(documents);
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  return {
    /** Each document's passages; a document without passages is absent. */
    packedPassages(documents: readonly number[]): Map<number, PackedPassages> {
      const all = new Map<number, PackedPassages>();
      for (const [doc, bytes] of storedStmt.all(JSON.stringify(documents))) {
        const passages = decode(bytes);
        if (passages) all.set(doc, passages);
      }
      const missing = documents.filter((doc) => !all.has(doc));
      if (missing.length)
        for (const [doc, passages] of packAndKeep(missing)) all.set(doc, passages);
      const out = new Map<number, PackedPassages>();
      for (const [doc, passages] of all) if (passages.ids.length > 0) out.set(doc, passages);
      return out;
    },
    /** For the benchmark: drops a document's kept string, as a change to its passages does. */
    forgetPacked: (documentId: number) => void forgetStmt.run(documentId),
    coderIds: (names: readonly string[]): number[] => coderIdsStmt.all(JSON.stringify(names)),
  };
}
