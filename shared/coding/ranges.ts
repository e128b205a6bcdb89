// Text ranges of the coding view: snapping a selection to whole words, and the small set algebra
// (overlap, containment, clamping, merging, cutting to a paragraph) that segments need.
// Offsets are UTF-16 code units, half-open [start, end); a surrogate pair is never split.
import type { Block } from '../documents/blocks';

export interface TextRange {
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const DIGIT = /^\p{N}$/u;
/** Join two letters or digits into one word: "e-post", "dom’s", "Anna-Karin". */
const JOINERS = new Set(["'", '’', '-']);
/** Join two digits into one number: "34,2", "1.5", "12:30". */
const DIGIT_JOINERS = new Set([',', '.', ':']);

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point starting at i, or '' at the end of the text. */
function charAt(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The code point ending at i, or '' at the start of the text. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && isLow(low) && isHigh(text.charCodeAt(i - 2))) return text.slice(i - 2, i);
  return text.charAt(i - 1);
}

/** Moves i off the middle of a surrogate pair: backwards for a start, forwards for an end. */
function onBoundary(text: string, i: number, forward: boolean): number {
  if (i <= 0 || i >= text.length) return i;
  if (isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) return forward ? i + 1 : i - 1;
  return i;
}

/** Whether the code point at i belongs to a word, judging joiners by their neighbours. */
function isWordAt(text: string, i: number): boolean {
  const ch = charAt(text, i);
  if (ch === '') return false;
  if (LETTER_OR_DIGIT.test(ch)) return true;
  // A combining mark ("a" + U+0308) belongs to the word its base letter is in; after an emoji
  // (a variation selector) it does not.
  if (MARK.test(ch)) return isWordBefore(text, i);
  const before = charBefore(text, i);
  const after = charAt(text, i + ch.length);
  if (JOINERS.has(ch)) return LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after);
  if (DIGIT_JOINERS.has(ch)) return DIGIT.test(before) && DIGIT.test(after);
  return false;
}

function isWordBefore(text: string, i: number): boolean {
  const ch = charBefore(text, i);
  return ch !== '' && isWordAt(text, i - ch.length);
}

/**
 * The selection grown outwards to whole words, then trimmed of the whitespace and punctuation
 * outside words at either edge. Null when nothing but whitespace or punctuation is selected, or
 * the selection is collapsed. A backwards selection (start > end) is taken as forwards.
 */
export function snapToWords(text: string, start: number, end: number): TextRange | null {
  let s = onBoundary(text, Math.max(0, Math.min(start, end, text.length)), false);
  let e = onBoundary(text, Math.min(text.length, Math.max(start, end, 0)), true);
  if (s >= e) return null;
  // Grow only where the selection edge cuts through a word.
  while (s > 0 && isWordAt(text, s) && isWordBefore(text, s)) s -= charBefore(text, s).length;
  while (e < text.length && isWordBefore(text, e) && isWordAt(text, e)) {
    e += charAt(text, e).length;
  }
  while (s < e && !isWordAt(text, s)) s += charAt(text, s).length;
  while (e > s && !isWordBefore(text, e)) e -= charBefore(text, e).length;
  return s < e ? { start: s, end: e } : null;
}

/** Whether two ranges share at least one character; touching ranges ([0,5) and [5,9)) do not. */
export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;
}

/** Whether `outer` holds all of `inner`, or (for an offset) the character at that offset. */
export function contains(outer: TextRange, inner: TextRange | number): boolean {
  if (typeof inner === 'number') return outer.start <= inner && inner < outer.end;
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The range cut to [0, textLength]; an inverted range collapses at its start. */
export function clamp(range: TextRange, textLength: number): TextRange {
  const length = Math.max(0, textLength);
  const start = Math.min(Math.max(0, range.start), length);
  const end = Math.min(Math.max(start, range.end), length);
  return { start, end };
}

/** Ranges sorted, with overlapping or touching ones merged; empty ranges are dropped. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = ranges
    .filter((r) => r.start < r.end)
    .map((r) => ({ start: r.start, end: r.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return merged;
}

/**
 * The part of a segment that lies in a paragraph's visible text [textStart, end), or null. The
 * speaker label before textStart is never part of a drawn passage.
 */
export function rangeInBlock(
  range: TextRange,
  block: Pick<Block, 'textStart' | 'end'>,
): TextRange | null {
  const start = Math.max(range.start, block.textStart);
  const end = Math.min(range.end, block.end);
  return start < end ? { start, end } : null;
}
