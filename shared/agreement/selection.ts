// Which codes and code groups a comparison reports. A group or parent code named on the command
// line (or chosen in the view) gives one nominal row for the group and one row per code in it; a
// single code gives its own row. Nothing named: every code the coders used, and every top group.
import { ApiError } from '../api/errors';
import type { Code } from '../codebook/types';
import { codeAxis, codeKey, findCode } from '../tables/axes';
import type { InputCode, InputGroup } from './input';

const inputCode = (c: Code): InputCode => ({ id: c.id, key: codeKey(c), name: c.name });

function group(code: Code, codes: readonly Code[]): InputGroup {
  const axis = codeAxis(code, codes);
  return {
    key: codeKey(code),
    name: code.name,
    items: axis.items.map((i) => ({ key: i.key, codeIds: i.codeIds })),
  };
}

/** Every code below `code` (in codebook order) that can be applied to a passage. */
function codableBelow(code: Code, codes: readonly Code[]): Code[] {
  const inside = new Set([code.id]);
  // Codebook order lists a parent before its children, so one pass collects the whole subtree.
  for (const c of codes) if (c.parentId !== null && inside.has(c.parentId)) inside.add(c.id);
  return codes.filter((c) => inside.has(c.id) && c.codable);
}

export function selectCodes(
  refs: readonly string[],
  codes: readonly Code[],
  used: ReadonlySet<number>,
): { codes: InputCode[]; groups: InputGroup[] } {
  const hasChildren = new Set(codes.map((c) => c.parentId).filter((id) => id !== null));
  if (refs.length === 0) {
    return {
      codes: codes.filter((c) => c.codable && used.has(c.id)).map(inputCode),
      groups: codes
        .filter((c) => c.parentId === null && hasChildren.has(c.id))
        .map((c) => group(c, codes)),
    };
  }
  const chosen = new Set<number>();
  const groups: InputGroup[] = [];
  for (const ref of refs) {
    const code = findCode(ref, codes);
    if (!code)
      throw new ApiError(
        'unknown_code',
        `There is no code or code group "${ref}"; name a group (Områden, Bedömning, Teman), a code's name or an area number.`,
        { name: ref },
      );
    if (hasChildren.has(code.id)) {
      if (!groups.some((g) => g.key === codeKey(code))) groups.push(group(code, codes));
      for (const c of codableBelow(code, codes)) chosen.add(c.id);
    } else chosen.add(code.id);
  }
  return { codes: codes.filter((c) => chosen.has(c.id)).map(inputCode), groups };
}
