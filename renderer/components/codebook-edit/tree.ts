// Tree arithmetic over the flat code list (codes.list returns it depth-first, siblings in order):
// children, descendants, where a code may go, and the {parentId, index} a drop or a button means.
import type { Code } from '../../../shared/codebook/types';

export const childrenOf = (codes: Code[], parentId: number | null): Code[] =>
  codes.filter((c) => c.parentId === parentId);

/** The code's descendants at every level (never the code itself). */
export function descendantIds(codes: Code[], id: number): Set<number> {
  const out = new Set<number>();
  const queue = [id];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const c of codes)
      if (c.parentId === parent && !out.has(c.id)) {
        out.add(c.id);
        queue.push(c.id);
      }
  }
  return out;
}

/** A code may not go under itself or under one of its own codes. */
export function canNestUnder(codes: Code[], id: number, parentId: number | null): boolean {
  return parentId === null || (parentId !== id && !descendantIds(codes, id).has(parentId));
}

export function depthOf(codes: Code[], code: Code): number {
  const byId = new Map(codes.map((c) => [c.id, c]));
  let depth = 0;
  let parent = code.parentId === null ? undefined : byId.get(code.parentId);
  while (parent && depth < 50) {
    depth++;
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return depth;
}

export type DropPlace = 'before' | 'after' | 'inside';

export interface MoveTarget {
  parentId: number | null;
  /** Position among the new siblings, not counting the moved code itself (as codes.move reads it). */
  index: number;
}

/** Where dropping `id` before, after or onto `target` puts it; null when that is not allowed. */
export function dropTarget(
  codes: Code[],
  id: number,
  target: Code,
  place: DropPlace,
): MoveTarget | null {
  if (target.id === id) return null;
  const parentId = place === 'inside' ? target.id : target.parentId;
  if (!canNestUnder(codes, id, parentId)) return null;
  const siblings = childrenOf(codes, parentId).filter((c) => c.id !== id);
  if (place === 'inside') return { parentId, index: siblings.length };
  const at = siblings.findIndex((c) => c.id === target.id);
  return { parentId, index: place === 'before' ? at : at + 1 };
}

/** One step up (-1) or down (+1) among its siblings; null at either end. */
export function stepTarget(codes: Code[], code: Code, step: -1 | 1): MoveTarget | null {
  const siblings = childrenOf(codes, code.parentId);
  const at = siblings.findIndex((c) => c.id === code.id);
  const index = at + step;
  if (at < 0 || index < 0 || index >= siblings.length) return null;
  return { parentId: code.parentId, index };
}

/** The top-level group a code belongs to (the code itself for a group). */
export function groupOf(codes: Code[], code: Code): Code {
  const byId = new Map(codes.map((c) => [c.id, c]));
  let current = code;
  for (let i = 0; i < 50 && current.parentId !== null; i++) {
    const parent = byId.get(current.parentId);
    if (!parent) break;
    current = parent;
  }
  return current;
}
