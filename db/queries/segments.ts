// segments and segment_codes, read side: a document's coded passages, retrieval by code query,
// attributes and speaker, and the counts the codebook shows. Writes go through the history recorder.
import type { Database } from 'better-sqlite3';
import type { CodeQuery, Segment, SegmentCode } from '../../shared/coding/types';
import type { SpeakerRole } from '../../shared/transcript/types';

interface DbSegment {
  id: number;
  document_id: number;
  start: number;
  end: number;
  coder: string | null;
  memo: string;
  created_at: string;
  updated_at: string;
}

interface DbRetrieved extends DbSegment {
  document: string;
  speaker_id: number | null;
}

interface DbSegmentCode {
  segment_id: number;
  id: number;
  name: string;
  number: number | null;
  color: string;
}

export interface RetrievedRow extends Segment {
  document: string;
  speaker: string | null;
  speakerRole: SpeakerRole | null;
}

const SEGMENT_COLUMNS = `s.id, s.document_id, s.start, s."end", c.name AS coder, s.memo, s.created_at, s.updated_at`;
const IN_JSON = (param: string) => `IN (SELECT value FROM json_each(${param}))`;

export function createSegmentQueries(db: Database) {
  const ofDocumentStmt = db.prepare<[number], DbSegment>(
    `SELECT ${SEGMENT_COLUMNS} FROM segments s LEFT JOIN coders c ON c.id = s.coder_id
      WHERE s.document_id = ? ORDER BY s.start, s."end", s.id`,
  );
  const oneStmt = db.prepare<[number], DbSegment>(
    `SELECT ${SEGMENT_COLUMNS} FROM segments s LEFT JOIN coders c ON c.id = s.coder_id WHERE s.id = ?`,
  );
  // Codes in codebook order: groups by their sort order, then each code's place among siblings.
  const codesOfStmt = db.prepare<[string], DbSegmentCode>(
    `SELECT sc.segment_id, c.id, c.name, c.number, c.color
       FROM segment_codes sc JOIN codes c ON c.id = sc.code_id
       LEFT JOIN codes p ON p.id = c.parent_id
      WHERE sc.segment_id ${IN_JSON('?')}
      ORDER BY sc.segment_id, coalesce(p.sort_order, c.sort_order), c.sort_order, c.id`,
  );
  const retrieveStmt = db.prepare<
    { all: string; allCount: number; any: string; anyCount: number; none: string; attrs: string },
    DbRetrieved
  >(
    `SELECT ${SEGMENT_COLUMNS}, d.name AS document,
            (SELECT t.speaker_id FROM turns t
              WHERE t.document_id = s.document_id AND t.start <= s.start AND s.start < t."end"
              ORDER BY t.start DESC LIMIT 1) AS speaker_id
       FROM segments s JOIN documents d ON d.id = s.document_id
       LEFT JOIN coders c ON c.id = s.coder_id
      WHERE (SELECT count(*) FROM segment_codes x
              WHERE x.segment_id = s.id AND x.code_id ${IN_JSON('@all')}) = @allCount
        AND (@anyCount = 0 OR EXISTS (SELECT 1 FROM segment_codes x
              WHERE x.segment_id = s.id AND x.code_id ${IN_JSON('@any')}))
        AND NOT EXISTS (SELECT 1 FROM segment_codes x
              WHERE x.segment_id = s.id AND x.code_id ${IN_JSON('@none')})
        AND NOT EXISTS (SELECT 1 FROM json_each(@attrs) f WHERE NOT EXISTS (
              SELECT 1 FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id
               WHERE v.document_id = s.document_id AND a.name = f.key
                 AND v.value ${IN_JSON('f.value')}))
      ORDER BY d.name COLLATE NOCASE, d.id, s.start, s."end", s.id`,
  );
  const speakersStmt = db.prepare<[], { id: number; label: string; role: SpeakerRole }>(
    'SELECT id, label, role FROM speakers',
  );
  const countsStmt = db.prepare<[], { code_id: number; n: number }>(
    'SELECT code_id, count(*) AS n FROM segment_codes GROUP BY code_id',
  );
  const carryingStmt = db.prepare<[string], { segment_id: number }>(
    `SELECT DISTINCT segment_id FROM segment_codes WHERE code_id ${IN_JSON('?')} ORDER BY segment_id`,
  );
  const codeIdsStmt = db.prepare<[number], { code_id: number }>(
    'SELECT code_id FROM segment_codes WHERE segment_id = ?',
  );
  const exactStmt = db.prepare<[number, number, number], { id: number }>(
    'SELECT id FROM segments WHERE document_id = ? AND start = ? AND "end" = ? ORDER BY id LIMIT 1',
  );

  function withCodes(rows: DbSegment[]): Segment[] {
    const codes = new Map<number, SegmentCode[]>();
    for (const c of codesOfStmt.all(JSON.stringify(rows.map((r) => r.id)))) {
      const list = codes.get(c.segment_id) ?? [];
      list.push({ id: c.id, name: c.name, number: c.number, color: c.color });
      codes.set(c.segment_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      start: r.start,
      end: r.end,
      coder: r.coder,
      memo: r.memo,
      codes: codes.get(r.id) ?? [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  return {
    /** A document's segments in reading order. */
    ofDocument: (documentId: number) => withCodes(ofDocumentStmt.all(documentId)),

    get(id: number): Segment | null {
      const row = oneStmt.get(id);
      return row ? (withCodes([row])[0] ?? null) : null;
    },

    /** Segments matching the code query and attribute filter, with document and speaker. */
    retrieve(query: CodeQuery, attributes: Record<string, string[]>): RetrievedRow[] {
      const all = [...new Set(query.all)];
      const rows = retrieveStmt.all({
        all: JSON.stringify(all),
        allCount: all.length,
        any: JSON.stringify(query.any),
        anyCount: query.any.length,
        none: JSON.stringify(query.none),
        attrs: JSON.stringify(attributes),
      });
      const speakers = new Map(speakersStmt.all().map((s) => [s.id, s]));
      const segments = withCodes(rows);
      return rows.map((r, i) => {
        const speaker = r.speaker_id === null ? undefined : speakers.get(r.speaker_id);
        return {
          ...(segments[i] as Segment),
          document: r.document,
          speaker: speaker?.label ?? null,
          speakerRole: speaker?.role ?? null,
        };
      });
    },

    /** code id -> how many segments carry it. */
    counts(): Record<number, number> {
      return Object.fromEntries(countsStmt.all().map((r) => [r.code_id, r.n]));
    },

    /** Ids of the segments carrying at least one of `codeIds`. */
    carrying: (codeIds: number[]) =>
      carryingStmt.all(JSON.stringify(codeIds)).map((r) => r.segment_id),

    codeIdsOf: (segmentId: number) => codeIdsStmt.all(segmentId).map((r) => r.code_id),

    /** The oldest segment of a document with exactly this range. */
    withRange: (documentId: number, start: number, end: number) =>
      exactStmt.get(documentId, start, end)?.id ?? null,
  };
}
