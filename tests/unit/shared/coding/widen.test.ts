import { describe, expect, it } from 'vitest';
import type { AutocodeUnit } from '../../../../shared/coding/types';
import { mergeRanges, widen, type Range, type UnitSource } from '../../../../shared/coding/widen';
import type { Paragraph } from '../../../../shared/transcript/types';

const LINES = [
  'Intervjuare: Hur är det?',
  'IP1: Det går bra. Vi har 2.5 tjänster nu! Men lokalerna… de är trånga',
  'och bullriga.   ',
  'Anteckning utan talare. Andra meningen',
];
const TEXT = LINES.join('\n');
const PARAGRAPHS: Paragraph[] = [];
for (let i = 0, at = 0; i < LINES.length; i++) {
  const line = LINES[i] ?? '';
  PARAGRAPHS.push({ start: at, end: at + line.length, kind: 'paragraph' });
  at += line.length + 1;
}
const para = (i: number) => PARAGRAPHS[i] ?? { start: 0, end: 0 };
const SOURCE: UnitSource = {
  text: TEXT,
  paragraphs: PARAGRAPHS,
  turns: [
    { start: para(0).start, labelEnd: para(0).start + 13, end: para(0).end },
    { start: para(1).start, labelEnd: para(1).start + 5, end: para(2).end },
  ],
};

/** The hit: `word` (its n-th occurrence). */
function hit(word: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(word, at + 1);
  if (at < 0) throw new Error(`no ${word}`);
  return { start: at, end: at + word.length };
}

describe('widen', () => {
  it.each<[AutocodeUnit, string, string, UnitSource?]>([
    ['match', 'tjänster', 'tjänster'],
    ['sentence', 'tjänster', 'Vi har 2.5 tjänster nu!'],
    ['sentence', 'Det', 'Det går bra.'],
    ['sentence', 'lokalerna', 'Men lokalerna…'],
    ['sentence', 'trånga', 'de är trånga'],
    ['sentence', 'bullriga', 'och bullriga.'],
    ['sentence', 'Andra', 'Andra meningen'],
    ['sentence', 'Hur', 'Hur är det?'],
    ['sentence', 'IP1', 'IP1: Det går bra.'],
    ['sentence', 'bra. Vi', 'Det går bra. Vi har 2.5 tjänster nu!'],
    ['paragraph', 'bra', 'Det går bra. Vi har 2.5 tjänster nu! Men lokalerna… de är trånga'],
    ['paragraph', 'bullriga', 'och bullriga.'],
    ['paragraph', 'trånga\noch', `${LINES[1]?.slice(5) ?? ''}\noch bullriga.`],
    ['paragraph', 'Intervjuare', 'Intervjuare: Hur är det?'],
    ['turn', 'bullriga', `${LINES[1]?.slice(5) ?? ''}\noch bullriga.`],
    ['turn', 'Hur', 'Hur är det?'],
    ['turn', 'Anteckning', 'Anteckning utan talare. Andra meningen'],
    ['paragraph', 'bullriga', 'och bullriga.', { text: TEXT, paragraphs: [], turns: [] }],
    ['sentence', 'Andra', 'Andra meningen', { text: TEXT, paragraphs: [], turns: [] }],
  ])('%s around "%s" is "%s"', (unit, word, expected, source = SOURCE) => {
    const h = hit(word);
    const range = widen(unit, source, h);
    expect(TEXT.slice(range.start, range.end)).toBe(expected);
    expect(range.start).toBeLessThanOrEqual(h.start);
    expect(range.end).toBeGreaterThanOrEqual(h.end);
  });
});

describe('mergeRanges', () => {
  it.each<[string, [number, number][], [number, number][]]>([
    ['nothing', [], []],
    [
      'disjoint, unsorted',
      [
        [10, 12],
        [1, 3],
      ],
      [
        [1, 3],
        [10, 12],
      ],
    ],
    [
      'overlapping',
      [
        [1, 5],
        [3, 8],
      ],
      [[1, 8]],
    ],
    [
      'touching',
      [
        [1, 5],
        [5, 8],
      ],
      [[1, 8]],
    ],
    [
      'one gap apart',
      [
        [1, 5],
        [6, 8],
      ],
      [
        [1, 5],
        [6, 8],
      ],
    ],
    [
      'nested',
      [
        [1, 10],
        [3, 4],
      ],
      [[1, 10]],
    ],
    [
      'a chain',
      [
        [7, 9],
        [1, 3],
        [2, 7],
      ],
      [[1, 9]],
    ],
  ])('%s', (_label, input, expected) => {
    const out = mergeRanges(input.map(([start, end]) => ({ start, end })));
    expect(out.map((r) => [r.start, r.end])).toEqual(expected);
  });
});
