// Builds a transcript text and its paragraph list the way the import code does: paragraphs joined
// by '\n', offsets half-open. Shared by the transcript tests; not a test file itself.
import { expect } from 'vitest';
import type { Detection, Paragraph, ParagraphKind } from '../../../../shared/transcript/types';

export type Line = string | { kind: ParagraphKind; text: string };

export interface Doc {
  text: string;
  paragraphs: Paragraph[];
}

export function doc(...lines: Line[]): Doc {
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const line of lines) {
    const { kind, text } =
      typeof line === 'string' ? { kind: 'paragraph' as const, text: line } : line;
    paragraphs.push({ start: offset, end: offset + text.length, kind });
    parts.push(text);
    offset += text.length + 1;
  }
  return { text: parts.join('\n'), paragraphs };
}

export const heading = (text: string): Line => ({ kind: 'heading', text });
export const row = (text: string): Line => ({ kind: 'table-row', text });
export const item = (text: string): Line => ({ kind: 'list-item', text });

/** Each turn as [label as written, speech], the two halves its offsets cut the text into. */
export function slices(d: Doc, detection: Detection): [string, string][] {
  return detection.turns.map((t) => [
    d.text.slice(t.start, t.labelEnd),
    d.text.slice(t.labelEnd, t.end),
  ]);
}

/** The invariants every detection keeps, whatever the input: ordered, disjoint, inside paragraphs. */
export function expectWellFormed(d: Doc, detection: Detection): void {
  let previousEnd = -1;
  for (const turn of detection.turns) {
    expect(turn.start).toBeGreaterThan(previousEnd);
    expect(turn.start).toBeLessThanOrEqual(turn.labelEnd);
    expect(turn.labelEnd).toBeLessThanOrEqual(turn.end);
    expect(d.paragraphs.some((p) => p.start === turn.start)).toBe(true);
    expect(d.paragraphs.some((p) => p.end === turn.end)).toBe(true);
    previousEnd = turn.end;
  }
  const counted = detection.speakers.reduce((sum, s) => sum + s.turns, 0);
  expect(counted).toBe(detection.turns.length);
}
