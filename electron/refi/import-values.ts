// Variables of a REFI-QDA file as Kvalkod attributes, and their values checked against them. A
// variable matches an attribute of the same name; otherwise it becomes a new attribute, typed from
// the variable (and from Kvalkod's own words in its description, for a Kvalkod file).
import type { Project } from '../../db/project';
import type { createExchangeQueries } from '../../db/queries/exchange';
import type { Attribute } from '../../shared/attributes/types';
import { checkValue } from '../../shared/attributes/values';
import type { RefiValue, RefiVariable, RefiVariableType } from '../../shared/refi/model';
import { attributeFor, readValue, splitMultiple } from '../../shared/refi/variables';
import type { Message, MessageCode, MessageParams } from '../../shared/messages';
import type { Warnings } from './warnings';

export interface VariableMap {
  byGuid: Map<string, { attribute: Attribute; type: RefiVariableType }>;
}

/**
 * Attributes for the file's variables. A variable matches an attribute of the same name; when the
 * attribute's type cannot hold the file's values ("Datum" as text: "14 mars 2018") and no value
 * holds it yet (Kvalkod's own attributes in a new project), it takes the variable's type instead.
 */
export function importVariables(
  project: Project,
  ex: ReturnType<typeof createExchangeQueries>,
  variables: RefiVariable[],
  values: RefiValue[],
): VariableMap {
  const byGuid = new Map<string, { attribute: Attribute; type: RefiVariableType }>();
  const find = (test: (a: Attribute) => boolean) => project.attributes.list().find(test);
  for (const v of variables) {
    const lower = v.name.toLowerCase();
    const wanted = attributeFor(v.type, v.description);
    let attribute = find((a) => a.name.toLowerCase() === lower);
    if (!attribute) {
      const id = project.attributes.create({ name: v.name, ...wanted });
      attribute = find((a) => a.id === id);
    } else if (
      !fits(attribute, v, values) &&
      ex.retypeUnusedAttribute(attribute.id, wanted.type, wanted.multiple)
    ) {
      const id = attribute.id;
      attribute = find((a) => a.id === id);
    }
    if (!attribute) continue;
    // The variable's GUID goes with the attribute, so that a re-export names it the same.
    ex.adoptAttributeGuid(attribute.id, v.guid);
    byGuid.set(v.guid, { attribute, type: v.type });
  }
  return { byGuid };
}

/** True when every value of the variable in the file is one the attribute takes. */
function fits(attribute: Attribute, v: RefiVariable, values: RefiValue[]): boolean {
  return values
    .filter((value) => value.variable === v.guid)
    .every((value) => {
      const read = readValue(value.type, value.value);
      if (read === null) return true;
      const parts = attribute.multiple ? splitMultiple(read) : [read];
      return parts.every((p) => checkValue(attribute, p).ok);
    });
}

/** Whose values are read: a document's or a case's, named so in the report. */
export type ValueOwner = { document: string } | { case: string };

const PROBLEMS = {
  noVariable: ['refiValueNoVariable', 'refiCaseValueNoVariable'],
  wrongType: ['refiValueWrongType', 'refiCaseValueWrongType'],
  valueEmpty: ['refiValueEmpty', 'refiCaseValueEmpty'],
  valueNotNumber: ['refiValueNotNumber', 'refiCaseValueNotNumber'],
  valueNotDate: ['refiValueNotDate', 'refiCaseValueNotDate'],
  onlyOne: ['refiValueOnlyOne', 'refiCaseValueOnlyOne'],
} as const satisfies Record<string, readonly [MessageCode, MessageCode]>;

/** A value's problem as the report line for its owner (the same words for a document and a case). */
function problem(owner: ValueOwner, kind: string, params: MessageParams): Message {
  const known: Record<string, readonly [MessageCode, MessageCode] | undefined> = PROBLEMS;
  const codes = known[kind] ?? PROBLEMS.wrongType;
  return { code: codes['case' in owner ? 1 : 0], params: { ...params, ...owner } };
}

/** The checked values of one document or case, per attribute; what does not fit is reported. */
export function readValues(
  values: RefiValue[],
  map: VariableMap,
  owner: ValueOwner,
  warnings: Warnings,
): Map<Attribute, string[]> {
  const out = new Map<Attribute, string[]>();
  for (const v of values) {
    const found = map.byGuid.get(v.variable);
    if (!found) {
      warnings.add(problem(owner, 'noVariable', {}));
      continue;
    }
    const { attribute } = found;
    const read = readValue(v.type, v.value);
    const raw = read === null ? [] : attribute.multiple ? splitMultiple(read) : [read];
    if (read === null)
      warnings.add(
        problem(owner, 'wrongType', { value: v.value, type: v.type, attribute: attribute.name }),
      );
    for (const r of raw) {
      const checked = checkValue(attribute, r);
      if (!checked.ok) {
        warnings.add(problem(owner, checked.problem.code, { value: r, ...checked.problem.params }));
        continue;
      }
      const list = out.get(attribute) ?? [];
      if (!attribute.multiple && list.length > 0) {
        warnings.add(
          problem(owner, 'onlyOne', { attribute: attribute.name, value: checked.value }),
        );
        continue;
      }
      out.set(attribute, [...list, checked.value]);
    }
  }
  return out;
}
