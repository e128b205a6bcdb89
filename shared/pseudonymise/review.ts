// The review list as the window shows it: the last scan's candidates with the decisions saved
// since (accepting, rejecting and editing need no new scan), filtered by kind, status and text and
// sorted by any column; and whether the decisions have changed what a scan finds (a merge, an own
// addition, a never-propose word), so that the window scans again.
import type { Decision, DecisionStatus, PseudoKind, ReviewCandidate } from './types';

export type ReviewSortKey = 'text' | 'kind' | 'count' | 'documents' | 'proposal' | 'status';

export interface ReviewQuery {
  kind: PseudoKind | 'all';
  status: DecisionStatus | 'all';
  text: string;
  sort: ReviewSortKey;
  descending: boolean;
}

export const DEFAULT_REVIEW_QUERY: ReviewQuery = {
  kind: 'all',
  status: 'all',
  text: '',
  sort: 'count',
  descending: true,
};

/** Each candidate with the current decision about it. */
export function withDecisions(
  candidates: readonly ReviewCandidate[],
  decisions: readonly Decision[],
): ReviewCandidate[] {
  const byText = new Map(decisions.map((d) => [d.text, d]));
  return candidates.map((c) => {
    const d = byText.get(c.text);
    return {
      ...c,
      status: d?.status ?? 'pending',
      proposal: d?.replacement ?? c.autoProposal,
      edited: Boolean(d?.replacement),
      kind: d?.kind ?? c.kind,
    };
  });
}

/** What in the decisions changes the candidates themselves (not only their status). */
export function scanBasis(decisions: readonly Decision[], stopWords: readonly string[]): string {
  const shape = decisions
    .filter((d) => d.added || d.mergedInto)
    .map((d) => [d.text, d.added, d.mergedInto])
    .sort();
  return JSON.stringify([shape, [...stopWords].map((w) => w.toLowerCase()).sort()]);
}

const STATUS_ORDER: Record<DecisionStatus, number> = { pending: 0, accepted: 1, rejected: 2 };
const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

function compare(a: ReviewCandidate, b: ReviewCandidate, key: ReviewSortKey): number {
  switch (key) {
    case 'count':
      return a.count - b.count;
    case 'documents':
      return a.documents.length - b.documents.length;
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    default:
      return collator.compare(a[key], b[key]);
  }
}

export function reviewRows(
  candidates: readonly ReviewCandidate[],
  query: ReviewQuery,
): ReviewCandidate[] {
  const needle = query.text.trim().toLocaleLowerCase('sv');
  const rows = candidates.filter(
    (c) =>
      (query.kind === 'all' || c.kind === query.kind) &&
      (query.status === 'all' || c.status === query.status) &&
      (needle === '' ||
        c.forms.some((f) => f.toLocaleLowerCase('sv').includes(needle)) ||
        c.proposal.toLocaleLowerCase('sv').includes(needle)),
  );
  const sign = query.descending ? -1 : 1;
  return rows.sort((a, b) => sign * compare(a, b, query.sort) || collator.compare(a.text, b.text));
}

/** How many candidates have each status: the list's summary line. */
export function statusCounts(
  candidates: readonly ReviewCandidate[],
): Record<DecisionStatus, number> {
  const out: Record<DecisionStatus, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const c of candidates) out[c.status]++;
  return out;
}
