// Attribute changes as the researcher makes them, written through the history recorder so that
// Ctrl+Z takes each back: a new attribute, a document's values, a category value renamed, merged
// or removed. (An import writes values directly: it is not one of her edits.)
import type { Database } from 'better-sqlite3';
import type { Attribute, AttributeTemplate } from '../../shared/attributes/types';
import type { Recorder } from './history-recorder';

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

  function addChoice(rec: Recorder, attributeId: number, value: string): void {
    const order = nextOrderStmt.get(attributeId)?.n ?? 0;
    rec.insertRow('attribute_choices', { attribute_id: attributeId, value, sort_order: order });
  }

  return {
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
