// Memos on documents, codes and passages, and the project journal: list, save, delete (each one
// undo step), and search over memos and passages' own notes.
import { randomUUID } from 'node:crypto';
import { targetColumns } from '../../db/queries/memos';
import { ApiError } from '../../shared/api/errors';
import {
  findMatches,
  parseSearchQuery,
  QuerySyntaxError,
  toFtsMatch,
  type SearchQuery,
} from '../../shared/coding/search-query';
import type { MemoTarget } from '../../shared/coding/types';
import { changed } from './coding-checks';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

const targetName: Record<MemoTarget['kind'], string> = {
  document: 'a document',
  code: 'a code',
  segment: 'a passage',
  journal: 'the journal',
};

/** Reads the user's query; a syntax problem becomes a readable invalid_input. */
export function readQuery(query: string): SearchQuery {
  try {
    return parseSearchQuery(query);
  } catch (err) {
    if (err instanceof QuerySyntaxError)
      throw new ApiError('search_unreadable', err.message, { field: 'query', query });
    throw err;
  }
}

export const memoHandlers: HandlerGroup = {
  'memos.list': ({ target }, ctx) => requireProject(ctx).memos.list(target),

  'memos.save': ({ id, target, title, text }, ctx) => {
    const project = requireProject(ctx);
    if (!project.memos.targetExists(target))
      throw new ApiError('memo_target_missing', `The memo's ${target.kind} no longer exists.`, {
        field: 'target',
        kind: target.kind,
      });
    const existing = id === undefined ? null : project.memos.get(id);
    if (id !== undefined && !existing)
      throw new ApiError('memo_missing', `There is no memo with id ${id}.`, { field: 'id', id });
    const now = new Date().toISOString();
    const on = targetName[target.kind];
    const saved = project.history.record(
      {
        action: 'memos.save',
        summary: existing ? `Edited a memo on ${on}` : `Wrote a memo on ${on}`,
      },
      (rec) => {
        if (!existing)
          return rec.insert('memos', {
            guid: randomUUID(),
            ...targetColumns(target),
            title,
            text,
            author: project.coders.current(),
            created_at: now,
            updated_at: now,
          });
        const changes = { ...targetColumns(target), title, text };
        if (rec.update('memos', existing.id, changes))
          rec.update('memos', existing.id, { updated_at: now });
        return existing.id;
      },
    );
    const memo = project.memos.get(saved);
    if (!memo) throw new Error('memo vanished while saving');
    return changed(project, memo);
  },

  'memos.delete': ({ id }, ctx) => {
    const project = requireProject(ctx);
    const memo = project.memos.get(id);
    if (!memo)
      throw new ApiError('memo_missing', `There is no memo with id ${id}.`, { field: 'id', id });
    project.history.record(
      { action: 'memos.delete', summary: `Deleted a memo on ${targetName[memo.target.kind]}` },
      (rec) => rec.remove('memos', id),
    );
    return changed(project, null);
  },

  'memos.search': ({ query }, ctx) => {
    const project = requireProject(ctx);
    const parsed = readQuery(query);
    const memos = project.memos.search(toFtsMatch(parsed));
    // Passages' own notes have no index of their own; there are few enough to match directly.
    const notes = project.memos
      .segmentNotes()
      .filter((n) =>
        parsed.groups.some((g) => g.every((t) => findMatches(n.text, [t]).length > 0)),
      );
    return [...memos, ...notes];
  },
};
