// Attribute changes as the researcher makes them, written through the history recorder so that
// Ctrl+Z takes each back: a new attribute, a document's values, a category value renamed, merged
// or removed. (An import writes values directly: it is not one of her edits.)
// Values are held by documents, respondents and cases (the *_values tables) and listed as choices.
import type { Database } from 'better-sqlite3';
import type { Attribute, AttributeTemplate } from '../../shared/attributes/types';
import type { Recorder } from './history-recorder';
import type { Row } from './history-ops';

/** The tables that give an owner a value of an attribute (owner, attribute_id, value). */
const HOLDERS = ['attribute_values', 'respondent_values', 'case_values'] as const;

export function createAttributeEdits(db: Database) {
  const valuesStmt = db.prepare<[number, number], { value: string }>(
    'SELECT value FROM attribute_values WHERE document_id = ? AND attribute_id = ?',
  );
  const nextOrderStmt = db.prepare<[number], { n: number }>(
    'SELECT coalesce(max(sort_order), -1) + 1 AS n FROM attribute_choices WHERE attribute_id = ?',
  );
  const nextAttributeStmt = db.prepare<[], { n: number }>(
    'SELECT coalesce(max(sort_order), -1) + 1 AS n FROM attributes',
  );

  const holderRows = HOLDERS.map((table) => ({
    table,
    rows: db.prepare<[number, string], Row>(
      `SELECT * FROM ${table} WHERE attribute_id = ? AND value = ?`,
    ),
  }));
  const choiceStmt = db.prepare<[number, string], { sort_order: number }>(
    'SELECT sort_order FROM attribute_choices WHERE attribute_id = ? AND value = ?',
  );
  const useStmt = db.prepare<
    [{ id: number }],
    { value: string; documents: number; respondents: number; cases: number }
  >(
    `SELECT value, sum(kind = 'd') AS documents, sum(kind = 'r') AS respondents,
            sum(kind = 'c') AS cases FROM (
       SELECT value, 'd' AS kind FROM attribute_values WHERE attribute_id = @id
       UNION ALL SELECT value, 'r' FROM respondent_values WHERE attribute_id = @id
       UNION ALL SELECT value, 'c' FROM case_values WHERE attribute_id = @id
       UNION ALL SELECT value, NULL FROM attribute_choices WHERE attribute_id = @id
     ) GROUP BY value`,
  );
  const orderStmt = db.prepare<[number], { value: string }>(
    'SELECT value FROM attribute_choices WHERE attribute_id = ? ORDER BY sort_order, value',
  );

  function addChoice(rec: Recorder, attributeId: number, value: string): void {
    const order = nextOrderStmt.get(attributeId)?.n ?? 0;
    rec.insertRow('attribute_choices', { attribute_id: attributeId, value, sort_order: order });
  }

  return {
    /** Every value of the attribute (choices first, in order) with how many hold it. */
    uses(
      attributeId: number,
    ): { value: string; documents: number; respondents: number; cases: number }[] {
      const found = new Map(useStmt.all({ id: attributeId }).map((u) => [u.value, u]));
      const order = orderStmt.all(attributeId).map((c) => c.value);
      const rest = [...found.keys()].filter((v) => !order.includes(v)).sort();
      return [...order, ...rest].map((value) => ({
        value,
        documents: found.get(value)?.documents ?? 0,
        respondents: found.get(value)?.respondents ?? 0,
        cases: found.get(value)?.cases ?? 0,
      }));
    },

    /**
     * Every holder of `from` gets `to` instead (one that had both keeps one), and the choice
     * `from` becomes `to` where it stood, unless `to` is a choice already (a merge).
     */
    renameValue(rec: Recorder, attributeId: number, from: string, to: string): number {
      let moved = 0;
      for (const { table, rows } of holderRows)
        for (const row of rows.all(attributeId, from)) {
          rec.removeWhere(table, row);
          rec.insertRow(table, { ...row, value: to });
          if (table === 'attribute_values') moved++;
        }
      const place = choiceStmt.get(attributeId, from);
      if (place) {
        rec.removeWhere('attribute_choices', { attribute_id: attributeId, value: from });
        if (!choiceStmt.get(attributeId, to))
          rec.insertRow('attribute_choices', {
            attribute_id: attributeId,
            value: to,
            sort_order: place.sort_order,
          });
      }
      return moved;
    },

    /** Removes the choice `value` (the caller has checked that nobody holds it). */
    removeChoice(rec: Recorder, attributeId: number, value: string): boolean {
      return rec.removeWhere('attribute_choices', { attribute_id: attributeId, value }) > 0;
    },

    create(rec: Recorder, template: AttributeTemplate): void {
      rec.insertRow('attributes', {
        name: template.name,
        type: template.type,
        multiple: template.multiple ? 1 : 0,
        sort_order: nextAttributeStmt.get()?.n ?? 0,
      });
    },

    /**
     * Gives one document exactly these values of one attribute; category values become known
     * choices. Only what differs is written, so setting the same values again changes nothing.
     */
    setValues(
      rec: Recorder,
      documentId: number,
      attribute: Pick<Attribute, 'id' | 'type'>,
      values: string[],
    ): void {
      const wanted = new Set(values);
      for (const { value } of valuesStmt.all(documentId, attribute.id))
        if (!wanted.has(value))
          rec.removeWhere('attribute_values', {
            document_id: documentId,
            attribute_id: attribute.id,
            value,
          });
      for (const value of wanted) {
        rec.insertRow('attribute_values', {
          document_id: documentId,
          attribute_id: attribute.id,
          value,
        });
        if (attribute.type === 'category') addChoice(rec, attribute.id, value);
      }
    },
  };
}
