// Contract entries for the coding workspace: segments, the codebook's editing, memos, undo/redo and
// retrieval (search and autocode: contract-search.ts).
import { z } from 'zod';
import type { Code } from '../codebook/types';
import type { HistoryEntry, Memo, RetrievedSegment, Segment, UndoState } from '../coding/types';
import { returns } from './define';

const id = z.number().int().positive();
const offset = z.number().int().min(0);
const codeIds = z.array(id).min(1, 'Choose at least one code.').max(50);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #RRGGBB.');
const memoTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), id }),
  z.object({ kind: z.literal('code'), id }),
  z.object({ kind: z.literal('segment'), id }),
  z.object({ kind: z.literal('journal') }),
]);
const codeQuery = z
  .object({
    all: z.array(id).default([]),
    any: z.array(id).default([]),
    none: z.array(id).default([]),
  })
  .strict();
const attributeFilter = z
  .record(z.string().max(200), z.array(z.string().max(500)).min(1))
  .default({});

/** What deleting a code would affect (the confirmation dialog shows it before codes.delete). */
export interface CodeUsage {
  /** Passages carrying the code or one of the codes under it. */
  segments: number;
  /** Codes under it, at every level. */
  children: number;
  /** Passages that would carry no code afterwards, and so are removed with it. */
  removedSegments: number;
}

/** Every change returns what undo now offers, so the UI can label Ctrl+Z without asking again. */
export interface Changed<T> {
  value: T;
  undo: UndoState;
}

export const codingContract = {
  'coder.get': { input: z.object({}).strict(), output: returns<{ name: string | null }>() },
  /** Every coder named on a coded passage (also those imported from another tool), by name. */
  'coders.list': { input: z.object({}).strict(), output: returns<string[]>() },
  'coder.set': {
    input: z.object({ name: z.string().trim().min(1).max(100) }).strict(),
    output: returns<{ name: string }>(),
  },

  'segments.list': { input: z.object({ documentId: id }).strict(), output: returns<Segment[]>() },
  'segments.create': {
    input: z
      .object({
        documentId: id,
        start: offset,
        end: offset,
        codeIds,
        memo: z.string().max(100_000).default(''),
        /** Whose passage it is (added on first use); the current coder when left out. */
        coder: z.string().trim().min(1).max(100).optional(),
      })
      .strict(),
    output: returns<Changed<Segment>>(),
  },
  'segments.update': {
    input: z
      .object({
        id,
        start: offset.optional(),
        end: offset.optional(),
        codeIds: z
          .array(id)
          .min(1, 'A passage needs at least one code; remove the passage instead.')
          .max(50)
          .optional(),
        memo: z.string().max(100_000).optional(),
      })
      .strict(),
    output: returns<Changed<Segment>>(),
  },
  /** A new code named by the selected words (or the code of that name), and the passage coded
   * with it: one undo step. */
  'segments.codeInVivo': {
    input: z.object({ documentId: id, start: offset, end: offset }).strict(),
    output: returns<Changed<{ segment: Segment; code: Code; created: boolean }>>(),
  },
  'segments.delete': {
    input: z.object({ ids: z.array(id).min(1).max(100_000) }).strict(),
    output: returns<Changed<{ deleted: number }>>(),
  },
  'segments.retrieve': {
    input: z
      .object({
        codes: codeQuery,
        attributes: attributeFilter,
        speakerRoles: z
          .array(z.enum(['interviewer', 'participant', 'none']))
          .default(['participant', 'none']),
        limit: z.number().int().min(1).max(100_000).default(10_000),
      })
      .strict(),
    output: returns<RetrievedSegment[]>(),
  },

  'codes.create': {
    input: z
      .object({
        parentId: id.nullable(),
        name: z.string().trim().min(1).max(300),
        color: color.optional(),
        number: z.number().int().min(1).max(999).nullable().default(null),
      })
      .strict(),
    output: returns<Changed<Code>>(),
  },
  'codes.update': {
    input: z
      .object({
        id,
        name: z.string().trim().min(1).max(300).optional(),
        color: color.optional(),
        description: z.string().max(20_000).optional(),
        whenToUse: z.string().max(20_000).optional(),
        whenNotToUse: z.string().max(20_000).optional(),
        example: z.string().max(20_000).optional(),
        shortcut: z.string().max(1).nullable().optional(),
      })
      .strict(),
    output: returns<Changed<Code>>(),
  },
  'codes.move': {
    input: z.object({ id, parentId: id.nullable(), index: z.number().int().min(0) }).strict(),
    output: returns<Changed<Code[]>>(),
  },
  'codes.merge': {
    input: z.object({ from: id, into: id }).strict(),
    output: returns<Changed<{ moved: number }>>(),
  },
  'codes.usage': { input: z.object({ id }).strict(), output: returns<CodeUsage>() },
  'codes.delete': {
    input: z.object({ id }).strict(),
    output: returns<Changed<{ deletedSegments: number }>>(),
  },
  'codes.counts': { input: z.object({}).strict(), output: returns<Record<number, number>>() },

  'memos.list': {
    input: z.object({ target: memoTarget.optional() }).strict(),
    output: returns<Memo[]>(),
  },
  'memos.save': {
    input: z
      .object({
        id: id.optional(),
        target: memoTarget,
        title: z.string().max(300).default(''),
        text: z.string().max(1_000_000),
      })
      .strict(),
    output: returns<Changed<Memo>>(),
  },
  'memos.delete': { input: z.object({ id }).strict(), output: returns<Changed<null>>() },
  'memos.search': {
    input: z.object({ query: z.string().trim().min(1).max(500) }).strict(),
    output: returns<Memo[]>(),
  },

  'history.state': { input: z.object({}).strict(), output: returns<UndoState>() },
  // `expected`: the entry the window's button names (UndoState.undoId / redoId); refused with
  // history_moved when another program changed the project since, instead of taking another.
  'history.undo': {
    input: z.object({ expected: id.optional() }).strict(),
    output: returns<UndoState>(),
  },
  'history.redo': {
    input: z.object({ expected: id.optional() }).strict(),
    output: returns<UndoState>(),
  },
  'history.list': {
    input: z.object({ limit: z.number().int().min(1).max(10_000).default(200) }).strict(),
    output: returns<HistoryEntry[]>(),
  },
};
