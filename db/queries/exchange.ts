// What the REFI-QDA exchange reads and writes beyond the other query modules: every entity with
// its GUID (GUIDs stay the same across exports), and rows written with the GUIDs an imported file
// gives them. Writers run inside the caller's one transaction.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AttributeType } from '../../shared/attributes/types';
import type { DbCodeRow, DbMemoRow, DbSegmentRow } from './history-ops';

export interface ExDocument {
  id: number;
  guid: string;
  name: string;
  text: string;
  imported_at: string;
  respondent_id: number | null;
}

export interface ExSegment extends DbSegmentRow {
  code_ids: string;
}

export function createExchangeQueries(db: Database) {
  const q = {
    codes: db.prepare<[], DbCodeRow>('SELECT * FROM codes ORDER BY sort_order, id'),
    coders: db.prepare<[], { id: number; guid: string; name: string }>(
      'SELECT id, guid, name FROM coders ORDER BY id',
    ),
    documents: db.prepare<[], ExDocument>(
      `SELECT id, guid, name, text, imported_at, respondent_id FROM documents
        ORDER BY name COLLATE NOCASE, id`,
    ),
    segments: db.prepare<[], ExSegment>(
      `SELECT s.*, (SELECT json_group_array(code_id) FROM segment_codes WHERE segment_id = s.id)
              AS code_ids
         FROM segments s ORDER BY s.document_id, s.start, s."end", s.id`,
    ),
    memos: db.prepare<[], DbMemoRow>('SELECT * FROM memos ORDER BY created_at, id'),
    attributes: db.prepare<[], { id: number; guid: string; name: string }>(
      'SELECT id, guid, name FROM attributes ORDER BY sort_order, id',
    ),
    documentValues: db.prepare<[], { document_id: number; attribute_id: number; value: string }>(
      'SELECT document_id, attribute_id, value FROM attribute_values ORDER BY rowid',
    ),
    guidTaken: {
      codes: db.prepare<[string], { id: number }>('SELECT id FROM codes WHERE guid = ?'),
      documents: db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE guid = ?'),
      segments: db.prepare<[string], { id: number }>('SELECT id FROM segments WHERE guid = ?'),
      memos: db.prepare<[string], { id: number }>('SELECT id FROM memos WHERE guid = ?'),
      coders: db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE guid = ?'),
      attributes: db.prepare<[string], { id: number }>('SELECT id FROM attributes WHERE guid = ?'),
      cases: db.prepare<[string], { id: number }>('SELECT id FROM cases WHERE guid = ?'),
    },
    setDocumentGuid: db.prepare('UPDATE documents SET guid = ? WHERE id = ?'),
    insertCode: db.prepare(
      `INSERT INTO codes (guid, parent_id, name, number, group_kind, color, description, when_to_use,
                          when_not_to_use, example, shortcut, codable, sort_order, created_at)
       VALUES (@guid, @parent_id, @name, @number, @group_kind, @color, @description, @when_to_use,
               @when_not_to_use, @example, @shortcut, @codable, @sort_order, @created_at)`,
    ),
    insertSegment: db.prepare(
      `INSERT INTO segments (guid, document_id, start, "end", coder_id, memo, created_at, updated_at)
       VALUES (@guid, @document_id, @start, @end, @coder_id, @memo, @created_at, @updated_at)`,
    ),
    insertSegmentCode: db.prepare(
      'INSERT OR IGNORE INTO segment_codes (segment_id, code_id) VALUES (?, ?)',
    ),
    insertMemo: db.prepare(
      `INSERT INTO memos (guid, target_kind, target_id, title, text, author, created_at, updated_at)
       VALUES (@guid, @target_kind, @target_id, @title, @text, @author, @created_at, @updated_at)`,
    ),
    coderByName: db.prepare<[string], { id: number }>('SELECT id FROM coders WHERE name = ?'),
    insertCoder: db.prepare('INSERT INTO coders (guid, name) VALUES (?, ?)'),
    setAttributeGuid: db.prepare('UPDATE attributes SET guid = ? WHERE id = ?'),
    retypeUnused: db.prepare(
      `UPDATE attributes SET type = @type, multiple = @multiple
        WHERE id = @id
          AND NOT EXISTS (SELECT 1 FROM attribute_values WHERE attribute_id = @id)
          AND NOT EXISTS (SELECT 1 FROM case_values WHERE attribute_id = @id)
          AND NOT EXISTS (SELECT 1 FROM respondent_values WHERE attribute_id = @id)`,
    ),
    clearChoices: db.prepare('DELETE FROM attribute_choices WHERE attribute_id = ?'),
  };

  /** The file's GUID when this project does not use it yet, else a new one (reported by caller). */
  function freeGuid(table: keyof typeof q.guidTaken, wanted: string | null): string {
    return wanted && !q.guidTaken[table].get(wanted) ? wanted : randomUUID();
  }

  return {
    codes: () => q.codes.all(),
    coders: () => q.coders.all(),
    documents: () => q.documents.all(),
    segments: () => q.segments.all(),
    memos: () => q.memos.all(),
    attributes: () => q.attributes.all(),
    documentValues: () => q.documentValues.all(),

    freeGuid,

    /** Gives a document the source's GUID (when free), so that a re-export keeps it. */
    adoptDocumentGuid(documentId: number, guid: string): void {
      if (!q.guidTaken.documents.get(guid)) q.setDocumentGuid.run(guid, documentId);
    },

    insertCode(row: Omit<DbCodeRow, 'id'>): number {
      return Number(q.insertCode.run(row).lastInsertRowid);
    },

    insertSegment(row: Omit<DbSegmentRow, 'id'>, codeIds: number[]): number {
      const id = Number(q.insertSegment.run(row).lastInsertRowid);
      for (const c of codeIds) q.insertSegmentCode.run(id, c);
      return id;
    },

    insertMemo(row: Omit<DbMemoRow, 'id'>): number {
      return Number(q.insertMemo.run(row).lastInsertRowid);
    },

    /** A coder by name; a new one keeps the file's GUID when it is free. */
    coderId(name: string, guid: string | null): number {
      const found = q.coderByName.get(name);
      if (found) return found.id;
      return Number(q.insertCoder.run(freeGuid('coders', guid), name).lastInsertRowid);
    },

    /** Gives an attribute no value holds yet another type; false when values hold it already. */
    retypeUnusedAttribute(id: number, type: AttributeType, multiple: boolean): boolean {
      const changed = q.retypeUnused.run({ id, type, multiple: multiple ? 1 : 0 }).changes > 0;
      if (changed && type !== 'category') q.clearChoices.run(id);
      return changed;
    },

    /** Gives an attribute the variable's GUID, so that a re-export keeps it. */
    adoptAttributeGuid(attributeId: number, guid: string): void {
      if (!q.guidTaken.attributes.get(guid)) q.setAttributeGuid.run(guid, attributeId);
    },
  };
}
