// Everything a merge takes from a coder's copy of the project, read in flat queries: documents with
// their speakers, turns and attribute values, the codebook, coders, coded passages and memos.
import type { Database } from 'better-sqlite3';
import type { DbCodeRow, DbMemoRow, DbSegmentRow } from './history-ops';

export interface SourceDocument {
  id: number;
  guid: string;
  name: string;
  kind: string;
  /** Read only for a text the project does not have (matched documents need none). */
  text: string | null;
  text_hash: string;
  words: number;
  source_name: string;
  source_format: string;
  structure: string;
  imported_at: string;
}

export interface MergeSource {
  documents: SourceDocument[];
  speakers: { id: number; document_id: number; label: string; role: string }[];
  turns: {
    document_id: number;
    speaker_id: number | null;
    start: number;
    label_end: number;
    end: number;
  }[];
  attributes: { id: number; name: string; type: string; multiple: number }[];
  values: { document_id: number; attribute_id: number; value: string }[];
  codes: DbCodeRow[];
  coders: { id: number; name: string }[];
  segments: DbSegmentRow[];
  segmentCodes: { segment_id: number; code_id: number }[];
  memos: DbMemoRow[];
}

/**
 * Reads a (migrated, up-to-date) project's content; `db` is the copy's connection. Texts, speakers
 * and turns are read only for documents whose text hash is not in `known` (the project's own).
 */
export function readMergeSource(db: Database, known: ReadonlySet<string>): MergeSource {
  const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
  const documents = all<SourceDocument>(
    `SELECT id, guid, name, kind, NULL AS text, text_hash, words, source_name, source_format,
            structure, imported_at FROM documents ORDER BY id`,
  );
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const unknown = documents.filter((d) => !known.has(d.text_hash));
  for (const d of unknown) d.text = textOf.get(d.id) as string;
  const ids = JSON.stringify(unknown.map((d) => d.id));
  const IN = 'IN (SELECT value FROM json_each(?))';
  return {
    documents,
    speakers: all(
      `SELECT id, document_id, label, role FROM speakers WHERE document_id ${IN} ORDER BY id`,
      ids,
    ),
    turns: all(
      `SELECT document_id, speaker_id, start, label_end, "end" FROM turns
        WHERE document_id ${IN} ORDER BY document_id, start`,
      ids,
    ),
    attributes: all('SELECT id, name, type, multiple FROM attributes ORDER BY sort_order, id'),
    values: all('SELECT document_id, attribute_id, value FROM attribute_values'),
    codes: all('SELECT * FROM codes ORDER BY sort_order, id'),
    coders: all('SELECT id, name FROM coders'),
    segments: all('SELECT * FROM segments ORDER BY document_id, start, "end", id'),
    segmentCodes: all('SELECT segment_id, code_id FROM segment_codes ORDER BY segment_id, code_id'),
    memos: all('SELECT * FROM memos ORDER BY id'),
  };
}
