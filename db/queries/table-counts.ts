// The coded passages of some documents, packed by SQLite into one string per document and unpacked
// into typed arrays: at 144,000 passages this reads in little more than SQLite's own bare count of
// them, where a row per passage and per code (374,000 rows) took several times as long. The tables
// count from it per document (electron/tables/count-by-document.ts).
import type { Database } from 'better-sqlite3';

/** One document's passages in start order: parallel arrays, codes of passage i at codes[codeAt[i]..codeAt[i+1]). */
export interface PackedPassages {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Coder id, 0 when none. */
  coders: Int32Array;
  codeAt: Int32Array;
  codes: Int32Array;
}

/** Reads the non-negative integers of `text` separated by any other character, by kind of separator. */
function unpack(text: string): PackedPassages {
  // Passages are separated by ';', their fields by ',', their codes by '.'.
  let count = 1;
  let codeCount = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 59) count++;
    else if (ch === 46) codeCount++;
  }
  const ids = new Int32Array(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const coders = new Int32Array(count);
  const codeAt = new Int32Array(count + 1);
  const codes = new Int32Array(codeCount + count);
  let passage = 0;
  let field = 0;
  let code = 0;
  let num = 0;
  const put = () => {
    if (field === 0) ids[passage] = num;
    else if (field === 1) starts[passage] = num;
    else if (field === 2) ends[passage] = num;
    else if (field === 3) coders[passage] = num;
    else codes[code++] = num;
    num = 0;
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 59;
    if (ch >= 48 && ch <= 57) num = num * 10 + ch - 48;
    else if (ch === 44 || ch === 46) {
      put();
      field++;
    } else if (ch === 59) {
      put();
      passage++;
      codeAt[passage] = code;
      field = 0;
    }
  }
  return { ids, starts, ends, coders, codeAt: codeAt.subarray(0, count + 1), codes };
}

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
  const coderIdsStmt = db
    .prepare<[string], number>(
      'SELECT id FROM coders WHERE name IN (SELECT value FROM json_each(?))',
    )
    .pluck(true);

  return {
    /** Each document's passages; a document without passages is absent. */
    packedPassages(documents: readonly number[]): Map<number, PackedPassages> {
      const out = new Map<number, PackedPassages>();
      for (const [doc, text] of packedStmt.all(JSON.stringify(documents)))
        out.set(doc, unpack(text));
      return out;
    },
    coderIds: (names: readonly string[]): number[] => coderIdsStmt.all(JSON.stringify(names)),
  };
}
