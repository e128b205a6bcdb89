// Coding: segments (coded passages) with their codes, memos, the undo history, search hits.
// Offsets are UTF-16 code units, half-open [start, end), over the document's stored text.
import type { Message } from '../messages';

export interface SegmentCode {
  id: number;
  name: string;
  number: number | null;
  color: string;
}

export interface Segment {
  id: number;
  documentId: number;
  start: number;
  end: number;
  coder: string | null;
  memo: string;
  codes: SegmentCode[];
  createdAt: string;
  updatedAt: string;
}

/** A retrieved coded passage with what the researcher needs to judge it. */
export interface RetrievedSegment extends Segment {
  document: string;
  text: string;
  speaker: string | null;
  speakerRole: 'interviewer' | 'participant' | null;
  attributes: Record<string, string | string[]>;
}

/** Code filter of a retrieval: all of `all`, at least one of `any` (when given), none of `none`. */
export interface CodeQuery {
  all: number[];
  any: number[];
  none: number[];
}

export type MemoTarget =
  | { kind: 'document'; id: number }
  | { kind: 'code'; id: number }
  | { kind: 'segment'; id: number }
  | { kind: 'journal' };

export interface Memo {
  /** For an inline memo, the segment's id (see `inline`). */
  id: number;
  target: MemoTarget;
  title: string;
  text: string;
  author: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * True for a passage's own note (Segment.memo), found by memos.search: it is edited with
   * segments.update, not memos.save.
   */
  inline?: boolean;
}

export interface HistoryEntry {
  id: number;
  at: string;
  coder: string | null;
  /** A short English description of the change, e.g. 'Coded a passage with 2 codes'. */
  summary: string;
  /** The same in the window's language (shared/messages). */
  label: Message;
  action: string;
  /** 'discarded': undone, then left behind by a newer change; kept for the audit trail only. */
  state: 'done' | 'undone' | 'discarded';
  undone: boolean;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** What Ctrl+Z would take back, and what Ctrl+Shift+Z would bring back. */
  undoSummary: string | null;
  redoSummary: string | null;
  /** The same, worded in the window's language. */
  undoLabel: Message | null;
  redoLabel: Message | null;
  /** The history entries those are: undo/redo pass them back so that nothing else is taken. */
  undoId: number | null;
  redoId: number | null;
}

export interface SearchHit {
  documentId: number;
  document: string;
  start: number;
  end: number;
  /** Keyword in context: text around the hit, with the hit's offsets inside `context`. */
  context: string;
  contextStart: number;
  contextEnd: number;
}

export type AutocodeUnit = 'match' | 'sentence' | 'paragraph' | 'turn';
