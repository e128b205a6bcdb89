// Bench fixture: adds many coded passages to a project in one transaction, straight into the
// tables (as a long-used project would hold them), bypassing the undo history that a real coding
// writes. Deterministic: word-aligned passages of 5-40 words with an area and often an assessment.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { createRng } from './corpus/prng';

export function seedSegments(
  db: Database,
  plan: { documentId: number; count: number }[],
  seed = 7,
): number {
  const rng = createRng(seed);
  const areas = db
    .prepare<[], { id: number }>('SELECT id FROM codes WHERE number IS NOT NULL ORDER BY number')
    .all()
    .map((r) => r.id);
  const assessments = db
    .prepare<[], { id: number }>(
      "SELECT c.id FROM codes c JOIN codes p ON p.id = c.parent_id WHERE p.group_kind = 'assessments'",
    )
    .all()
    .map((r) => r.id);
  const textOf = db.prepare<[number], { text: string }>('SELECT text FROM documents WHERE id = ?');
  const insertSegment = db.prepare(
    'INSERT INTO segments (guid, document_id, start, "end", coder_id, memo, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, \'\', ?, ?)',
  );
  const insertCode = db.prepare(
    'INSERT OR IGNORE INTO segment_codes (segment_id, code_id) VALUES (?, ?)',
  );
  const now = new Date().toISOString();
  let total = 0;
  db.transaction(() => {
    for (const { documentId, count } of plan) {
      const text = textOf.get(documentId)?.text ?? '';
      const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }));
      if (words.length < 50) continue;
      for (let i = 0; i < count; i++) {
        const first = rng.int(0, words.length - 41);
        const last = first + rng.int(4, 39);
        const start = words[first]?.start ?? 0;
        const end = words[last]?.end ?? start + 1;
        const id = Number(
          insertSegment.run(randomUUID(), documentId, start, end, now, now).lastInsertRowid,
        );
        insertCode.run(id, areas[rng.int(0, areas.length - 1)] ?? areas[0]);
        if (rng.next() < 0.6)
          insertCode.run(id, assessments[rng.int(0, assessments.length - 1)] ?? assessments[0]);
        total++;
      }
    }
  })();
  return total;
}
