// The import dialog edits the mapping as one role per column (ID, attribute, ranked group, open
// question, ignored); these turn a mapping into roles and back, and find what must be fixed
// before the sheet can be imported. Pure, so it is tested without a window.
import type { SurveyMapping } from '../../../shared/survey/types';

export const ROLES = ['id', 'attribute', 'ranked', 'text', 'ignore'] as const;
export type Role = (typeof ROLES)[number];

export interface ColumnRole {
  column: string;
  role: Role;
  /** The ranked question's name, for role 'ranked'. */
  group: string;
  /** A blank or repeated header cannot be told apart by name, so it is always ignored. */
  locked: 'blank' | 'repeated' | null;
}

export type RoleIssue =
  | { key: 'noId' }
  | { key: 'noGroupName'; column: string }
  | { key: 'questionExists' | 'sameName'; name: string };

export function rolesFromMapping(header: readonly string[], mapping: SurveyMapping): ColumnRole[] {
  const group = new Map(mapping.ranked.flatMap((q) => q.columns.map((c) => [c, q.name] as const)));
  return header.map((column) => {
    const locked =
      column.trim() === ''
        ? 'blank'
        : header.filter((h) => h === column).length > 1
          ? 'repeated'
          : null;
    const role: Role = locked
      ? 'ignore'
      : column === mapping.idColumn
        ? 'id'
        : mapping.attributes.includes(column)
          ? 'attribute'
          : group.has(column)
            ? 'ranked'
            : mapping.text.includes(column)
              ? 'text'
              : 'ignore';
    return { column, role, group: group.get(column) ?? '', locked };
  });
}

/** Sets one column's role; there is one ID column, so a new one makes the old one ignored. */
export function setRole(roles: ColumnRole[], column: string, role: Role): ColumnRole[] {
  return roles.map((r) => {
    if (r.column === column) return { ...r, role, group: r.group || stem(column) };
    return role === 'id' && r.role === 'id' ? { ...r, role: 'ignore' } : r;
  });
}

export function setGroup(roles: ColumnRole[], column: string, group: string): ColumnRole[] {
  return roles.map((r) => (r.column === column ? { ...r, group } : r));
}

/** "Längst 2" -> "Längst": the name a new ranked column starts with. */
function stem(column: string): string {
  return column.replace(/[\s_.-]*\d{1,2}$/u, '').trim() || column;
}

const trailingNumber = (column: string) => {
  const m = /(\d{1,2})$/.exec(column);
  return m ? Number(m[1]) : null;
};

const key = (name: string) => name.trim().toLocaleLowerCase('sv');

export function mappingFromRoles(roles: readonly ColumnRole[]): SurveyMapping {
  const groups = new Map<string, { name: string; columns: string[] }>();
  for (const r of roles) {
    if (r.role !== 'ranked' || r.group.trim() === '') continue;
    const g = groups.get(key(r.group)) ?? { name: r.group.trim(), columns: [] };
    g.columns.push(r.column);
    groups.set(key(r.group), g);
  }
  // Alternatives in the order their headers number them ("Längst 1", "Längst 2"), else sheet order.
  for (const g of groups.values()) {
    const numbers = g.columns.map(trailingNumber);
    if (numbers.every((n) => n !== null))
      g.columns.sort((a, b) => (trailingNumber(a) ?? 0) - (trailingNumber(b) ?? 0));
  }
  return {
    idColumn: roles.find((r) => r.role === 'id')?.column ?? '',
    attributes: roles.filter((r) => r.role === 'attribute').map((r) => r.column),
    ranked: [...groups.values()],
    text: roles.filter((r) => r.role === 'text').map((r) => r.column),
  };
}

/** What stops the import before the sheet is even read with the mapping. */
export function roleIssues(roles: readonly ColumnRole[], existing: readonly string[]): RoleIssue[] {
  const issues: RoleIssue[] = [];
  if (!roles.some((r) => r.role === 'id')) issues.push({ key: 'noId' });
  for (const r of roles)
    if (r.role === 'ranked' && r.group.trim() === '')
      issues.push({ key: 'noGroupName', column: r.column });
  const mapping = mappingFromRoles(roles);
  const names = [...mapping.ranked.map((q) => q.name), ...mapping.text];
  const taken = new Set(existing.map(key));
  const seen = new Set<string>();
  for (const name of names) {
    if (taken.has(key(name))) issues.push({ key: 'questionExists', name });
    else if (seen.has(key(name))) issues.push({ key: 'sameName', name });
    seen.add(key(name));
  }
  return issues;
}
