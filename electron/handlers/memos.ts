// Memos on documents, codes and passages, and the project journal: list, save, delete (each one
// undo step), and search over memos and passages' own notes.
import { randomUUID } from 'node:crypto';
import type { Project } from '../../db/project';
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
import { message, type Message } from '../../shared/messages';
import { changed } from './coding-checks';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

const WORDS = {
  written: ['memoWritten', 'passageMemoWritten', 'journalWritten'],
  edited: ['memoEdited', 'passageMemoChanged', 'journalEdited'],
  deleted: ['memoDeleted', 'passageMemoDeleted', 'journalDeleted'],
} as const;

/** What a memo change did, naming what the memo is on (a code, a document, the journal). */
function memoLabel(
  project: Project,
  target: MemoTarget,
  title: string,
  done: keyof typeof WORDS,
): Message {
  const [onNamed, onPassage, inJournal] = WORDS[done];
  if (target.kind === 'journal') return message(inJournal, { title });
  if (target.kind === 'segment') {
    const segment = project.segments.get(target.id);
    const document = segment ? (project.documents.name(segment.documentId) ?? '') : '';
    return message(onPassage, { document });
  }
  const name =
    target.kind === 'code'
      ? (project.codes.get(target.id)?.name ?? '')
      : (project.documents.name(target.id) ?? '');
  return message(onNamed, { target: name });
}

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
    const saved = project.history.record(
      {
        action: 'memos.save',
        message: memoLabel(project, target, title, existing ? 'edited' : 'written'),
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
      { action: 'memos.delete', message: memoLabel(project, memo.target, memo.title, 'deleted') },
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
