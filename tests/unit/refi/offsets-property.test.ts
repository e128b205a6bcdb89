// Positions at the REFI-QDA boundary, tried on thousands of random texts (seeded, so a failure
// repeats): emoji and ZWJ sequences, combining marks in NFD, Hangul jamo, CR LF and lone CR, U+FEFF.
// Import: every selection lands on the text it covered, normalised as Kvalkod stores it. Export:
// UTF-16 offsets -> code points -> back through the import gives the same offsets.
import { describe, expect, it } from 'vitest';
import { normaliseSourceText, OffsetIndex, selectionRange } from '../../../shared/refi/offsets';

const PIECES = [
  'a',
  'Å',
  'ö',
  ' ',
  '.',
  'A\u030A',
  'o\u0308',
  'e\u0301\u0323',
  'q\u0301',
  '\u0301',
  '\u212B',
  '😀',
  '👩‍👧',
  '🇸🇪',
  '\u1100',
  '\u1161',
  '\u11A8',
  '\r\n',
  '\r',
  '\n',
  '\uFEFF',
  'ﬁ',
];

/** mulberry32: a small seeded generator, so that a failing case can be run again. */
function random(seed: number) {
  let a = seed;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const codePoints = (s: string) => Array.from(s);
const kvalkodForm = (s: string) => s.replace(/\r\n?/g, '\n').normalize('NFC');
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Code-point ranges of the characters (graphemes) that NFC changes. */
function changedGraphemes(body: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const { segment } of segmenter.segment(body)) {
    const n = codePoints(segment).length;
    if (segment.normalize('NFC') !== segment) out.push([at, at + n]);
    at += n;
  }
  return out;
}

describe('positions on random texts', () => {
  it('import: the text is Kvalkod’s form and each selection covers what it covered in the file', () => {
    const rnd = random(20260601);
    for (let round = 0; round < 3000; round++) {
      const body = Array.from({ length: rnd(14) }, () => PIECES[rnd(PIECES.length)]).join('');
      const cps = codePoints(body);
      const n = normaliseSourceText(body);
      expect(n.text).toBe(kvalkodForm(body));
      expect(n.map.length).toBe(cps.length + 1);
      expect(n.map[cps.length]).toBe(n.text.length);
      for (let i = 1; i < n.map.length; i++)
        expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1] ?? 0);

      const s = rnd(cps.length + 1);
      const e = s + rnd(cps.length - s + 1);
      // Between CR and LF is a place the normalised text does not have (it lands on the LF).
      const betweenCrLf = (i: number) => cps[i - 1] === '\r' && cps[i] === '\n';
      if (s === e || betweenCrLf(s) || betweenCrLf(e)) continue;
      // A selection that cuts into a character NFC changes takes all of that character.
      let from = s;
      let to = e;
      for (const [gs, ge] of changedGraphemes(body)) {
        if (gs < from && from < ge) from = gs;
        if (gs < to && to < ge) to = ge;
      }
      const range = selectionRange(n, s, e);
      const covered = n.text.slice(range.start, range.end);
      expect(
        covered,
        JSON.stringify({ body: cps.map((c) => c.codePointAt(0)?.toString(16)), s, e }),
      ).toBe(kvalkodForm(cps.slice(from, to).join('')));
    }
  });

  it('export then import gives back every UTF-16 offset that does not split a character', () => {
    const rnd = random(7);
    for (let round = 0; round < 2000; round++) {
      const text = kvalkodForm(
        Array.from({ length: rnd(16) }, () => PIECES[rnd(PIECES.length)]).join(''),
      );
      const index = new OffsetIndex(text);
      const back = normaliseSourceText(text);
      expect(back.text).toBe(text);
      for (let unit = 0; unit <= text.length; unit++) {
        const cp = index.toCodePoint(unit);
        const splitsPair = /[\uDC00-\uDFFF]/.test(text[unit] ?? '');
        expect(cp === null, `${JSON.stringify(text)} at ${unit}`).toBe(splitsPair);
        if (cp !== null) expect(back.map[cp]).toBe(unit);
      }
    }
  });
});
