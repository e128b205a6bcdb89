// attributes, attribute_choices, attribute_values: typed document variables and their values.
import type { Database } from 'better-sqlite3';
import type { Attribute, AttributeTemplate, AttributeType } from '../../shared/attributes/types';

interface DbAttribute {
  id: number;
  name: string;
  type: AttributeType;
  multiple: number;
  respondents_only: number;
}

export function createAttributeQueries(db: Database) {
  const listStmt = db.prepare<[], DbAttribute>(
    `SELECT id, name, type, multiple,
            EXISTS (SELECT 1 FROM respondent_values r WHERE r.attribute_id = a.id)
              AND NOT EXISTS (SELECT 1 FROM attribute_values v WHERE v.attribute_id = a.id)
              AS respondents_only
       FROM attributes a ORDER BY sort_order, id`,
  );
  const choicesStmt = db.prepare<[], { attribute_id: number; value: string }>(
    'SELECT attribute_id, value FROM attribute_choices ORDER BY attribute_id, sort_order, value',
  );
  const insertStmt = db.prepare(
    'INSERT INTO attributes (name, type, multiple, sort_order) VALUES (?, ?, ?, (SELECT coalesce(max(sort_order), -1) + 1 FROM attributes))',
  );
  const addChoiceStmt = db.prepare(
    `INSERT OR IGNORE INTO attribute_choices (attribute_id, value, sort_order)
     VALUES (?, ?, (SELECT coalesce(max(sort_order), -1) + 1 FROM attribute_choices WHERE attribute_id = ?))`,
  );
  const clearValuesStmt = db.prepare(
    'DELETE FROM attribute_values WHERE document_id = ? AND attribute_id = ?',
  );
  const addValueStmt = db.prepare(
    'INSERT OR IGNORE INTO attribute_values (document_id, attribute_id, value) VALUES (?, ?, ?)',
  );
  const valuesOfStmt = db.prepare<
    [],
    { document_id: number; name: string; multiple: number; value: string }
  >(
    `SELECT v.document_id, a.name, a.multiple, v.value
       FROM attribute_values v JOIN attributes a ON a.id = v.attribute_id
      ORDER BY v.document_id, a.sort_order, v.value`,
  );

  return {
    list(): Attribute[] {
      const choices = new Map<number, string[]>();
      for (const c of choicesStmt.all()) {
        const list = choices.get(c.attribute_id) ?? [];
        list.push(c.value);
        choices.set(c.attribute_id, list);
      }
      return listStmt.all().map((a) => ({
        id: a.id,
        name: a.name,
        type: a.type,
        multiple: a.multiple === 1,
        choices: choices.get(a.id) ?? [],
        // Only where true, so that an interview project's attributes read as they always did.
        ...(a.respondents_only ? { respondentsOnly: true } : {}),
      }));
    },

    create(template: AttributeTemplate): number {
      const id = Number(
        insertStmt.run(template.name, template.type, template.multiple ? 1 : 0).lastInsertRowid,
      );
      for (const choice of template.choices ?? []) addChoiceStmt.run(id, choice, id);
      return id;
    },

    /** Replaces one document's values of one attribute; category values become known choices. */
    setValues(
      documentId: number,
      attribute: Pick<Attribute, 'id' | 'type'>,
      values: string[],
    ): void {
      clearValuesStmt.run(documentId, attribute.id);
      for (const value of values) {
        addValueStmt.run(documentId, attribute.id, value);
        if (attribute.type === 'category') addChoiceStmt.run(attribute.id, value, attribute.id);
      }
    },

    /** Makes `value` a known choice of a category (respondents' values use it too). */
    addChoice(attributeId: number, value: string): void {
      addChoiceStmt.run(attributeId, value, attributeId);
    },

    /** Every document's values: documentId -> attribute name -> value or values. */
    valuesByDocument(): Map<number, Record<string, string | string[]>> {
      const out = new Map<number, Record<string, string | string[]>>();
      for (const row of valuesOfStmt.all()) {
        const record = out.get(row.document_id) ?? {};
        if (row.multiple === 1) {
          const list = record[row.name];
          record[row.name] = Array.isArray(list) ? [...list, row.value] : [row.value];
        } else record[row.name] = row.value;
        out.set(row.document_id, record);
      }
      return out;
    },
  };
}
