// What an agreement comparison is computed from: the chosen coders, documents (with their units),
// the coded passages of those coders there, and the codes and code groups to report.
import type { Range } from '../coding/widen';
import { binaryAgreement, type CoefficientResult } from './coefficients';
import type { AgreementCodeRow, AgreementNote } from './types';

export interface InputDocument {
  id: number;
  name: string;
  /** May be read from the project on first use (only the listed stretches need it). */
  readonly text: string;
  /** Sorted, non-overlapping units; empty for the character unit. */
  units: Range[];
}

export interface InputPassage {
  id: number;
  documentId: number;
  start: number;
  end: number;
  /** Index into AgreementInput.coders. */
  coder: number;
  codeIds: readonly number[];
}

export interface InputCode {
  id: number;
  key: string;
  name: string;
}

/** A group's codes (its direct children), each standing for itself and the codes below it. */
export interface InputGroup {
  key: string;
  name: string;
  items: { key: string; codeIds: ReadonlySet<number> }[];
}

export interface AgreementInput {
  coders: string[];
  documents: InputDocument[];
  passages: InputPassage[];
  codes: InputCode[];
  groups: InputGroup[];
}

/** The note for a coefficient that came out undefined. */
export function undefinedNote(
  row: string,
  coefficient: string,
  result: CoefficientResult | null,
): AgreementNote[] {
  if (!result || result.reason === null) return [];
  return [{ code: 'undefined', params: { row, coefficient, reason: result.reason } }];
}

/** A code's row from its tally (units coded by k of the coders, and by each coder alone). */
export function codeRow(
  code: InputCode,
  coders: readonly string[],
  histogram: number[],
  only: number[],
  alphaOverride?: CoefficientResult,
): { row: AgreementCodeRow; notes: AgreementNote[] } {
  const b = binaryAgreement({ histogram, only });
  const alpha = alphaOverride ?? b.alpha;
  return {
    row: {
      key: code.key,
      name: code.name,
      units: b.units,
      both: b.both,
      only: Object.fromEntries(coders.map((c, i) => [c, b.only[i] ?? 0])),
      neither: b.neither,
      percent_agreement: b.percentAgreement,
      kappa: b.kappa?.value ?? null,
      fleiss_kappa: b.fleissKappa?.value ?? null,
      alpha: alpha.value,
    },
    notes: [
      ...undefinedNote(code.key, 'kappa', b.kappa),
      ...undefinedNote(code.key, 'fleiss_kappa', b.fleissKappa),
      ...undefinedNote(code.key, 'alpha', alpha),
    ],
  };
}

/** Popcount of a coder mask (at most 32 coders). */
export function bits(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m; m &= m - 1) n++;
  return n;
}

/** The shortened text of a stretch, for lists. */
export function excerpt(text: string, start: number, end: number, max = 600): string {
  const slice = text.slice(start, Math.min(end, start + max + 1));
  return end - start > max ? `${slice.slice(0, max).trimEnd()}…` : slice;
}
