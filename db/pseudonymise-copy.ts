// Writes a pseudonymised copy of a project. The original is only read (serialised into memory);
// every change is made to the in-memory copy, which is then written out with VACUUM INTO: a fresh
// file holding live rows only, so no free page, journal or WAL of the copy ever held the old text.
// Texts are rewritten with their offsets (turns, paragraphs, coded passages move with the words),
// every other text column as pseudonymise-columns.ts says; history and decisions are emptied and
// the full-text indexes rebuilt from the new text.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { decodeParagraphs, encodeParagraphs } from '../shared/documents/paragraph-codec';
import { countWords } from '../shared/documents/types';
import { applyEdits, OffsetMap, type Edit } from '../shared/pseudonymise/edits';
import { EMPTIED_TABLES, REWRITTEN_COLUMNS } from './queries/pseudonymise-columns';

export interface Rewriter {
  /** The replacements in a document's text, sorted and non-overlapping. */
  edits(text: string): Edit[];
  /** Any other text with its identifiers replaced. */
  text(value: string): string;
}

export interface CopyOutcome {
  documents: number;
  segments: { kept: number; moved: number };
  /** Documents whose new name was taken, and the name they got instead. */
  renamed: { name: string; as: string }[];
  /** Speakers of one document that became one (their labels became the same). */
  mergedSpeakers: { document: string; label: string }[];
}

export type CopyProgress = (done: number, total: number, current: string | null) => void;

const tick = () => new Promise<void>((r) => setImmediate(r));

/** `name`, or `name (2)`, `name (3)`... whichever `taken` does not hold yet. */
function freeName(name: string, taken: (n: string) => boolean): string {
  if (!taken(name)) return name;
  for (let i = 2; ; i++) if (!taken(`${name} (${i})`)) return `${name} (${i})`;
}

function rewriteJson(value: unknown, rw: Rewriter): unknown {
  if (typeof value === 'string') return rw.text(value);
  if (Array.isArray(value)) return value.map((v) => rewriteJson(v, rw));
  // Keys too: the group cases' map is keyed by attribute values.
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [rw.text(k), rewriteJson(v, rw)]),
    );
  return value;
}

export async function writePseudonymisedCopy(
  source: Database.Database,
  out: string,
  rw: Rewriter,
  onProgress: CopyProgress = () => {},
): Promise<CopyOutcome> {
  const bytes = source.serialize();
  // A WAL project's header says so; an in-memory database reads it only in rollback mode.
  bytes[18] = 1;
  bytes[19] = 1;
  const db = new Database(bytes);
  try {
    db.pragma('foreign_keys = ON');
    db.exec('BEGIN');
    const outcome = await rewriteDocuments(db, rw, onProgress);
    rewriteSpeakers(db, rw, outcome);
    rewriteDocumentNames(db, rw, outcome);
    rewriteColumns(db, rw);
    rewriteValues(db, rw);
    rewriteUnique(db, rw, 'respondents', 'external_id');
    rewriteUnique(db, rw, 'saved_tables', 'name');
    for (const row of db
      .prepare<[], { id: number; definition: string }>('SELECT id, definition FROM saved_tables')
      .all())
      db.prepare('UPDATE saved_tables SET definition = ? WHERE id = ?').run(
        JSON.stringify(rewriteJson(JSON.parse(row.definition), rw)),
        row.id,
      );
    rewriteMeta(db, rw);
    db.prepare(
      "INSERT OR REPLACE INTO project_meta (key, value) VALUES ('pseudonymised_at', ?)",
    ).run(new Date().toISOString());
    for (const table of EMPTIED_TABLES) db.exec(`DELETE FROM ${table}`);
    db.exec('COMMIT');
    onProgress(outcome.documents, outcome.documents, null);
    // Indexes built afresh from the new text: no token of the old text is left in them.
    const fts = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'",
      )
      .all();
    for (const { name } of fts) db.exec(`INSERT INTO "${name}" ("${name}") VALUES ('rebuild')`);
    db.prepare('VACUUM INTO ?').run(out);
    return outcome;
  } finally {
    db.close();
  }
}

async function rewriteDocuments(
  db: Database.Database,
  rw: Rewriter,
  onProgress: CopyProgress,
): Promise<CopyOutcome> {
  const docs = db
    .prepare<[], { id: number; name: string }>('SELECT id, name FROM documents ORDER BY id')
    .all();
  const read = db.prepare<[number], { text: string; structure: string }>(
    'SELECT text, structure FROM documents WHERE id = ?',
  );
  const write = db.prepare(
    'UPDATE documents SET text = ?, text_hash = ?, words = ?, structure = ? WHERE id = ?',
  );
  const turns = db.prepare<[number], { id: number; start: number; label_end: number; end: number }>(
    'SELECT id, start, label_end, "end" FROM turns WHERE document_id = ?',
  );
  const writeTurn = db.prepare('UPDATE turns SET start = ?, label_end = ?, "end" = ? WHERE id = ?');
  const segments = db.prepare<[number], { id: number; start: number; end: number }>(
    'SELECT id, start, "end" FROM segments WHERE document_id = ?',
  );
  const writeSegment = db.prepare('UPDATE segments SET start = ?, "end" = ? WHERE id = ?');
  const outcome: CopyOutcome = {
    documents: docs.length,
    segments: { kept: 0, moved: 0 },
    renamed: [],
    mergedSpeakers: [],
  };
  for (const [i, doc] of docs.entries()) {
    onProgress(i, docs.length, doc.name);
    const row = read.get(doc.id);
    if (!row) continue;
    const edits = rw.edits(row.text);
    const map = new OffsetMap(edits);
    const list = segments.all(doc.id);
    if (!map.changes) {
      outcome.segments.kept += list.length;
      continue;
    }
    const text = applyEdits(row.text, edits);
    const paragraphs = decodeParagraphs(row.structure).map((p) => ({
      ...p,
      start: map.point(p.start, 'start'),
      end: map.point(p.end, 'end'),
    }));
    write.run(
      text,
      createHash('sha256').update(text, 'utf8').digest('hex'),
      countWords(text),
      encodeParagraphs(paragraphs),
      doc.id,
    );
    for (const t of turns.all(doc.id))
      writeTurn.run(
        map.point(t.start, 'start'),
        map.point(t.label_end, 'end'),
        map.point(t.end, 'end'),
        t.id,
      );
    for (const s of list) {
      const r = map.range(s.start, s.end);
      if (r.start === s.start && r.end === s.end) outcome.segments.kept++;
      else {
        outcome.segments.moved++;
        writeSegment.run(r.start, r.end, s.id);
      }
    }
    if (i % 8 === 7) await tick();
  }
  return outcome;
}

/** The description, and the values other settings hold (the group cases' map, as JSON). */
function rewriteMeta(db: Database.Database, rw: Rewriter): void {
  const write = db.prepare('UPDATE project_meta SET value = ? WHERE key = ?');
  for (const { key, value } of db
    .prepare<[], { key: string; value: string }>('SELECT key, value FROM project_meta')
    .all()) {
    let next = rw.text(value);
    if (next !== value && /^[[{]/.test(value))
      try {
        next = JSON.stringify(rewriteJson(JSON.parse(value), rw));
      } catch {
        // Not JSON after all: rewritten as text.
      }
    if (next !== value) write.run(next, key);
  }
}

/** Labels rewritten; two speakers of one document whose labels became one are one speaker. */
function rewriteSpeakers(db: Database.Database, rw: Rewriter, outcome: CopyOutcome): void {
  const all = db
    .prepare<[], { id: number; document_id: number; label: string; document: string }>(
      `SELECT s.id, s.document_id, s.label, d.name AS document
         FROM speakers s JOIN documents d ON d.id = s.document_id ORDER BY s.id`,
    )
    .all();
  const byLabel = db.prepare<[number, string], { id: number }>(
    'SELECT id FROM speakers WHERE document_id = ? AND label = ?',
  );
  for (const s of all) {
    const label = rw.text(s.label);
    if (label === s.label) continue;
    const other = byLabel.get(s.document_id, label);
    if (other && other.id !== s.id) {
      db.prepare('UPDATE turns SET speaker_id = ? WHERE speaker_id = ?').run(other.id, s.id);
      db.prepare('DELETE FROM speakers WHERE id = ?').run(s.id);
      outcome.mergedSpeakers.push({ document: rw.text(s.document), label });
    } else db.prepare('UPDATE speakers SET label = ? WHERE id = ?').run(label, s.id);
  }
}

function rewriteDocumentNames(db: Database.Database, rw: Rewriter, outcome: CopyOutcome): void {
  const docs = db
    .prepare<[], { id: number; name: string }>('SELECT id, name FROM documents ORDER BY id')
    .all();
  const changed = docs.filter((d) => rw.text(d.name) !== d.name);
  const setName = db.prepare('UPDATE documents SET name = ? WHERE id = ?');
  // Two steps, so that names trading places never meet the unique index half-way.
  for (const d of changed) setName.run(`pseudonymising ${d.id}`, d.id);
  const taken = new Set(docs.filter((d) => !changed.includes(d)).map((d) => d.name));
  for (const d of changed) {
    const wanted = rw.text(d.name);
    const name = freeName(wanted, (n) => taken.has(n));
    if (name !== wanted) outcome.renamed.push({ name: wanted, as: name });
    taken.add(name);
    setName.run(name, d.id);
  }
}

function rewriteColumns(db: Database.Database, rw: Rewriter): void {
  for (const [table, columns] of Object.entries(REWRITTEN_COLUMNS)) {
    const cols = columns.map((c) => `"${c}"`).join(', ');
    const rows = db.prepare(`SELECT rowid AS rid, ${cols} FROM ${table}`).all() as Record<
      string,
      unknown
    >[];
    for (const row of rows)
      for (const c of columns) {
        const v = row[c];
        if (typeof v !== 'string' || v === '') continue;
        const next = rw.text(v);
        if (next !== v)
          db.prepare(`UPDATE ${table} SET "${c}" = ? WHERE rowid = ?`).run(next, row.rid);
      }
  }
}

/** Sets of values: two values that became the same are one value. */
function rewriteValues(db: Database.Database, rw: Rewriter): void {
  for (const table of ['attribute_values', 'attribute_choices', 'respondent_values', 'case_values'])
    for (const row of db
      .prepare<[], { rid: number; value: string }>(`SELECT rowid AS rid, value FROM ${table}`)
      .all()) {
      const next = rw.text(row.value);
      if (next === row.value) continue;
      const done = db
        .prepare(`UPDATE OR IGNORE ${table} SET value = ? WHERE rowid = ?`)
        .run(next, row.rid).changes;
      if (done === 0) db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(row.rid);
    }
}

/** A unique name that became taken gets " (2)". */
function rewriteUnique(db: Database.Database, rw: Rewriter, table: string, column: string): void {
  for (const row of db
    .prepare<[], { rid: number; v: string }>(`SELECT rowid AS rid, "${column}" AS v FROM ${table}`)
    .all()) {
    const next = rw.text(row.v);
    if (next === row.v) continue;
    const update = db.prepare(`UPDATE OR IGNORE ${table} SET "${column}" = ? WHERE rowid = ?`);
    for (let i = 1; ; i++)
      if (update.run(i === 1 ? next : `${next} (${i})`, row.rid).changes > 0) break;
  }
}
