// What a name on a table axis means: a code group ("Områden"), a parent code (by name or number),
// an attribute, or the documents themselves. Resolved the same way for the window, saved tables and
// `kvalkod table --rows`.
import { valuesInUse } from '../attributes/in-use';
import { ApiError } from '../api/errors';
import { CODE_GROUPS, GROUP_LABELS, type Code } from '../codebook/types';

export interface CodeAxisSpec {
  kind: 'codes';
  /** The group or parent code's display name. */
  label: string;
  items: { key: string; label: string; codeIds: Set<number> }[];
}

export interface AttributeAxisSpec {
  kind: 'attribute';
  label: string;
  /** Known values first (in the attribute's order), then values found in the data. */
  values: string[];
}

/** One line per interview document (a code x document matrix). */
export interface DocumentsAxisSpec {
  kind: 'documents';
  label: string;
}

export type AxisSpec = CodeAxisSpec | AttributeAxisSpec | DocumentsAxisSpec;

/**
 * The name that puts the documents on an axis (`--cols documents`); its Swedish word is accepted
 * too. It comes before attributes, so an attribute called "Dokument" cannot be an axis.
 */
export const DOCUMENTS_AXIS = 'documents';
export const DOCUMENTS_NAMES = new Set([DOCUMENTS_AXIS, 'dokument']);

export interface AttributeInfo {
  name: string;
  choices: readonly string[];
  /** Values found on documents or respondents. */
  used: readonly string[];
}

export const fold = (s: string) => s.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');

/**
 * An attribute named like a code group, a parent code or the documents is put on an axis as
 * "attribute:<name>" (the bare name means the codes), so both can be chosen and told apart.
 */
export const ATTRIBUTE_AXIS = 'attribute:';

/** The attribute an "attribute:" axis name stands for, else null. */
export function attributeOf(axisName: string): string | null {
  const name = axisName.trim();
  return name.startsWith(ATTRIBUTE_AXIS) ? name.slice(ATTRIBUTE_AXIS.length) : null;
}

/** An axis's label: its name, or for an "attribute:" name the attribute's name worded apart. */
export function axisLabel(axisName: string, attributeWords: (name: string) => string): string {
  const attribute = attributeOf(axisName);
  return attribute === null ? axisName : attributeWords(attribute);
}

/** A code's key in tables and their JSON: its number when it has one, else its name. */
export function codeKey(code: Pick<Code, 'name' | 'number'>): string {
  return code.number === null ? code.name : String(code.number);
}

export function codeItemLabel(code: Pick<Code, 'name' | 'number'>): string {
  return code.number === null ? code.name : `${code.number}. ${code.name}`;
}

/** Between the names of a code's path: how a parent code whose name another axis has is named. */
export const CODE_PATH = ' › ';

/** "Bedömning › Övrigt": the code's name after those of the codes above it. */
export function codePath(code: Code, codes: readonly Code[]): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const names = [code.name];
  // Bounded: a cycle can only come from a damaged file.
  for (let up = byId.get(code.parentId ?? -1), guard = 0; up && guard < 100; guard++) {
    names.unshift(up.name);
    up = byId.get(up.parentId ?? -1);
  }
  return names.join(CODE_PATH);
}

/** The codes that can stand on an axis: the groups and every code with codes below it. */
export function parentCodes(codes: readonly Code[]): Code[] {
  const parents = new Set(codes.map((c) => c.parentId).filter((id) => id !== null));
  return codes.filter((c) => parents.has(c.id));
}

/**
 * The code a name stands for: a group ("Områden", or its kind "areas"), a top-level code, any code
 * by name (case and spacing ignored), else an area number.
 */
export function findCode(name: string, codes: readonly Code[]): Code | undefined {
  const wanted = fold(name);
  if (wanted.includes(CODE_PATH.trim())) {
    const byPath = codes.find((c) => fold(codePath(c, codes)) === wanted);
    if (byPath) return byPath;
  }
  const group = CODE_GROUPS.find((g) => fold(GROUP_LABELS[g]) === wanted || g === wanted);
  const top = group ? codes.find((c) => c.parentId === null && c.group === group) : undefined;
  return (
    top ??
    codes.find((c) => fold(c.name) === wanted && c.parentId === null) ??
    codes.find((c) => fold(c.name) === wanted) ??
    codes.find((c) => c.number !== null && String(c.number) === wanted)
  );
}

export function resolveAxis(
  name: string,
  codes: readonly Code[],
  attributes: readonly AttributeInfo[],
): AxisSpec {
  const explicit = attributeOf(name);
  const wanted = fold(explicit ?? name);
  if (explicit === null) {
    if (DOCUMENTS_NAMES.has(wanted)) return { kind: 'documents', label: 'Dokument' };
    const code = findCode(name, codes);
    if (code) return codeAxis(code, codes);
  }
  const attribute = attributes.find((a) => fold(a.name) === wanted);
  if (attribute) {
    // Only values in use: a choice nobody has any more would be an empty row or column.
    const values = valuesInUse(attribute.choices, attribute.used);
    return { kind: 'attribute', label: attribute.name, values };
  }
  const options = [
    ...CODE_GROUPS.map((g) => GROUP_LABELS[g]),
    ...attributes.map((a) => a.name),
    DOCUMENTS_AXIS,
  ].join(', ');
  throw new ApiError(
    'invalid_input',
    `"${name}" is neither a code group, a parent code nor an attribute. Choose one of: ${options}, or the name of a code with codes below it.`,
    { field: 'axis', value: name },
  );
}

/** A parent code as an axis: its direct children, each standing for itself and the codes below it. */
export function codeAxis(code: Code, codes: readonly Code[]): CodeAxisSpec {
  const children = new Map<number, Code[]>();
  for (const c of codes)
    if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const below = (id: number): number[] => {
    const out: number[] = [];
    const stack = [id];
    // Bounded: a cycle can only come from a damaged file and must not hang the table.
    for (let guard = 0; stack.length && guard < 100_000; guard++) {
      const next = stack.pop() as number;
      out.push(next);
      for (const child of children.get(next) ?? []) stack.push(child.id);
    }
    return out;
  };
  const direct = [...(children.get(code.id) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  if (direct.length === 0)
    throw new ApiError(
      'invalid_input',
      `The code "${code.name}" has no codes below it, so it cannot be a table's rows or columns. Choose a group (Områden, Bedömning, Teman) or a parent code.`,
      { field: 'axis', value: code.name },
    );
  return {
    kind: 'codes',
    label: code.name,
    items: direct.map((c) => ({
      key: codeKey(c),
      label: codeItemLabel(c),
      codeIds: new Set(below(c.id)),
    })),
  };
}
