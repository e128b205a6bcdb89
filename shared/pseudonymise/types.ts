import type { Message } from '../messages';

// The shapes of pseudonymisation: what the scan finds (candidates and their forms), what the
// researcher decides about each (saved in the project), and what the copy reports.

export const PSEUDO_KINDS = ['personnummer', 'phone', 'email', 'address', 'name', 'other'] as const;
export type PseudoKind = (typeof PSEUDO_KINDS)[number];

export const DECISION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** One line of `kvalkod pseudonymise scan --json` (a contract): exactly these fields. */
export interface Candidate {
  text: string;
  kind: PseudoKind;
  /** Occurrences of all its forms over every scanned field. */
  count: number;
  /** Names of the documents it occurs in (in a text, a label, a memo, a name or a value). */
  documents: string[];
  proposal: string;
  /** Every string replaced for it: the text itself, genitives, a full name's parts, merged ones. */
  forms: string[];
}

/** A keyword-in-context line of the review list. */
export interface Context {
  document: string | null;
  /** Where it was found: the text, a speaker label, a memo, a name, an attribute value. */
  field: FieldKind;
  before: string;
  match: string;
  after: string;
}

/** A candidate as the review list shows it. */
export interface ReviewCandidate extends Candidate {
  status: DecisionStatus;
  /** The researcher changed the proposal. */
  edited: boolean;
  /** The scan's own proposal (what an edit returns to when it is undone). */
  autoProposal: string;
  /** Found as a speaker label (and then its role decides the proposal). */
  speaker: boolean;
  /** The researcher's own addition (not found by the scan). */
  added: boolean;
  /** Candidates merged into this one (their texts). */
  merged: string[];
  contexts: Context[];
}

/** What the researcher decided about one candidate; a candidate without one is pending. */
export interface Decision {
  text: string;
  kind: PseudoKind;
  status: DecisionStatus;
  /** null: the automatic proposal. */
  replacement: string | null;
  /** The text of the candidate this one is the same person as. */
  mergedInto: string | null;
  added: boolean;
}

export type FieldKind =
  'text' | 'speaker' | 'memo' | 'document-name' | 'file-name' | 'attribute' | 'other';

/** One piece of text the scan reads and the copy rewrites. */
export interface Field {
  kind: FieldKind;
  /** The document it belongs to, for the candidate's document list; null for project-wide text. */
  document: string | null;
  text: string;
}

export interface ScanResult {
  candidates: ReviewCandidate[];
  stopWords: string[];
  documents: number;
}

/** The report of `kvalkod pseudonymise apply --json` (a contract) and of the window. */
export interface ApplyReport<W = Message> {
  documents: number;
  replaced: { kind: PseudoKind; count: number }[];
  segments: { kept: number; moved: number };
  /** Worded in the interface language by the window, in English by the CLI. */
  warnings: W[];
}
