// Pseudonymisation, read side and decisions: every piece of text the scan reads (documents' texts,
// speaker labels, names, file names, memos, attribute values and the project's other free text),
// the project's own words, and the researcher's saved decisions and never-propose words. Decision
// writes go through the history recorder, so that review steps are undone like any other change.
import type { Database } from 'better-sqlite3';
import type { SpeakerLabel } from '../../shared/pseudonymise/detect-names';
import type { Decision, Field, PseudoKind } from '../../shared/pseudonymise/types';
import type { DbDecisionRow, Recorder } from './history-ops';
import { REWRITTEN_COLUMNS } from './pseudonymise-columns';

const toDecision = (r: DbDecisionRow): Decision => ({
  text: r.text,
  kind: r.kind as PseudoKind,
  status: r.status,
  replacement: r.replacement,
  mergedInto: r.merged_into,
  added: r.added === 1,
});

export function createPseudonymQueries(db: Database) {
  const docs = db.prepare<[], { id: number; name: string; text: string; source_name: string }>(
    'SELECT id, name, text, source_name FROM documents ORDER BY name COLLATE NOCASE, id',
  );
  const speakers = db.prepare<[], { document: string; label: string; role: string }>(
    `SELECT d.name AS document, s.label, s.role FROM speakers s JOIN documents d ON d.id = s.document_id
      ORDER BY d.name COLLATE NOCASE, s.id`,
  );
  const values = db.prepare<[], { document: string; value: string }>(
    `SELECT d.name AS document, v.value FROM attribute_values v JOIN documents d ON d.id = v.document_id
      JOIN attributes a ON a.id = v.attribute_id WHERE a.type IN ('text', 'category')`,
  );
  const memos = db.prepare<[], { document: string | null; title: string; text: string }>(
    `SELECT CASE m.target_kind
              WHEN 'document' THEN (SELECT name FROM documents WHERE id = m.target_id)
              WHEN 'segment' THEN (SELECT d.name FROM segments s JOIN documents d ON d.id = s.document_id
                                    WHERE s.id = m.target_id)
            END AS document, m.title, m.text
       FROM memos m ORDER BY m.id`,
  );
  const segmentMemos = db.prepare<[], { document: string; memo: string }>(
    `SELECT d.name AS document, s.memo FROM segments s JOIN documents d ON d.id = s.document_id
      WHERE s.memo <> ''`,
  );
  const projectWords = db.prepare<[], { word: string }>(
    `SELECT name AS word FROM codes UNION SELECT name FROM attributes
      UNION SELECT value FROM attribute_choices`,
  );
  const decisionsStmt = db.prepare<[], DbDecisionRow>(
    'SELECT * FROM pseudonym_decisions ORDER BY id',
  );
  const decisionByText = db.prepare<[string], DbDecisionRow>(
    'SELECT * FROM pseudonym_decisions WHERE text = ?',
  );
  const stopWords = db.prepare<[], { id: number; word: string }>(
    'SELECT id, word FROM pseudonym_stop_words ORDER BY word COLLATE NOCASE',
  );
  const stopWord = db.prepare<[string], { id: number }>(
    'SELECT id FROM pseudonym_stop_words WHERE word = ?',
  );

  /** The other free text the copy rewrites (codes' descriptions, cases, questionnaires...). */
  const OTHER: [string, string, string?][] = [
    ...Object.entries(REWRITTEN_COLUMNS)
      .filter(([t]) => !['documents', 'memos', 'segments'].includes(t))
      .flatMap(([t, cols]) => cols.map((c): [string, string] => [t, c])),
    ['respondents', 'external_id'],
    ['respondent_values', 'value'],
    ['case_values', 'value'],
    ['saved_tables', 'name'],
    ['project_meta', 'value', "key = 'description'"],
  ];
  const otherStmts = OTHER.map(([table, column, where]) =>
    db.prepare<[], { v: string }>(
      `SELECT "${column}" AS v FROM ${table} WHERE "${column}" <> ''${where ? ` AND ${where}` : ''}`,
    ),
  );
  const otherFields = (): Field[] =>
    otherStmts.flatMap((stmt) =>
      stmt.all().map((r): Field => ({ kind: 'other', document: null, text: r.v })),
    );

  return {
    /** Everything the scan reads, each piece with the document it belongs to. */
    fields(): Field[] {
      const out: Field[] = [];
      for (const d of docs.all()) {
        out.push({ kind: 'text', document: d.name, text: d.text });
        out.push({ kind: 'document-name', document: d.name, text: d.name });
        if (d.source_name) out.push({ kind: 'file-name', document: d.name, text: d.source_name });
      }
      for (const s of speakers.all())
        out.push({ kind: 'speaker', document: s.document, text: s.label });
      for (const v of values.all())
        out.push({ kind: 'attribute', document: v.document, text: v.value });
      for (const m of memos.all()) {
        if (m.title) out.push({ kind: 'memo', document: m.document, text: m.title });
        if (m.text) out.push({ kind: 'memo', document: m.document, text: m.text });
      }
      for (const s of segmentMemos.all())
        out.push({ kind: 'memo', document: s.document, text: s.memo });
      return [...out, ...otherFields()];
    },

    /** One entry per label: an interviewer when any document has it as one. */
    speakers(): SpeakerLabel[] {
      const roles = new Map<string, SpeakerLabel['role']>();
      for (const s of speakers.all())
        if (roles.get(s.label) !== 'interviewer')
          roles.set(s.label, s.role === 'interviewer' ? 'interviewer' : 'participant');
      return [...roles].map(([label, role]) => ({ label, role }));
    },

    projectWords: () => projectWords.all().map((r) => r.word),
    documentCount: () =>
      (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n,

    decisions: () => decisionsStmt.all().map(toDecision),
    stopWords: () => stopWords.all().map((r) => r.word),

    /** Saves what the researcher decided about one candidate (creating its row when needed). */
    saveDecision(rec: Recorder, d: Decision): void {
      const row = {
        text: d.text,
        kind: d.kind,
        status: d.status,
        replacement: d.replacement,
        merged_into: d.mergedInto,
        added: d.added ? 1 : 0,
      };
      const found = decisionByText.get(d.text);
      const updated_at = new Date().toISOString();
      if (!found) rec.insert('pseudonym_decisions', { ...row, updated_at });
      else if (rec.update('pseudonym_decisions', found.id, row))
        rec.update('pseudonym_decisions', found.id, { updated_at });
    },

    /** Forgets the decision about a candidate (it is pending again, or an addition is gone). */
    removeDecision(rec: Recorder, text: string): boolean {
      const found = decisionByText.get(text);
      return found ? rec.remove('pseudonym_decisions', found.id) : false;
    },

    decision(text: string): Decision | null {
      const r = decisionByText.get(text);
      return r ? toDecision(r) : null;
    },

    addStopWord(rec: Recorder, word: string): boolean {
      if (stopWord.get(word)) return false;
      rec.insert('pseudonym_stop_words', { word });
      return true;
    },

    removeStopWord(rec: Recorder, word: string): boolean {
      const found = stopWord.get(word);
      return found ? rec.remove('pseudonym_stop_words', found.id) : false;
    },
  };
}
