// Variables of a REFI-QDA file as Kvalkod attributes, and their values checked against them. A
// variable matches an attribute of the same name; otherwise it becomes a new attribute, typed from
// the variable (and from Kvalkod's own words in its description, for a Kvalkod file).
import type { Project } from '../../db/project';
import type { createExchangeQueries } from '../../db/queries/exchange';
import type { Attribute } from '../../shared/attributes/types';
import { checkValue } from '../../shared/attributes/values';
import type { RefiValue, RefiVariable, RefiVariableType } from '../../shared/refi/model';
import { attributeFor, readValue, splitMultiple } from '../../shared/refi/variables';
import type { Warnings } from './warnings';

export interface VariableMap {
  byGuid: Map<string, { attribute: Attribute; type: RefiVariableType }>;
}

export function importVariables(
  project: Project,
  ex: ReturnType<typeof createExchangeQueries>,
  variables: RefiVariable[],
): VariableMap {
  const byGuid = new Map<string, { attribute: Attribute; type: RefiVariableType }>();
  for (const v of variables) {
    const lower = v.name.toLowerCase();
    let attribute = project.attributes.list().find((a) => a.name.toLowerCase() === lower);
    if (!attribute) {
      const { type, multiple } = attributeFor(v.type, v.description);
      const id = project.attributes.create({ name: v.name, type, multiple });
      attribute = project.attributes.list().find((a) => a.id === id);
    }
    // The variable's GUID goes with the attribute, so that a re-export names it the same.
    if (attribute) ex.adoptAttributeGuid(attribute.id, v.guid);
    if (attribute) byGuid.set(v.guid, { attribute, type: v.type });
  }
  return { byGuid };
}

/** The checked values of one document or case, per attribute; what does not fit is reported. */
export function readValues(
  values: RefiValue[],
  map: VariableMap,
  owner: string,
  warnings: Warnings,
): Map<Attribute, string[]> {
  const out = new Map<Attribute, string[]>();
  for (const v of values) {
    const found = map.byGuid.get(v.variable);
    if (!found) {
      warnings.add(
        'value of a missing variable',
        `${owner}: a value refers to a variable that is not in the file; it was skipped.`,
      );
      continue;
    }
    const { attribute } = found;
    const read = readValue(v.type, v.value);
    const raw = read === null ? [] : attribute.multiple ? splitMultiple(read) : [read];
    if (read === null)
      warnings.add(
        'value does not fit its type',
        `${owner}: "${v.value}" is not a valid ${v.type} value for ${attribute.name}; it was skipped.`,
      );
    for (const r of raw) {
      const checked = checkValue(attribute, r);
      if (!checked.ok) {
        warnings.add('value does not fit its type', `${owner}: ${checked.message}`);
        continue;
      }
      const list = out.get(attribute) ?? [];
      if (!attribute.multiple && list.length > 0) {
        warnings.add(
          'several values',
          `${owner}: ${attribute.name} takes one value; "${checked.value}" was not kept.`,
        );
        continue;
      }
      out.set(attribute, [...list, checked.value]);
    }
  }
  return out;
}
