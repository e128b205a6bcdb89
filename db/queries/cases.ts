// cases, case_documents, case_values: units of analysis (REFI-QDA <Case>) such as a questionnaire's
// respondent or an interview group, with their documents and their own attribute values. The
// respondents' and interview groups' cases are derived: kept in step with the data they come
// from whenever the exchange asks, so that their GUIDs stay the same across exports.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface CaseRow {
  id: number;
  guid: string;
  name: string;
  description: string;
  respondentId: number | null;
  documentIds: number[];
  /** attribute id -> values */
  values: Map<number, string[]>;
}

export interface NewCase {
  guid: string;
  name: string;
  description: string;
  respondentId?: number | null;
}

/** The attribute whose values make the interview groups (DOMAIN.md: Medarbetare / Chefer). */
export const GROUP_ATTRIBUTE = 'Grupp';
const GROUP_CASES_KEY = 'refi_group_cases';

export function createCaseQueries(db: Database) {
  const q = {
    all: db.prepare<
      [],
      { id: number; guid: string; name: string; description: string; respondent_id: number | null }
    >('SELECT id, guid, name, description, respondent_id FROM cases ORDER BY id'),
    documents: db.prepare<[], { case_id: number; document_id: number }>(
      'SELECT case_id, document_id FROM case_documents ORDER BY case_id, document_id',
    ),
    values: db.prepare<[], { case_id: number; attribute_id: number; value: string }>(
      'SELECT case_id, attribute_id, value FROM case_values ORDER BY case_id, rowid',
    ),
    insert: db.prepare(
      `INSERT INTO cases (guid, name, description, respondent_id, created_at)
       VALUES (@guid, @name, @description, @respondentId, @createdAt)`,
    ),
    addDocument: db.prepare(
      'INSERT OR IGNORE INTO case_documents (case_id, document_id) VALUES (?, ?)',
    ),
    clearDocuments: db.prepare('DELETE FROM case_documents WHERE case_id = ?'),
    addValue: db.prepare(
      'INSERT OR IGNORE INTO case_values (case_id, attribute_id, value) VALUES (?, ?, ?)',
    ),
    clearValues: db.prepare('DELETE FROM case_values WHERE case_id = ?'),
    byId: db.prepare<[number], { id: number }>('SELECT id FROM cases WHERE id = ?'),
    byName: db.prepare<[string], { id: number }>('SELECT id FROM cases WHERE name = ?'),
    byGuid: db.prepare<[string], { id: number }>('SELECT id FROM cases WHERE guid = ?'),
    remove: db.prepare('DELETE FROM cases WHERE id = ?'),
    rename: db.prepare('UPDATE cases SET name = ? WHERE id = ?'),
    respondents: db.prepare<[], { id: number; guid: string; external_id: string; survey: string }>(
      `SELECT r.id, r.guid, r.external_id, s.name AS survey
         FROM respondents r JOIN surveys s ON s.id = r.survey_id ORDER BY s.id, r.row_number`,
    ),
    respondentCase: db.prepare<[number], { id: number }>(
      'SELECT id FROM cases WHERE respondent_id = ?',
    ),
    respondentDocuments: db.prepare<[number], { id: number }>(
      'SELECT id FROM documents WHERE respondent_id = ? ORDER BY id',
    ),
    respondentValues: db.prepare<[number], { attribute_id: number; value: string }>(
      'SELECT attribute_id, value FROM respondent_values WHERE respondent_id = ?',
    ),
    groupAttribute: db.prepare<[string], { id: number }>(
      'SELECT id FROM attributes WHERE name = ?',
    ),
    groupDocuments: db.prepare<[number], { value: string; document_id: number }>(
      'SELECT value, document_id FROM attribute_values WHERE attribute_id = ? ORDER BY value, document_id',
    ),
    getMeta: db.prepare<[string], { value: string }>(
      'SELECT value FROM project_meta WHERE key = ?',
    ),
    setMeta: db.prepare(
      'INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  };

  function insert(c: NewCase): number {
    return Number(
      q.insert.run({
        ...c,
        respondentId: c.respondentId ?? null,
        createdAt: new Date().toISOString(),
      }).lastInsertRowid,
    );
  }

  function replaceContents(id: number, documentIds: number[], values: [number, string][]) {
    q.clearDocuments.run(id);
    q.clearValues.run(id);
    for (const d of documentIds) q.addDocument.run(id, d);
    for (const [a, v] of values) q.addValue.run(id, a, v);
  }

  /** One case per respondent, named by the survey and the respondent's ID, with their answers. */
  function syncRespondents(): void {
    for (const r of q.respondents.all()) {
      const name = `${r.survey}: ${r.external_id}`;
      const id =
        q.respondentCase.get(r.id)?.id ??
        insert({
          guid: q.byGuid.get(r.guid) ? randomUUID() : r.guid,
          name,
          description: '',
          respondentId: r.id,
        });
      q.rename.run(name, id);
      replaceContents(
        id,
        q.respondentDocuments.all(r.id).map((d) => d.id),
        q.respondentValues.all(r.id).map((v) => [v.attribute_id, v.value]),
      );
    }
  }

  /** One case per value of Grupp ("Grupp: Chefer"), holding the interviews with that value. */
  function syncGroups(): void {
    const attribute = q.groupAttribute.get(GROUP_ATTRIBUTE);
    if (!attribute) return;
    const known = new Map(
      Object.entries(
        JSON.parse(q.getMeta.get(GROUP_CASES_KEY)?.value ?? '{}') as Record<string, number>,
      ),
    );
    const byValue = new Map<string, number[]>();
    for (const row of q.groupDocuments.all(attribute.id))
      byValue.set(row.value, [...(byValue.get(row.value) ?? []), row.document_id]);
    for (const [value, documentIds] of byValue) {
      const name = `${GROUP_ATTRIBUTE}: ${value}`;
      const kept = known.get(value);
      // A case of this name made by an earlier import of a Kvalkod file is the same group.
      const id =
        (kept !== undefined ? q.byId.get(kept)?.id : undefined) ??
        q.byName.get(name)?.id ??
        insert({ guid: randomUUID(), name, description: '' });
      known.set(value, id);
      replaceContents(id, documentIds, [[attribute.id, value]]);
    }
    // A value no interview has any more is no group any more.
    for (const [value, id] of known) {
      if (byValue.has(value)) continue;
      q.remove.run(id);
      known.delete(value);
    }
    q.setMeta.run(GROUP_CASES_KEY, JSON.stringify(Object.fromEntries(known)));
  }

  return {
    insert,
    addDocument: (caseId: number, documentId: number) => q.addDocument.run(caseId, documentId),
    addValue: (caseId: number, attributeId: number, value: string) =>
      q.addValue.run(caseId, attributeId, value),

    /** Brings the derived cases up to date (call inside a transaction). */
    syncDerived(): void {
      syncRespondents();
      syncGroups();
    },

    list(): CaseRow[] {
      const docs = new Map<number, number[]>();
      for (const d of q.documents.all())
        docs.set(d.case_id, [...(docs.get(d.case_id) ?? []), d.document_id]);
      const values = new Map<number, Map<number, string[]>>();
      for (const v of q.values.all()) {
        const of = values.get(v.case_id) ?? new Map<number, string[]>();
        of.set(v.attribute_id, [...(of.get(v.attribute_id) ?? []), v.value]);
        values.set(v.case_id, of);
      }
      return q.all.all().map((c) => ({
        id: c.id,
        guid: c.guid,
        name: c.name,
        description: c.description,
        respondentId: c.respondent_id,
        documentIds: docs.get(c.id) ?? [],
        values: values.get(c.id) ?? new Map(),
      }));
    },
  };
}
