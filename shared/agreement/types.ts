// The agreement comparison as every side sees it: what to compare (coders, documents, codes, the
// unit), the JSON form `kvalkod agreement --format json` prints (a contract), and what the view
// needs besides (notes, disagreements, the segment view's unmatched passages).

export const AGREEMENT_UNITS = ['paragraph', 'turn', 'sentence', 'document', 'character'] as const;
export type AgreementUnit = (typeof AGREEMENT_UNITS)[number];

/** A coefficient that cannot be computed is null; a note says why. */
export type Coefficient = number | null;

/** One code, coded or not by each coder on each unit. Keys as in tables: area number, else name. */
export interface AgreementCodeRow {
  key: string;
  name: string;
  units: number;
  /** Units every chosen coder coded with the code (with two coders: both). */
  both: number;
  /** Units that this coder alone coded with the code. */
  only: Record<string, number>;
  /** Units no chosen coder coded with the code. */
  neither: number;
  /** Units on which all coders agree (all coded, or none), in percent of the units. */
  percent_agreement: Coefficient;
  /** Cohen's kappa, two coders only. */
  kappa: Coefficient;
  /** Fleiss' kappa, three coders or more. */
  fleiss_kappa: Coefficient;
  /** Krippendorff's alpha for binary data (character unit: |uα). */
  alpha: Coefficient;
}

/** One code group, nominal: each unit's value for a coder is the group's code that coder applied. */
export interface AgreementGroupRow {
  key: string;
  name: string;
  units: number;
  /** Units where at least two coders applied exactly one code of the group. */
  pairable: number;
  /** Units where some coder applied two codes of the group: left out. */
  ambiguous: number;
  /** Pairable units where those coders applied the same code, in percent. */
  percent_agreement: Coefficient;
  /** Krippendorff's alpha, nominal (character unit: cuα). */
  alpha_nominal: Coefficient;
}

/** The contract of `kvalkod agreement --format json`, key for key. */
export interface AgreementJson {
  unit: AgreementUnit;
  coders: string[];
  documents: string[];
  codes: AgreementCodeRow[];
  groups: AgreementGroupRow[];
}

/** Why a figure is missing or what was left out, worded by the UI (and in English by the CLI). */
export interface AgreementNote {
  code:
    'undefined' | 'noUnits' | 'outsideUnits' | 'ambiguous' | 'noDocuments' | 'coderWithoutCoding';
  params: Record<string, string | number>;
}

/** A stretch on which the coders' codes differ: a unit, or a run of characters. */
export interface Disagreement {
  documentId: number;
  document: string;
  start: number;
  end: number;
  /** The compared codes each coder applied there, by coder name (code ids). */
  codes: Record<string, number[]>;
  /** The unit's text, shortened when long. */
  text: string;
}

/** MAXQDA's segment view: a passage agrees with another coder's of the same code when they
 * overlap by at least `threshold` of their union. */
export interface OverlapCodeRow {
  key: string;
  name: string;
  passages: Record<string, number>;
  matched: Record<string, number>;
  percent_agreement: Coefficient;
}

export interface UnmatchedPassage {
  segmentId: number;
  coder: string;
  documentId: number;
  document: string;
  start: number;
  end: number;
  key: string;
  text: string;
}

export interface OverlapResult {
  threshold: number;
  codes: OverlapCodeRow[];
  unmatched: UnmatchedPassage[];
}

export interface AgreementResult extends AgreementJson {
  notes: AgreementNote[];
  /** The first disagreements (up to the query's limit), in document and text order. */
  disagreements: Disagreement[];
  /** How many there are in all. */
  disagreementCount: number;
  overlap: OverlapResult | null;
  /** Document ids in the order of `documents`. */
  documentIds: number[];
}
