// Contract entries for full-text search (every hit counted, shown a page at a time) and autocode
// (the chosen hits widened to a unit, previewed with what each passage will do, coded in one step).
import { z } from 'zod';
import type { SearchHit } from '../coding/types';
import type { Changed } from './contract-coding';
import { returns } from './define';

const id = z.number().int().positive();
const offset = z.number().int().min(0);
const query = z.string().trim().min(1).max(500);
const unit = z.enum(['match', 'sentence', 'paragraph', 'turn']);

const hitChoice = z
  .object({
    all: z.boolean(),
    documents: z.array(z.object({ documentId: id, chosen: z.boolean() }).strict()).max(100_000),
    hits: z
      .array(z.object({ documentId: id, start: offset, end: offset, chosen: z.boolean() }).strict())
      .max(1_000_000),
  })
  .strict();

/** What autocode does to a passage that already carries the code and overlaps a widened hit. */
export const EXISTING_PASSAGE = ['widen', 'skip'] as const;
export type ExistingPassage = (typeof EXISTING_PASSAGE)[number];

const plan = z
  .object({
    query,
    unit,
    /** Without a code every passage counts as new: nothing can be coded with it yet. */
    codeId: id.nullable(),
    choice: hitChoice,
    existing: z.enum(EXISTING_PASSAGE).default('widen'),
  })
  .strict();

export interface SearchDocument {
  documentId: number;
  document: string;
  /** Hits in this document. */
  hits: number;
  /** Where its first hit stands among all the search's hits (for paging to it). */
  first: number;
}

export interface SearchPage {
  /** Hits in every document. */
  total: number;
  /** Every document with a hit, in the order hits are listed (by name). */
  documents: SearchDocument[];
  offset: number;
  hits: SearchHit[];
}

/** new: a new passage (or the code added to a passage of exactly that range); extended: a
 * passage with the code widened to take it in; already: inside a passage with the code, left. */
export type PassageOutcome = 'new' | 'extended' | 'already';

export interface AutocodeCounts {
  /** Chosen hits. */
  hits: number;
  /** Passages they make once widened and joined. */
  passages: number;
  created: number;
  extended: number;
  already: number;
}

export interface PreviewPassage {
  documentId: number;
  document: string;
  /** The range coded (for an extended passage: its new range). */
  start: number;
  end: number;
  outcome: PassageOutcome;
  /** The text of [start, end) and the chosen hits in it (offsets in the document). */
  text: string;
  hits: { start: number; end: number }[];
}

export const searchContract = {
  /** The first `limit` hits in document-name order, then by offset (the CLI's search). */
  'search.text': {
    input: z
      .object({
        query,
        limit: z.number().int().min(1).max(10_000_000).default(50),
        documentIds: z.array(id).optional(),
      })
      .strict(),
    output: returns<SearchHit[]>(),
  },
  /** Every hit counted, every document with hits listed, and one page of hits. */
  'search.page': {
    input: z
      .object({
        query,
        offset: offset.default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
    output: returns<SearchPage>(),
  },
  /** What autocode would do with the chosen hits, and one page of its passages. */
  'autocode.preview': {
    input: plan.extend({
      offset: offset.default(0),
      limit: z.number().int().min(0).max(1000).default(50),
    }),
    output: returns<AutocodeCounts & { offset: number; page: PreviewPassage[] }>(),
  },
  /** Codes the chosen hits as one undo step. */
  'autocode.apply': {
    input: plan.extend({ codeId: id }),
    output: returns<Changed<AutocodeCounts>>(),
  },
};
