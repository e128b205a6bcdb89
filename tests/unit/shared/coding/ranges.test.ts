import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../../shared/documents/blocks';
import {
  clamp,
  contains,
  mergeRanges,
  overlaps,
  rangeInBlock,
  snapToWords,
  type TextRange,
} from '../../../../shared/coding/ranges';
import { doc } from '../transcript/fixture';

/** "Vi har lo[ka]ler" -> the text without the brackets and the offsets they marked. */
function marked(s: string): { text: string; start: number; end: number } {
  const start = s.indexOf('[');
  const end = s.indexOf(']') - 1;
  if (start === -1 || end < start) throw new Error(`bad marks in ${s}`);
  return { text: s.replace('[', '').replace(']', ''), start, end };
}

/** The text with the snapped range marked, or null; the texts stay readable side by side. */
function snapMarked(s: string): string | null {
  const { text, start, end } = marked(s);
  const r = snapToWords(text, start, end);
  return r === null
    ? null
    : `${text.slice(0, r.start)}[${text.slice(r.start, r.end)}]${text.slice(r.end)}`;
}

describe('snapToWords', () => {
  it.each<[string, string, string | null]>([
    ['inside one word', 'Vi har lo[ka]ler här', 'Vi har [lokaler] här'],
    ['cutting two words', 'Vi ha[r lok]aler', 'Vi [har lokaler]'],
    ['whole words stay', 'Vi [har lokaler] här', 'Vi [har lokaler] här'],
    ['first letter only', 'Vi har [l]okaler', 'Vi har [lokaler]'],
    ['last letter only', 'Vi har lokale[r]', 'Vi har [lokaler]'],
    ['trailing space and full stop', 'Det är [bra. ]Sen', 'Det är [bra]. Sen'],
    ['leading colon and quote', 'sa hon[: »Vi] kan', 'sa hon: »[Vi] kan'],
    [
      'parentheses around',
      'uppdrag [(rimlig arbetsbelastning)]',
      'uppdrag ([rimlig arbetsbelastning])',
    ],
    ['punctuation inside stays', 'Ja[, men nej]', 'Ja, [men nej]'],
    ['å ä ö inside a word', 'de gr[ön]a rummen', 'de [gröna] rummen'],
    ['ending inside a word with ö', 'på [Söde]rmalm', 'på [Södermalm]'],
    ['Å at a word start', 'Ett [Å]rsmöte', 'Ett [Årsmöte]'],
    ['en dash is not part of a word', 'områdena 1[–1]3', 'områdena 1–[13]'],
    ['en dash between words', 'Kommit längst[ – ]det', null],
    ['en dash selected with words', 'läng[st – de]t', '[längst – det]'],
    ['inner hyphen joins', 'skicka e-po[st] nu', 'skicka [e-post] nu'],
    ['inner hyphen across', 'Anna-[Ka]rin sa', '[Anna-Karin] sa'],
    [
      'hyphen before a space does not join',
      'kompetens[- och] utveckling',
      'kompetens- [och] utveckling',
    ],
    ['hyphen at a word end is trimmed', 'kompe[tens- ]och', '[kompetens]- och'],
    ['inner apostrophe ’ joins', 'Bil[l’s] bil', '[Bill’s] bil'],
    ["inner apostrophe ' joins", "O[']Brien sa", "[O'Brien] sa"],
    ['quotes around a word are trimmed', 'hon sa [’ja’] då', 'hon sa ’[ja]’ då'],
    ['decimal comma joins digits', 'det var 34,[2] %', 'det var [34,2] %'],
    ['a list comma does not', '[1, 2] och 3', '[1, 2] och 3'],
    ['time with a colon', 'kl. 1[2]:30', 'kl. [12:30]'],
    [
      'across a paragraph break',
      'Vi har lok[aler.\nDe är gam]la',
      'Vi har [lokaler.\nDe är gamla]',
    ],
    ['ending on a paragraph break', 'Vi har [lokaler.\n]De', 'Vi har [lokaler].\nDe'],
    ['emoji before the selection', '😀 Vi har [lok]aler', '😀 Vi har [lokaler]'],
    ['emoji right before a word', '😀[Hej]', '😀[Hej]'],
    ['emoji selected at the start', '[😀 Hej] då', '😀 [Hej] då'],
    ['emoji inside the selection', '[Hej 😀 d]å', '[Hej 😀 då]'],
    ['emoji selected at the end', '[Hej 😀]', '[Hej] 😀'],
    ['heart with variation selector', '[Bra ❤️]', '[Bra] ❤️'],
    ['letter outside the BMP', 'x 𝐀[𝐁]𝐂 y', 'x [𝐀𝐁𝐂] y'],
    ['combining diaeresis', 'L[a]\u0308mpliga', '[La\u0308mpliga]'],
    ['combining mark after the cut', 'L[a]\u0308', '[La\u0308]'],
    ['speaker label and speech', '[I: He]j', '[I: Hej]'],
    ['collapsed between words', 'Vi [] har', null],
    ['collapsed inside a word', 'lo[]kaler', null],
    ['whitespace only', 'Vi[   ]har', null],
    ['punctuation only', 'Nej[ ... ]ja', null],
    ['a newline only', 'Ja.[\n]Nej', null],
    ['emoji only', 'Ja [😀] nej', null],
  ])('%s', (_name, input, expected) => {
    expect(snapMarked(input)).toBe(expected);
  });

  it.each<[string, string, number, number, TextRange | null]>([
    ['start in the middle of a pair', '😀Hej', 1, 5, { start: 2, end: 5 }],
    ['end in the middle of a pair', 'Hej 😀', 0, 5, { start: 0, end: 3 }],
    ['both ends inside one pair', '😀', 1, 1, null],
    ['letter pair cut in half', '𝐀𝐁', 1, 3, { start: 0, end: 4 }],
    ['backwards selection', 'Vi har lokaler', 9, 4, { start: 3, end: 14 }],
    ['offsets past the text', 'Vi har', -5, 1000, { start: 0, end: 6 }],
    ['empty text', '', 0, 0, null],
    ['selection at the very end', 'Vi har', 6, 6, null],
  ])('%s', (_name, text, start, end, expected) => {
    expect(snapToWords(text, start, end)).toEqual(expected);
  });
});

const r = (start: number, end: number): TextRange => ({ start, end });

describe('overlaps', () => {
  it.each<[string, TextRange, TextRange, boolean]>([
    ['touching does not overlap', r(0, 5), r(5, 9), false],
    ['one shared character', r(0, 5), r(4, 9), true],
    ['nested', r(0, 10), r(3, 4), true],
    ['identical', r(2, 6), r(2, 6), true],
    ['disjoint', r(0, 2), r(7, 9), false],
    ['an empty range overlaps nothing', r(3, 3), r(0, 10), false],
    ['same start', r(0, 1), r(0, 9), true],
  ])('%s', (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('contains', () => {
  it.each<[string, TextRange, TextRange | number, boolean]>([
    ['itself', r(2, 6), r(2, 6), true],
    ['a nested range', r(0, 10), r(3, 4), true],
    ['a range running past the end', r(0, 5), r(3, 6), false],
    ['a range starting before', r(2, 5), r(1, 3), false],
    ['an empty range at its end', r(0, 5), r(5, 5), true],
    ['its first offset', r(2, 6), 2, true],
    ['its end offset (exclusive)', r(2, 6), 6, false],
    ['the offset before it', r(2, 6), 1, false],
  ])('%s', (_name, outer, inner, expected) => {
    expect(contains(outer, inner)).toBe(expected);
  });
});

describe('clamp', () => {
  it.each<[string, TextRange, number, TextRange]>([
    ['inside', r(2, 5), 10, r(2, 5)],
    ['past the end', r(8, 20), 10, r(8, 10)],
    ['before the start', r(-3, 4), 10, r(0, 4)],
    ['wholly past the end', r(12, 20), 10, r(10, 10)],
    ['inverted collapses at its start', r(6, 2), 10, r(6, 6)],
    ['empty text', r(2, 5), 0, r(0, 0)],
  ])('%s', (_name, range, length, expected) => {
    expect(clamp(range, length)).toEqual(expected);
  });
});

describe('mergeRanges', () => {
  it.each<[string, TextRange[], TextRange[]]>([
    ['nothing', [], []],
    ['one', [r(2, 4)], [r(2, 4)]],
    ['unsorted, disjoint', [r(7, 9), r(0, 2)], [r(0, 2), r(7, 9)]],
    ['overlapping', [r(0, 5), r(3, 8)], [r(0, 8)]],
    ['touching', [r(5, 9), r(0, 5)], [r(0, 9)]],
    ['nested', [r(0, 10), r(2, 3), r(4, 6)], [r(0, 10)]],
    ['a chain', [r(6, 8), r(0, 2), r(2, 4), r(3, 6), r(10, 11)], [r(0, 8), r(10, 11)]],
    ['empty ranges dropped', [r(3, 3), r(5, 6)], [r(5, 6)]],
  ])('%s', (_name, ranges, expected) => {
    const before = JSON.stringify(ranges);
    expect(mergeRanges(ranges)).toEqual(expected);
    expect(JSON.stringify(ranges)).toBe(before);
  });
});

describe('rangeInBlock', () => {
  // "I: Hej.\nHur är lokalerna?\nB: Trånga." with turns I (paragraphs 0-1) and B (paragraph 2).
  const { text, paragraphs } = doc('I: Hej.', 'Hur är lokalerna?', 'B: Trånga.');
  const blocks = toBlocks({
    paragraphs,
    turns: [
      { start: 0, labelEnd: 3, end: paragraphs[1]?.end ?? 0, speakerId: 1 },
      {
        start: paragraphs[2]?.start ?? 0,
        labelEnd: (paragraphs[2]?.start ?? 0) + 3,
        end: text.length,
        speakerId: 2,
      },
    ],
  });
  const at = (s: string): TextRange => {
    const start = text.indexOf(s);
    return r(start, start + s.length);
  };
  const cut = (range: TextRange, block: number): string | null => {
    const b = blocks[block];
    if (b === undefined) throw new Error(`no block ${block}`);
    const part = rangeInBlock(range, b);
    return part === null ? null : text.slice(part.start, part.end);
  };

  it.each<[string, TextRange, (string | null)[]]>([
    ['within one paragraph', at('lokalerna'), [null, 'lokalerna', null]],
    ['across a paragraph break', at('Hej.\nHur är'), ['Hej.', 'Hur är', null]],
    ['over a speaker label', at('I: Hej'), ['Hej', null, null]],
    ['across a turn into its label', at('lokalerna?\nB: Trå'), [null, 'lokalerna?', 'Trå']],
    ['only the newline between paragraphs', at('\n'), [null, null, null]],
    ['everything', r(0, text.length), ['Hej.', 'Hur är lokalerna?', 'Trånga.']],
    ['only a speaker label', r(0, 3), [null, null, null]],
  ])('%s', (_name, range, expected) => {
    expect(blocks.map((_, i) => cut(range, i))).toEqual(expected);
  });
});
