// documents, speakers, turns: imported texts with who-said-what. A document is written in one
// transaction by its caller (import), so a failure leaves it whole or absent.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type {
  DocumentContent,
  DocumentKind,
  DocumentSummary,
  SpeakerSummary,
  Turn,
} from '../../shared/documents/types';
import type { Paragraph, SpeakerRole } from '../../shared/transcript/types';
import { decodeParagraphs, encodeParagraphs } from '../../shared/documents/paragraph-codec';
import { createAttributeQueries } from './attributes';

export interface NewDocument {
  name: string;
  kind: DocumentKind;
  text: string;
  textHash: string;
  words: number;
  sourceName: string;
  sourceFormat: string;
  paragraphs: Paragraph[];
  speakers: { label: string; role: SpeakerRole }[];
  turns: { start: number; labelEnd: number; end: number; speaker: string }[];
}

interface DbDocumentRow {
  id: number;
  name: string;
  kind: DocumentKind;
  chars: number;
  words: number;
  source_name: string;
  source_format: string;
  imported_at: string;
  codings: number;
}

interface DbSpeakerRow {
  id: number;
  document_id: number;
  label: string;
  role: SpeakerRole;
  turns: number;
}

export function createDocumentQueries(db: Database) {
  const attributes = createAttributeQueries(db);
  const insertDoc = db.prepare(
    `INSERT INTO documents (guid, name, kind, text, text_hash, words, source_name, source_format, structure, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSpeaker = db.prepare(
    'INSERT INTO speakers (document_id, label, role) VALUES (?, ?, ?)',
  );
  const insertTurn = db.prepare(
    'INSERT INTO turns (document_id, speaker_id, start, label_end, "end") VALUES (?, ?, ?, ?, ?)',
  );
  const listStmt = db.prepare<[], DbDocumentRow>(
    `SELECT d.id, d.name, d.kind, length(d.text) AS chars, d.words, d.source_name, d.source_format, d.imported_at,
            (SELECT count(*) FROM segments s WHERE s.document_id = d.id) AS codings
       FROM documents d ORDER BY d.name COLLATE NOCASE, d.id`,
  );
  const speakersStmt = db.prepare<[], DbSpeakerRow>(
    `SELECT s.id, s.document_id, s.label, s.role, (SELECT count(*) FROM turns t WHERE t.speaker_id = s.id) AS turns
       FROM speakers s ORDER BY s.document_id, s.id`,
  );
  const speakersOfStmt = db.prepare<[number], DbSpeakerRow>(
    `SELECT s.id, s.document_id, s.label, s.role, (SELECT count(*) FROM turns t WHERE t.speaker_id = s.id) AS turns
       FROM speakers s WHERE s.document_id = ? ORDER BY s.id`,
  );
  const contentStmt = db.prepare<
    [number],
    { id: number; name: string; text: string; text_hash: string; structure: string }
  >('SELECT id, name, text, text_hash, structure FROM documents WHERE id = ?');
  const turnsStmt = db.prepare<
    [number],
    { start: number; label_end: number; end: number; speaker_id: number | null }
  >('SELECT start, label_end, "end", speaker_id FROM turns WHERE document_id = ? ORDER BY start');
  const byHashStmt = db.prepare<[string], { id: number; name: string }>(
    'SELECT id, name FROM documents WHERE text_hash = ?',
  );
  const byNameStmt = db.prepare<[string], { id: number }>(
    'SELECT id FROM documents WHERE name = ?',
  );
  const namesStmt = db.prepare<[], { name: string }>('SELECT name FROM documents');
  const labelsStmt = db.prepare<[], { id: number; name: string }>(
    'SELECT id, name FROM documents ORDER BY name COLLATE NOCASE, id',
  );
  const deleteStmt = db.prepare('DELETE FROM documents WHERE id = ?');
  const nameStmt = db.prepare<[number], { name: string }>(
    'SELECT name FROM documents WHERE id = ?',
  );
  const speakerStmt = db.prepare<
    [number],
    { id: number; document_id: number; label: string; role: SpeakerRole }
  >('SELECT id, document_id, label, role FROM speakers WHERE id = ?');
  const turnIdsStmt = db.prepare<[number], { id: number }>(
    'SELECT id FROM turns WHERE speaker_id = ? ORDER BY start',
  );
  const usageStmt = db.prepare<[{ ids: string }], { segments: number; memos: number }>(
    `SELECT (SELECT count(*) FROM segments WHERE document_id IN (SELECT value FROM json_each(@ids))) AS segments,
            (SELECT count(*) FROM memos m
               WHERE (m.target_kind = 'document' AND m.target_id IN (SELECT value FROM json_each(@ids)))
                  OR (m.target_kind = 'segment' AND m.target_id IN
                        (SELECT id FROM segments WHERE document_id IN (SELECT value FROM json_each(@ids))))
            ) + (SELECT count(*) FROM segments WHERE memo <> '' AND document_id IN (SELECT value FROM json_each(@ids)))
            AS memos`,
  );

  const toSpeaker = (s: DbSpeakerRow): SpeakerSummary => ({
    id: s.id,
    label: s.label,
    role: s.role,
    turns: s.turns,
  });

  return {
    insert(doc: NewDocument): number {
      const id = Number(
        insertDoc.run(
          randomUUID(),
          doc.name,
          doc.kind,
          doc.text,
          doc.textHash,
          doc.words,
          doc.sourceName,
          doc.sourceFormat,
          encodeParagraphs(doc.paragraphs),
          new Date().toISOString(),
        ).lastInsertRowid,
      );
      const speakerIds = new Map<string, number>();
      for (const s of doc.speakers)
        speakerIds.set(s.label, Number(insertSpeaker.run(id, s.label, s.role).lastInsertRowid));
      for (const t of doc.turns)
        insertTurn.run(id, speakerIds.get(t.speaker) ?? null, t.start, t.labelEnd, t.end);
      return id;
    },

    /** Every document's id and name, in the documents list's order (tables' document axis). */
    labels(): { id: number; name: string }[] {
      return labelsStmt.all();
    },

    list(): DocumentSummary[] {
      const speakers = new Map<number, SpeakerSummary[]>();
      for (const s of speakersStmt.all()) {
        const list = speakers.get(s.document_id) ?? [];
        list.push(toSpeaker(s));
        speakers.set(s.document_id, list);
      }
      const values = attributes.valuesByDocument();
      return listStmt.all().map((d) => ({
        id: d.id,
        name: d.name,
        kind: d.kind,
        chars: d.chars,
        words: d.words,
        sourceName: d.source_name,
        sourceFormat: d.source_format,
        importedAt: d.imported_at,
        speakers: speakers.get(d.id) ?? [],
        attributes: values.get(d.id) ?? {},
        codings: d.codings,
      }));
    },

    content(id: number): DocumentContent | null {
      const row = contentStmt.get(id);
      if (!row) return null;
      const turns: Turn[] = turnsStmt.all(id).map((t) => ({
        start: t.start,
        labelEnd: t.label_end,
        end: t.end,
        speakerId: t.speaker_id,
      }));
      return {
        id: row.id,
        name: row.name,
        text: row.text,
        textHash: row.text_hash,
        paragraphs: decodeParagraphs(row.structure),
        turns,
        speakers: speakersOfStmt.all(id).map(toSpeaker),
      };
    },

    /**
     * Deletes documents with everything that cascades from them, outside the history (a test's or
     * a copy's own edits); the window and CLI remove documents through documents.delete (undoable).
     */
    delete(ids: number[]): number {
      return ids.reduce((n, id) => n + deleteStmt.run(id).changes, 0);
    },

    speaker(id: number) {
      const s = speakerStmt.get(id);
      return s ? { id: s.id, documentId: s.document_id, label: s.label, role: s.role } : null;
    },
    speakersOf: (documentId: number) => speakersOfStmt.all(documentId).map(toSpeaker),
    turnIdsOf: (speakerId: number) => turnIdsStmt.all(speakerId).map((t) => t.id),
    /** What removing these documents would take with it: coded passages and memos. */
    usage(ids: number[]): { segments: number; memos: number } {
      return usageStmt.get({ ids: JSON.stringify(ids) }) ?? { segments: 0, memos: 0 };
    },

    findByHash: (hash: string) => byHashStmt.all(hash),
    idByName: (name: string) => byNameStmt.get(name)?.id ?? null,
    names: () => new Set(namesStmt.all().map((r) => r.name)),
    name: (id: number) => nameStmt.get(id)?.name ?? null,
  };
}
