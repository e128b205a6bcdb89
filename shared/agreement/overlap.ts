// MAXQDA's segment view of agreement: a coder's passage with a code agrees when every other coder
// has a passage with the same code in the same document that overlaps it by at least `threshold`
// of the two passages' union (|p ∩ q| / |p ∪ q|). Each coder's passages are checked in turn.
import { percentAgreement } from './coefficients';
import { excerpt, type AgreementInput, type InputPassage } from './input';
import type { OverlapCodeRow, OverlapResult, UnmatchedPassage } from './types';

/** The share of their union that two passages have in common. */
export function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }) {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (common <= 0) return 0;
  return common / (a.end - a.start + (b.end - b.start) - common);
}

export function segmentOverlap(input: AgreementInput, threshold: number): OverlapResult {
  const m = input.coders.length;
  const texts = new Map(input.documents.map((d) => [d.id, d]));
  const unmatched: UnmatchedPassage[] = [];
  const codes = input.codes.map((code): OverlapCodeRow => {
    const passages = new Array<number>(m).fill(0);
    const matched = new Array<number>(m).fill(0);
    // document -> coder -> that coder's passages with the code there
    const lists = new Map<number, InputPassage[][]>();
    for (const p of input.passages) {
      if (!p.codeIds.includes(code.id)) continue;
      let byCoder = lists.get(p.documentId);
      if (!byCoder) lists.set(p.documentId, (byCoder = input.coders.map(() => [])));
      byCoder[p.coder]?.push(p);
    }
    for (const [documentId, byCoder] of lists) {
      byCoder.forEach((own, c) => {
        for (const p of own) {
          passages[c] = (passages[c] ?? 0) + 1;
          const agrees = byCoder.every(
            (other, d) => d === c || other.some((q) => overlapShare(p, q) >= threshold),
          );
          if (agrees) matched[c] = (matched[c] ?? 0) + 1;
          else {
            const doc = texts.get(documentId);
            unmatched.push({
              segmentId: p.id,
              coder: input.coders[c] ?? '',
              documentId,
              document: doc?.name ?? '',
              start: p.start,
              end: p.end,
              key: code.key,
              text: doc ? excerpt(doc.text, p.start, p.end) : '',
            });
          }
        }
      });
    }
    const total = passages.reduce((a, b) => a + b, 0);
    return {
      key: code.key,
      name: code.name,
      passages: Object.fromEntries(input.coders.map((name, i) => [name, passages[i] ?? 0])),
      matched: Object.fromEntries(input.coders.map((name, i) => [name, matched[i] ?? 0])),
      percent_agreement: percentAgreement(
        matched.reduce((a, b) => a + b, 0),
        total,
      ),
    };
  });
  const order = new Map(input.documents.map((d, i) => [d.id, i]));
  unmatched.sort(
    (a, b) =>
      (order.get(a.documentId) ?? 0) - (order.get(b.documentId) ?? 0) ||
      a.start - b.start ||
      a.end - b.end ||
      a.coder.localeCompare(b.coder, 'sv'),
  );
  return { threshold, codes, unmatched };
}
