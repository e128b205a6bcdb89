import { describe, expect, it } from 'vitest';
import {
  paragraphAt,
  stepParagraph,
  stepWord,
  turnAt,
} from '../../../../shared/coding/selection-steps';
import { toBlocks } from '../../../../shared/documents/blocks';

// "IP1: Första stycket, två ord." / "Andra stycket." / "IP2: Svar."
const TEXT = 'IP1: Första stycket, två ord.\nAndra stycket.\nIP2: Svar.';
const paragraphs = [
  { start: 0, end: 29, kind: 'paragraph' as const },
  { start: 30, end: 44, kind: 'paragraph' as const },
  { start: 45, end: 55, kind: 'paragraph' as const },
];
const turns = [
  { start: 0, labelEnd: 5, end: 44, speakerId: 1 },
  { start: 45, labelEnd: 50, end: 55, speakerId: 2 },
];
const blocks = toBlocks({ paragraphs, turns });
const at = (s: string) => TEXT.indexOf(s);
const slice = (r: { start: number; end: number } | null) => (r ? TEXT.slice(r.start, r.end) : null);

describe('stepWord', () => {
  it.each<[string, number, boolean, string]>([
    ['forward to the end of this word', at('Första') + 2, true, 'IP1: Första'],
    ['forward over punctuation to the next word', at(', två'), true, 'IP1: Första stycket, två'],
    ['back to the start of this word', at('stycket') + 3, false, 'IP1: Första '],
    ['back over punctuation to the word before', at(' två'), false, 'IP1: Första '],
    ['stops at the end of the text', TEXT.length, true, TEXT],
    ['stops at the start', 0, false, ''],
  ])('%s', (_name, from, forward, before) => {
    expect(TEXT.slice(0, stepWord(TEXT, from, forward))).toBe(before);
  });
});

describe('stepParagraph', () => {
  it.each<[string, number, boolean, number]>([
    ['forward to the end of this paragraph', at('stycket,'), true, 29],
    ['forward from a paragraph end to the next end', 29, true, 44],
    ['back to the start of this text, after the label', at('var.'), false, 50],
    ['back from a text start to the previous paragraph', 50, false, 30],
    ['back past the first label to its text', 30, false, 5],
  ])('%s', (_name, from, forward, expected) => {
    expect(stepParagraph(blocks, from, forward)).toBe(expected);
  });
});

describe('paragraphAt and turnAt', () => {
  it.each<[string, number, string | null, string | null]>([
    [
      'in the first paragraph',
      at('stycket,'),
      'Första stycket, två ord.',
      'Första stycket, två ord.\nAndra stycket.',
    ],
    [
      "in a turn's second paragraph",
      at('Andra'),
      'Andra stycket.',
      'Första stycket, två ord.\nAndra stycket.',
    ],
    ['on a label', 1, 'Första stycket, två ord.', 'Första stycket, två ord.\nAndra stycket.'],
    ['at a line break', 29, 'Första stycket, två ord.', 'Första stycket, två ord.\nAndra stycket.'],
    ['in the last turn', at('Svar'), 'Svar.', 'Svar.'],
  ])('%s', (_name, offset, paragraph, turn) => {
    expect(slice(paragraphAt(blocks, offset))).toBe(paragraph);
    expect(slice(turnAt(blocks, turns, offset))).toBe(turn);
  });

  it('a paragraph outside every turn is its own unit', () => {
    const free = toBlocks({ paragraphs: [{ start: 0, end: 5, kind: 'paragraph' }], turns: [] });
    expect(turnAt(free, [], 2)).toEqual({ start: 0, end: 5 });
  });
});
