// The review list: decisions over the last scan, filters, sorting, and when a new scan is needed.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REVIEW_QUERY,
  reviewRows,
  scanBasis,
  statusCounts,
  withDecisions,
} from '../../../../shared/pseudonymise/review';
import type { Decision, ReviewCandidate } from '../../../../shared/pseudonymise/types';

const cand = (
  text: string,
  kind: ReviewCandidate['kind'],
  count: number,
  docs: number,
): ReviewCandidate => ({
  text,
  kind,
  count,
  documents: Array.from({ length: docs }, (_, i) => `D${i}`),
  proposal: `auto ${text}`,
  autoProposal: `auto ${text}`,
  forms: [text, `${text}s`],
  status: 'pending',
  edited: false,
  speaker: false,
  added: false,
  merged: [],
  contexts: [],
});
const LIST = [
  cand('Eva Bergström', 'name', 12, 3),
  cand('070-123 45 67', 'phone', 2, 1),
  cand('Åsa', 'name', 30, 5),
  cand('Storgatan 12', 'address', 1, 1),
];
const decision = (text: string, over: Partial<Decision>): Decision => ({
  text,
  kind: 'name',
  status: 'pending',
  replacement: null,
  mergedInto: null,
  added: false,
  ...over,
});

describe('review list', () => {
  it('shows the decisions saved since the scan', () => {
    const rows = withDecisions(LIST, [
      decision('Åsa', { status: 'accepted', replacement: 'Informant A' }),
      decision('070-123 45 67', { kind: 'phone', status: 'rejected' }),
    ]);
    expect(rows.map((r) => [r.text, r.status, r.proposal, r.edited])).toEqual([
      ['Eva Bergström', 'pending', 'auto Eva Bergström', false],
      ['070-123 45 67', 'rejected', 'auto 070-123 45 67', false],
      ['Åsa', 'accepted', 'Informant A', true],
      ['Storgatan 12', 'pending', 'auto Storgatan 12', false],
    ]);
    expect(statusCounts(rows)).toEqual({ pending: 2, accepted: 1, rejected: 1 });
  });

  it.each([
    ['by count, most first', {}, ['Åsa', 'Eva Bergström', '070-123 45 67', 'Storgatan 12']],
    [
      'by text (Swedish order)',
      { sort: 'text', descending: false },
      ['070-123 45 67', 'Eva Bergström', 'Storgatan 12', 'Åsa'],
    ],
    [
      'by documents',
      { sort: 'documents' },
      ['Åsa', 'Eva Bergström', '070-123 45 67', 'Storgatan 12'],
    ],
    ['names only', { kind: 'name' }, ['Åsa', 'Eva Bergström']],
    ['text found in a form', { text: 'bergströms' }, ['Eva Bergström']],
    ['text found in the proposal', { text: 'AUTO STOR' }, ['Storgatan 12']],
  ] as const)('%s', (_, query, expected) => {
    expect(reviewRows(LIST, { ...DEFAULT_REVIEW_QUERY, ...query }).map((r) => r.text)).toEqual(
      expected,
    );
  });

  it('a merge, an addition or a never-propose word needs a new scan; a status does not', () => {
    const base = scanBasis([decision('A', { status: 'accepted' })], []);
    expect(scanBasis([decision('A', { status: 'rejected', replacement: 'X' })], [])).toBe(base);
    expect(scanBasis([decision('A', { mergedInto: 'B' })], [])).not.toBe(base);
    expect(scanBasis([decision('A', { added: true })], [])).not.toBe(base);
    expect(scanBasis([decision('A', {})], ['Kalle'])).not.toBe(base);
  });
});
