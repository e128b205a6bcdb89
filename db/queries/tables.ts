// The facts the table builder counts: segments with their codes, turn and speaker, documents,
// speakers, respondents and attribute values. Read in a few flat queries; the counting is pure
// (shared/tables/crosstab.ts).
import type { Database } from 'better-sqlite3';
import type { SpeakerRole } from '../../shared/transcript/types';

export interface SegmentRow {
  id: number;
  doc: number;
  start: number;
  end: number;
  coder: string | null;
  turn: number | null;
  speaker: number | null;
  role: SpeakerRole | null;
  codes: number[];
}

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

export function createTableQueries(db: Database) {
  // The speaker of a passage is the one whose turn holds its first character, as in retrieval.
  const segmentsStmt = db.prepare<
    [],
    Omit<SegmentRow, 'codes'> & { codes: string | null; end: number }
  >(
    `SELECT s.id, s.document_id AS doc, s.start, s."end" AS "end", c.name AS coder,
            t.id AS turn, t.speaker_id AS speaker, sp.role AS role,
            (SELECT group_concat(x.code_id) FROM segment_codes x WHERE x.segment_id = s.id) AS codes
       FROM segments s
       LEFT JOIN coders c ON c.id = s.coder_id
       LEFT JOIN turns t ON t.id = (
              SELECT t2.id FROM turns t2
               WHERE t2.document_id = s.document_id AND t2.start <= s.start AND s.start < t2."end"
               ORDER BY t2.start DESC LIMIT 1)
       LEFT JOIN speakers sp ON sp.id = t.speaker_id`,
  );
  const documentsStmt = db.prepare<[], DocumentRow>(
    'SELECT id, kind, respondent_id AS respondent FROM documents',
  );
  const speakersStmt = db.prepare<[], { id: number; doc: number; role: SpeakerRole }>(
    'SELECT id, document_id AS doc, role FROM speakers',
  );
  const respondentsStmt = db.prepare<[], { id: number }>('SELECT id FROM respondents');
  const documentValuesStmt = db.prepare<[], ValueRow>(
    `SELECT v.document_id AS owner, a.name, v.value
       FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id`,
  );
  const respondentValuesStmt = db.prepare<[], ValueRow>(
    `SELECT v.respondent_id AS owner, a.name, v.value
       FROM respondent_values v JOIN attributes a ON a.id = v.attribute_id`,
  );
  const changesStmt = db.prepare<[], { n: number }>('SELECT total_changes() AS n').pluck(false);

  return {
    segments(): SegmentRow[] {
      return segmentsStmt.all().map((r) => ({
        ...r,
        codes: r.codes ? r.codes.split(',').map(Number) : [],
      }));
    },
    documents: () => documentsStmt.all(),
    speakers: () => speakersStmt.all(),
    respondents: () => respondentsStmt.all().map((r) => r.id),
    documentValues: () => documentValuesStmt.all(),
    respondentValues: () => respondentValuesStmt.all(),
    /**
     * Changes to the file since it was opened, here or by another connection: the key under which
     * read facts may be reused. Every write of this app changes at least one row.
     */
    version(): string {
      const own = changesStmt.get()?.n ?? 0;
      const others = db.pragma('data_version', { simple: true }) as number;
      return `${own}:${others}`;
    },
  };
}
