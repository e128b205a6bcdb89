// Plans how an attribute sheet (first column: document name; other columns: attributes) applies
// to a project, before anything is written: every bad cell is listed with its row and column.
import type { Message } from '../messages';
import type { Attribute } from './types';
import { checkValue, splitValues, valueKey } from './values';

export interface SheetInput {
  header: string[];
  rows: string[][];
  rowNumbers: number[];
}

export interface Assignment {
  documentId: number;
  attribute: string;
  values: string[];
}

export interface CellError {
  row: number;
  column: string;
  value: string;
  message: string;
  /** The same, for the window to word (shared/messages). */
  problem: Message;
}

export interface SheetPlan {
  assignments: Assignment[];
  /** Columns with no attribute of that name: created as category attributes. */
  newAttributes: string[];
  /** Names in the first column that match no document. */
  unknownDocuments: string[];
  errors: CellError[];
}

/** Documents are found by name, or by their source file's name with or without extension. */
export function planSheet(
  sheet: SheetInput,
  documents: { id: number; name: string; sourceName: string }[],
  attributes: Attribute[],
): SheetPlan {
  const byKey = new Map<string, number>();
  for (const d of documents) {
    byKey.set(valueKey(d.name), d.id);
    byKey.set(valueKey(d.sourceName), d.id);
    byKey.set(valueKey(d.sourceName.replace(/\.[^.]+$/, '')), d.id);
  }
  const known = new Map(attributes.map((a) => [valueKey(a.name), a]));
  const newAttributes: string[] = [];
  const columns = sheet.header.slice(1).map((name, i) => {
    const blank = name.trim() === '';
    let attribute = known.get(valueKey(name));
    if (!attribute) {
      attribute = { id: 0, name, type: 'category', multiple: false, choices: [] };
      // A second column of the same new name ("Ort", "ort") must not create it twice: the
      // attributes table refuses a duplicate name and the whole import would fail.
      if (!blank) {
        known.set(valueKey(name), attribute);
        newAttributes.push(name);
      }
    }
    return { index: i + 1, name, blank, attribute };
  });
  const plan: SheetPlan = { assignments: [], newAttributes, unknownDocuments: [], errors: [] };

  sheet.rows.forEach((row, r) => {
    const docName = row[0] ?? '';
    const documentId = byKey.get(valueKey(docName));
    if (documentId === undefined) {
      plan.unknownDocuments.push(docName);
      return;
    }
    for (const col of columns) {
      const raw = row[col.index] ?? '';
      if (col.blank || raw.trim() === '') continue;
      const parts = col.attribute.multiple ? splitValues(raw) : [raw];
      const values: string[] = [];
      for (const part of parts) {
        const checked = checkValue(col.attribute, part);
        if (checked.ok) values.push(checked.value);
        else
          plan.errors.push({
            row: sheet.rowNumbers[r] ?? r + 2,
            column: col.name,
            value: part,
            message: checked.message,
            problem: checked.problem,
          });
      }
      if (values.length)
        plan.assignments.push({ documentId, attribute: col.attribute.name, values });
    }
  });
  return plan;
}
