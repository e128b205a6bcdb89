// The units agreement is counted on: a document's paragraphs (as imported), speaker turns,
// sentences (the sentence rule of autocode) or the whole document. Sorted, non-empty, half-open.
import { endsSentence, type Range } from '../coding/widen';
import type { Paragraph } from '../transcript/types';
import type { AgreementUnit } from './types';

export interface UnitDocument {
  text: string;
  paragraphs: readonly Paragraph[];
  turns: readonly { start: number; end: number }[];
}

const isSpace = (c: string) => /\s/.test(c);

/** The paragraphs as imported; a text without stored structure is cut at its line breaks. */
function paragraphs(doc: UnitDocument): Range[] {
  if (doc.paragraphs.length > 0) return doc.paragraphs.map((p) => ({ start: p.start, end: p.end }));
  const out: Range[] = [];
  let start = 0;
  for (;;) {
    const nl = doc.text.indexOf('\n', start);
    const end = nl < 0 ? doc.text.length : nl;
    out.push({ start, end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** A paragraph's sentences: cut after . ! ? … followed by white space, leading spaces dropped. */
function sentences(text: string, para: Range): Range[] {
  const out: Range[] = [];
  let start = para.start;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = para.start; i < para.end; i++) {
    if (endsSentence(text, i, para.end)) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(para.end);
  return out;
}

/** The units of one document, for every unit but the character. */
export function unitRanges(unit: Exclude<AgreementUnit, 'character'>, doc: UnitDocument): Range[] {
  let ranges: Range[];
  switch (unit) {
    case 'paragraph':
      ranges = paragraphs(doc);
      break;
    case 'turn':
      ranges = doc.turns.map((t) => ({ start: t.start, end: t.end }));
      break;
    case 'sentence':
      ranges = paragraphs(doc).flatMap((p) => sentences(doc.text, p));
      break;
    case 'document':
      ranges = [{ start: 0, end: doc.text.length }];
      break;
  }
  return ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Index of the first range (sorted by start, non-overlapping) whose end lies after `offset`. */
export function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
