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
  /** Read from the project on first use. */
  readonly text: string;
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
  // One flat read, a row per passage and code (a passage's rows are adjacent: its id ends the
  // order); cheaper than two reads joined in JS, and than a GROUP BY with group_concat.
  const passagesStmt = db
    .prepare<[string, string], [number, number, number, number, number, number | null]>(
      `SELECT s.id, s.document_id, s.start, s."end", s.coder_id, sc.code_id
         FROM segments s LEFT JOIN segment_codes sc ON sc.segment_id = s.id
        WHERE s.coder_id ${IN_JSON('?')} AND s.document_id ${IN_JSON('?')}
        ORDER BY s.document_id, s.start, s."end", s.id`,
    )
    .raw(true);
  const sourcesStmt = db.prepare<[string], { id: number; name: string; structure: string }>(
    `SELECT id, name, structure FROM documents WHERE id ${IN_JSON('?')}
      ORDER BY name COLLATE NOCASE, id`,
  );
  const textStmt = db.prepare<[number], string>('SELECT text FROM documents WHERE id = ?').pluck();
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
      const out: AgreementPassageRow[] = [];
      let last: AgreementPassageRow | undefined;
      const rows = passagesStmt.all(JSON.stringify(coderIds), JSON.stringify(documentIds));
      for (const [id, documentId, start, end, coderId, code] of rows) {
        if (last?.id !== id) {
          last = { id, documentId, start, end, coderId, codeIds: [] };
          out.push(last);
        }
        if (code !== null) last.codeIds.push(code);
      }
      return out;
    },

    /** The documents' paragraphs and turns, by name; each text is read when first asked for. */
    unitSources(documentIds: readonly number[]): UnitSourceRow[] {
      const ids = JSON.stringify(documentIds);
      const turns = new Map<number, { start: number; end: number }[]>();
      for (const [doc, start, end] of turnsStmt.all(ids)) {
        const list = turns.get(doc);
        if (list) list.push({ start, end });
        else turns.set(doc, [{ start, end }]);
      }
      return sourcesStmt.all(ids).map((d) => {
        let text: string | undefined;
        return {
          id: d.id,
          name: d.name,
          // Read on first use: paragraphs and turns need no text, and the excerpts of the listed
          // disagreements only a few documents' (the texts are most of what a comparison reads).
          get text() {
            return (text ??= textStmt.get(d.id) ?? '');
          },
          paragraphs: decodeParagraphs(d.structure),
          turns: turns.get(d.id) ?? [],
        };
      });
    },

    /** The hashes of the project's texts: a merge reads only the texts the project lacks. */
    textHashes: () => new Set(hashesStmt.all() as string[]),

    /** How many passages a coder has in the documents. */
    codedBy: (coderId: number, documentIds: readonly number[]) =>
      codedStmt.get(coderId, JSON.stringify(documentIds)) ?? 0,
  };
}
