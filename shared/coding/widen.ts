// Autocode's units: a search hit widened to its sentence, paragraph or speaker turn, and the
// merging of overlapping or touching ranges so that one passage is coded once.
import type { Turn } from '../documents/types';
import type { Paragraph } from '../transcript/types';
import type { AutocodeUnit } from './types';

export interface UnitSource {
  text: string;
  paragraphs: readonly Paragraph[];
  turns: readonly Pick<Turn, 'start' | 'labelEnd' | 'end'>[];
}

export interface Range {
  start: number;
  end: number;
}

const TERMINATORS = '.!?…';
const isSpace = (c: string) => /\s/.test(c);

/** The paragraphs holding the hit's first and last character, joined; else the line around it. */
function paragraphAround(src: UnitSource, hit: Range): Range {
  const last = Math.max(hit.start, hit.end - 1);
  const holds = (p: Paragraph, i: number) => p.start <= i && i < p.end;
  const first = src.paragraphs.find((p) => holds(p, hit.start));
  const final = src.paragraphs.find((p) => holds(p, last));
  if (first && final) return { start: first.start, end: Math.max(final.end, hit.end) };
  // No stored structure here: a line is the nearest thing to a paragraph.
  const start = src.text.lastIndexOf('\n', hit.start - 1) + 1;
  const nl = src.text.indexOf('\n', hit.end);
  return { start, end: nl < 0 ? src.text.length : Math.max(nl, hit.end) };
}

/** The turn holding the hit's start. */
function turnAround(src: UnitSource, hit: Range) {
  return src.turns.find((t) => t.start <= hit.start && hit.start < t.end);
}

/**
 * A speaker's label ("IP1: ") is not part of what was said: a unit that would begin inside it
 * begins where the speech does, unless the hit itself is in the label.
 */
function afterLabel(src: UnitSource, unit: Range, hit: Range): Range {
  const turn = turnAround(src, hit);
  if (turn && unit.start < turn.labelEnd && turn.labelEnd <= hit.start)
    return { start: Math.max(unit.start, turn.labelEnd), end: unit.end };
  return unit;
}

/**
 * A terminator ends a sentence when followed by a space or the paragraph's end, so that "2.5" and
 * "t.ex" do not split one.
 */
export function endsSentence(text: string, i: number, limit: number): boolean {
  if (!TERMINATORS.includes(text.charAt(i))) return false;
  return i + 1 >= limit || isSpace(text.charAt(i + 1));
}

function sentenceAround(src: UnitSource, hit: Range): Range {
  const para = paragraphAround(src, hit);
  const { text } = src;
  let start = para.start;
  for (let i = hit.start - 1; i >= para.start; i--) {
    if (endsSentence(text, i, para.end)) {
      start = i + 1;
      break;
    }
  }
  while (start < hit.start && isSpace(text.charAt(start))) start++;
  let end = para.end;
  for (let i = hit.end; i < para.end; i++) {
    if (endsSentence(text, i, para.end)) {
      end = i + 1;
      break;
    }
  }
  return { start, end: Math.max(end, hit.end) };
}

/** The range to code for a hit, in the chosen unit, without trailing white space. */
export function widen(unit: AutocodeUnit, src: UnitSource, hit: Range): Range {
  const range = unitRange(unit, src, hit);
  while (range.end > hit.end && isSpace(src.text.charAt(range.end - 1))) range.end--;
  return range;
}

function unitRange(unit: AutocodeUnit, src: UnitSource, hit: Range): Range {
  switch (unit) {
    case 'match':
      return { start: hit.start, end: hit.end };
    case 'sentence':
      return afterLabel(src, sentenceAround(src, hit), hit);
    case 'paragraph':
      return afterLabel(src, paragraphAround(src, hit), hit);
    case 'turn': {
      const turn = turnAround(src, hit);
      if (!turn) return afterLabel(src, paragraphAround(src, hit), hit);
      return afterLabel(src, { start: turn.start, end: Math.max(turn.end, hit.end) }, hit);
    }
  }
}

/** Sorted, with overlapping and touching ranges joined into one. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}
