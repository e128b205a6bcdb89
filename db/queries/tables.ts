// The facts the table builder counts, read in flat queries (no per-row subqueries: 20,000 passages
// must read in milliseconds). The structure (documents, speakers, turns, attribute values,
// respondents) and the coding (segments and their codes) are read separately, each when its change
// counter (migration 003) has moved; the counting itself is pure (shared/tables/crosstab.ts).
import type { Database } from 'better-sqlite3';
import type { SpeakerRole } from '../../shared/transcript/types';
import { createTableCountQueries } from './table-counts';

export interface DocumentRow {
  id: number;
  kind: 'transcript' | 'answer';
  respondent: number | null;
}

export interface ValueRow {
  owner: number;
  name: string;
  value: string;
}

/** [id, document_id, start, end, coder name or null] */
export type RawSegment = [number, number, number, number, string | null];
/** [id, document_id, start, end, speaker_id or null], ordered by document and start. */
export type RawTurn = [number, number, number, number, number | null];

export interface Structure {
  documents: DocumentRow[];
  speakers: { id: number; doc: number; role: SpeakerRole }[];
  turns: RawTurn[];
  respondents: number[];
  documentValues: ValueRow[];
  respondentValues: ValueRow[];
}

export interface Coding {
  segments: RawSegment[];
  /** [segment_id, code_id], ordered by segment. */
  codes: [number, number][];
}

export function createTableQueries(db: Database) {
  const documentsStmt = db.prepare<[], DocumentRow>(
    'SELECT id, kind, respondent_id AS respondent FROM documents',
  );
  const speakersStmt = db.prepare<[], { id: number; doc: number; role: SpeakerRole }>(
    'SELECT id, document_id AS doc, role FROM speakers',
  );
  // A document's turns as one list of numbers [id, start, end, speaker, ...]: reading 30,000 turn
  // rows into JavaScript one by one took 20-50 ms at the bench's 144 interviews, one string per
  // document and JSON.parse about 12 (the first table after opening waits for it).
  const turnsStmt = db
    .prepare(
      `SELECT document_id, '[' || group_concat(
                id || ',' || start || ',' || "end" || ',' || ifnull(speaker_id, 'null'),
                ',' ORDER BY start, id) || ']'
         FROM turns GROUP BY document_id ORDER BY document_id`,
    )
    .raw(true);
  const respondentsStmt = db.prepare('SELECT id FROM respondents').pluck(true);
  const documentValuesStmt = db.prepare<[], ValueRow>(
    `SELECT v.document_id AS owner, a.name, v.value
       FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id`,
  );
  const respondentValuesStmt = db.prepare<[], ValueRow>(
    `SELECT v.respondent_id AS owner, a.name, v.value
       FROM respondent_values v JOIN attributes a ON a.id = v.attribute_id`,
  );
  const segmentsStmt = db
    .prepare(
      'SELECT s.id, s.document_id, s.start, s."end", c.name FROM segments s LEFT JOIN coders c ON c.id = s.coder_id',
    )
    .raw(true);
  const codesStmt = db.prepare('SELECT segment_id, code_id FROM segment_codes').raw(true);
  const docSegmentsStmt = db
    .prepare(
      `SELECT s.id, s.document_id, s.start, s."end", c.name FROM segments s
         LEFT JOIN coders c ON c.id = s.coder_id
        WHERE s.document_id IN (SELECT value FROM json_each(?))`,
    )
    .raw(true);
  const docCodesStmt = db
    .prepare(
      `SELECT sc.segment_id, sc.code_id FROM segments s JOIN segment_codes sc ON sc.segment_id = s.id
        WHERE s.document_id IN (SELECT value FROM json_each(?))`,
    )
    .raw(true);
  const structureStmt = db
    .prepare("SELECT n FROM change_counters WHERE name = 'structure'")
    .pluck(true);
  const codingVersionsStmt = db.prepare('SELECT document_id, n FROM coding_versions').raw(true);

  // The floor for the benchmark: the same question answered by SQLite alone, same-passage pairs only.
  const bareCountStmt = db.prepare<
    { rows: string; cols: string; attribute: string; value: string },
    { r: number; c: number; n: number }
  >(
    `SELECT ra.code_id AS r, cb.code_id AS c, count(DISTINCT s.document_id) AS n
       FROM segments s
       JOIN segment_codes ra ON ra.segment_id = s.id
       JOIN segment_codes cb ON cb.segment_id = s.id
       JOIN attribute_values v ON v.document_id = s.document_id
       JOIN attributes a ON a.id = v.attribute_id
      WHERE a.name = @attribute AND v.value = @value
        AND ra.code_id IN (SELECT value FROM json_each(@rows))
        AND cb.code_id IN (SELECT value FROM json_each(@cols))
      GROUP BY 1, 2`,
  );

  return {
    ...createTableCountQueries(db),
    structure(): Structure {
      return {
        documents: documentsStmt.all(),
        speakers: speakersStmt.all(),
        turns: unpackTurns(turnsStmt.all() as [number, string][]),
        respondents: respondentsStmt.all() as number[],
        documentValues: documentValuesStmt.all(),
        respondentValues: respondentValuesStmt.all(),
      };
    },
    /** The coded passages of the given documents, or of all documents. */
    coding(documents?: readonly number[]): Coding {
      if (!documents)
        return {
          segments: segmentsStmt.all() as RawSegment[],
          codes: codesStmt.all() as [number, number][],
        };
      const ids = JSON.stringify(documents);
      return {
        segments: docSegmentsStmt.all(ids) as RawSegment[],
        codes: docCodesStmt.all(ids) as [number, number][],
      };
    },
    /**
     * The structure counter, and each document's coding version. Both are kept by triggers in the
     * file, so changes made by another connection (the command line) count too.
     */
    versions(): { structure: number; coding: Map<number, number> } {
      return {
        structure: structureStmt.get() as number,
        coding: new Map(codingVersionsStmt.all() as [number, number][]),
      };
    },
    /** Documents per (row code, column code) pair with one attribute value: the benchmark's floor. */
    bareCount(rows: number[], cols: number[], attribute: string, value: string) {
      return bareCountStmt.all({
        rows: JSON.stringify(rows),
        cols: JSON.stringify(cols),
        attribute,
        value,
      });
    },
  };
}

/** The turns of unpacked per-document lists, ordered by document and start (as RawTurn says). */
function unpackTurns(rows: readonly [number, string][]): RawTurn[] {
  const turns: RawTurn[] = [];
  for (const [doc, list] of rows) {
    const n = JSON.parse(list) as (number | null)[];
    for (let i = 0; i + 3 < n.length; i += 4)
      turns.push([n[i] ?? 0, doc, n[i + 1] ?? 0, n[i + 2] ?? 0, n[i + 3] ?? null]);
  }
  return turns;
}
