// Codes from a REFI-QDA file into a project's codebook. Shared by the project import (an empty
// codebook) and the .qdc import (a merge: a code of the same name, or the same area number, is the
// same code and is not added again). Numbered names ("13. Lämpliga lokaler") keep their number.
import type { DbCodeRow } from '../../db/queries/history-ops';
import { CODE_GROUPS, GROUP_LABELS, type CodeGroupKind } from '../../shared/codebook/types';
import { splitCodeDescription } from '../../shared/refi/code-description';
import type { RefiCode } from '../../shared/refi/model';
import { parseNumberedName } from '../../shared/refi/names';
import { message } from '../../shared/messages';
import type { Warnings } from './warnings';

export type NewCodeRow = Omit<DbCodeRow, 'id'>;

export interface CodeTarget {
  existing: DbCodeRow[];
  insert(row: NewCodeRow): number;
  freeGuid(guid: string): string;
}

const key = (name: string) => name.normalize('NFC').trim().toLowerCase();
const DEFAULT_COLOR = '#888888';

/** #abc -> #aabbcc: Kvalkod stores six digits. */
function sixDigits(color: string | null): string {
  if (!color) return DEFAULT_COLOR;
  return color.length === 4
    ? `#${color.slice(1).replace(/./g, (c) => c + c)}`.toUpperCase()
    : color.toUpperCase();
}

const groupOf = (name: string): CodeGroupKind | null =>
  CODE_GROUPS.find((g) => key(GROUP_LABELS[g]) === key(name)) ?? null;

/** Adds the codes; returns file GUID -> code id (matched or new) and how many were added. */
export function importCodes(
  codes: RefiCode[],
  target: CodeTarget,
  warnings: Warnings,
): { ids: Map<string, number>; added: number; matched: number } {
  // Only codes that were there before match: two codes of one name in the file stay two codes.
  const byName = new Map<string, DbCodeRow[]>();
  for (const c of target.existing) byName.set(key(c.name), [...(byName.get(key(c.name)) ?? []), c]);
  const byNumber = new Map(
    target.existing.filter((c) => c.number !== null).map((c) => [c.number, c.id]),
  );
  const numbersTaken = new Set(byNumber.keys());
  const named = (name: string, parentId: number | null) => {
    const found = byName.get(key(name)) ?? [];
    return (found.find((c) => c.parent_id === parentId) ?? found[0])?.id;
  };
  const ids = new Map<string, number>();
  const now = new Date().toISOString();
  let added = 0;
  let matched = 0;

  const visit = (list: RefiCode[], parentId: number | null) =>
    list.forEach((code, i) => {
      if (ids.has(code.guid)) {
        warnings.add(message('refiDuplicateCodeGuid', { code: code.name }));
      }
      const numbered = parseNumberedName(code.name);
      const name = numbered?.name ?? code.name;
      const same =
        (numbered ? byNumber.get(numbered.number) : undefined) ??
        named(name, parentId) ??
        named(code.name, parentId);
      let id: number;
      if (same !== undefined) {
        id = same;
        matched++;
      } else {
        const number = numbered && !numbersTaken.has(numbered.number) ? numbered.number : null;
        if (numbered && number === null)
          warnings.add(
            message('refiAreaNumberTaken', { code: code.name, number: numbered.number }),
          );
        const parts = splitCodeDescription(code.description);
        id = target.insert({
          guid: target.freeGuid(code.guid),
          parent_id: parentId,
          name: number === null ? code.name : name,
          number,
          group_kind: parentId === null ? groupOf(name) : null,
          color: sixDigits(code.color),
          description: parts.description,
          when_to_use: parts.whenToUse,
          when_not_to_use: parts.whenNotToUse,
          example: parts.example,
          shortcut: null,
          codable: code.codable ? 1 : 0,
          sort_order: i,
          created_at: now,
        });
        added++;
        if (number !== null) numbersTaken.add(number);
      }
      if (!ids.has(code.guid)) ids.set(code.guid, id);
      visit(code.children, id);
    });
  visit(codes, null);
  return { ids, added, matched };
}
