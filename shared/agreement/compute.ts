// One agreement comparison from its input: the contract's rows for codes and groups in the chosen
// unit, the notes, the disagreements to settle, and (when asked) MAXQDA's segment view.
import { agreementByCharacter } from './by-character';
import { agreementByUnit } from './by-unit';
import type { AgreementInput } from './input';
import { segmentOverlap } from './overlap';
import type { AgreementResult, AgreementUnit } from './types';

/** Bit masks hold one bit per coder. */
export const MAX_CODERS = 30;

function byCharacter(input: AgreementInput) {
  const parts = agreementByCharacter(input);
  return { ...parts, disagreementCount: parts.disagreements.length };
}

export function computeAgreement(
  input: AgreementInput,
  unit: AgreementUnit,
  overlap: number | null,
  /** How many disagreements to list (the window pages through them; the count is of all). */
  limit = Infinity,
): AgreementResult {
  if (input.coders.length < 2 || input.coders.length > MAX_CODERS)
    throw new Error(`Agreement compares 2 to ${MAX_CODERS} coders.`);
  const parts = unit === 'character' ? byCharacter(input) : agreementByUnit(input, limit);
  return {
    unit,
    coders: input.coders,
    documents: input.documents.map((d) => d.name),
    codes: parts.codes,
    groups: parts.groups,
    notes: parts.notes,
    disagreements: parts.disagreements.slice(0, limit),
    disagreementCount: parts.disagreementCount,
    overlap: overlap === null ? null : segmentOverlap(input, overlap),
    documentIds: input.documents.map((d) => d.id),
  };
}
