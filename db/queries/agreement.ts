// What an agreement comparison reads: the coders' passages with their codes in chosen documents,
// the documents each coder has coded, and the documents' texts with paragraphs and turns.
import type { Database } from 'better-sqlite3';
import { decodeParagraphs } from '../../shared/documents/paragraph-codec';
import type { Paragraph } from '../../shared/transcript/types';

export interface AgreementPassageRow {
  id: number;
  documentId: number;
  start: number;
  end: number;
  coderId: number;
  codeIds: number[];
}

export interface UnitSourceRow {
  id: number;
  name: string;
  text: string;
  paragraphs: Paragraph[];
  turns: { start: number; end: number }[];
}

const IN_JSON = (param: string) => `IN (SELECT value FROM json_each(${param}))`;

export function createAgreementQueries(db: Database) {
  const codedByAllStmt = db
    .prepare<[string, number], number>(
      `SELECT s.document_id FROM segments s JOIN documents d ON d.id = s.document_id
        WHERE s.coder_id ${IN_JSON('?')}
        GROUP BY s.document_id HAVING count(DISTINCT s.coder_id) = ?
        ORDER BY min(d.name) COLLATE NOCASE, s.document_id`,
    )
    .pluck(true);
  // Two flat reads joined here: a GROUP BY with group_concat over 40,000 passages is slower.
  const segmentsStmt = db
    .prepare<[string, string], [number, number, number, number, number]>(
      `SELECT id, document_id, start, "end", coder_id FROM segments
        WHERE coder_id ${IN_JSON('?')} AND document_id ${IN_JSON('?')}
        ORDER BY document_id, start, "end", id`,
    )
    .raw(true);
  const linksStmt = db
    .prepare<[string, string], [number, number]>(
      `SELECT sc.segment_id, sc.code_id FROM segment_codes sc JOIN segments s ON s.id = sc.segment_id
        WHERE s.coder_id ${IN_JSON('?')} AND s.document_id ${IN_JSON('?')}`,
    )
    .raw(true);
  const sourcesStmt = db.prepare<
    [string],
    { id: number; name: string; text: string; structure: string }
  >(
    `SELECT id, name, text, structure FROM documents WHERE id ${IN_JSON('?')}
      ORDER BY name COLLATE NOCASE, id`,
  );
  const turnsStmt = db
    .prepare<[string], [number, number, number]>(
      `SELECT document_id, start, "end" FROM turns WHERE document_id ${IN_JSON('?')}
        ORDER BY document_id, start`,
    )
    .raw(true);
  const hashesStmt = db.prepare('SELECT text_hash FROM documents').pluck();
  const codedStmt = db
    .prepare<[number, string], number>(
      `SELECT count(*) FROM segments WHERE coder_id = ? AND document_id ${IN_JSON('?')}`,
    )
    .pluck(true);

  return {
    /** Documents that every one of the coders has coded at least once, by name. */
    documentsCodedByAll: (coderIds: readonly number[]) =>
      codedByAllStmt.all(JSON.stringify(coderIds), new Set(coderIds).size),

    passages(coderIds: readonly number[], documentIds: readonly number[]): AgreementPassageRow[] {
      const coders = JSON.stringify(coderIds);
      const docs = JSON.stringify(documentIds);
      const codes = new Map<number, number[]>();
      for (const [segment, code] of linksStmt.all(coders, docs)) {
        const list = codes.get(segment);
        if (list) list.push(code);
        else codes.set(segment, [code]);
      }
      return segmentsStmt.all(coders, docs).map(([id, documentId, start, end, coderId]) => ({
        id,
        documentId,
        start,
        end,
        coderId,
        codeIds: codes.get(id) ?? [],
      }));
    },

    /** The documents' texts, paragraphs and turns, by name. */
    unitSources(documentIds: readonly number[]): UnitSourceRow[] {
      const ids = JSON.stringify(documentIds);
      const turns = new Map<number, { start: number; end: number }[]>();
      for (const [doc, start, end] of turnsStmt.all(ids)) {
        const list = turns.get(doc);
        if (list) list.push({ start, end });
        else turns.set(doc, [{ start, end }]);
      }
      return sourcesStmt.all(ids).map((d) => ({
        id: d.id,
        name: d.name,
        text: d.text,
        paragraphs: decodeParagraphs(d.structure),
        turns: turns.get(d.id) ?? [],
      }));
    },

    /** The hashes of the project's texts: a merge reads only the texts the project lacks. */
    textHashes: () => new Set(hashesStmt.all() as string[]),

    /** How many passages a coder has in the documents. */
    codedBy: (coderId: number, documentIds: readonly number[]) =>
      codedStmt.get(coderId, JSON.stringify(documentIds)) ?? 0,
  };
}
