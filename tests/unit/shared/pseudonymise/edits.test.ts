// Offsets after replacements: table-driven cases, then random texts (emoji and all) with random
// replacements of every length, checked against what a reader sees: every passage keeps the words
// it had outside replaced spans, and covers a pseudonym it touched whole.
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checkEdits,
  OffsetMap,
  type Edit,
} from '../../../../shared/pseudonymise/edits';
import { FormMatcher } from '../../../../shared/pseudonymise/matcher';

const TEXT = 'Jag sa till Eva Bergström att vi ses.';
const EVA = { start: 12, end: 25, text: 'Person 1' };

describe('OffsetMap, table-driven', () => {
  it.each([
    // [what, passage start, end, expected start, end, edits]
    ['before the name, untouched', 0, 3, 0, 3, [EVA]],
    ['ending where the name starts', 0, 12, 0, 12, [EVA]],
    ['after the name, shifted by the difference', 26, 36, 21, 31, [EVA]],
    ['starting where the name ends', 25, 29, 20, 24, [EVA]],
    ['exactly the name', 12, 25, 12, 20, [EVA]],
    ['around the name', 4, 29, 4, 24, [EVA]],
    ['starting inside the name: covers the pseudonym whole', 16, 29, 12, 24, [EVA]],
    ['ending inside the name: covers the pseudonym whole', 0, 15, 0, 20, [EVA]],
    ['inside the name only', 13, 14, 12, 20, [EVA]],
    ['a longer replacement', 26, 36, 35, 45, [{ start: 12, end: 15, text: 'Deltagare 12' }]],
    [
      'two replacements, between them',
      4,
      10,
      4,
      10,
      [
        { start: 0, end: 3, text: 'Jag' },
        { start: 12, end: 15, text: 'X' },
      ],
    ],
  ] as [string, number, number, number, number, Edit[]][])('%s', (_, s, e, ns, ne, edits) => {
    checkEdits(edits, TEXT.length);
    const map = new OffsetMap(edits);
    expect(map.range(s, e)).toEqual({ start: ns, end: ne });
  });

  it('refuses overlapping or unordered edits', () => {
    expect(() =>
      checkEdits(
        [
          { start: 5, end: 8, text: 'a' },
          { start: 7, end: 9, text: 'b' },
        ],
        20,
      ),
    ).toThrow(RangeError);
  });
});

/** mulberry32: seeded, so that a failure repeats. */
function random(seed: number) {
  let a = seed;
  return (n: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const WORDS = [
  'och',
  'att',
  'Anna',
  'Eva',
  'Bergström',
  '😀',
  '👩‍👧',
  'ö',
  'å',
  'x',
  'Kalle',
  'ärende',
];
const SEPS = [' ', ' ', ', ', '. ', '\n', ' 😀 '];
const NAMES = ['Anna', 'Eva Bergström', 'Kalle'];
const PSEUDONYMS = ['P', 'Person 1', 'Deltagare 12', '[personnummer]', '😀x'];

describe('OffsetMap, property: random texts and replacements', () => {
  it('every passage keeps its other words and covers touched pseudonyms whole', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = random(seed);
      let text = '';
      const n = 3 + r(40);
      for (let i = 0; i < n; i++)
        text += (WORDS[r(WORDS.length)] ?? '') + (SEPS[r(SEPS.length)] ?? '');
      const forms = NAMES.map((name, i) => ({
        text: name,
        replacement: PSEUDONYMS[(i + seed) % PSEUDONYMS.length] ?? 'P',
        tag: i,
      }));
      const edits = new FormMatcher(forms).find(text);
      checkEdits(edits, text.length);
      const next = applyEdits(text, edits);
      const map = new OffsetMap(edits);
      // Random passages, overlapping each other, at the edges and inside names alike.
      for (let k = 0; k < 30; k++) {
        const a = r(text.length + 1);
        const b = r(text.length + 1);
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        if (end === start) continue;
        const m = map.range(start, end);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(next.length);
        // The passage's text in the copy is the original with its replacements made, widened to
        // whole pseudonyms where it started or ended inside one.
        const inside = edits.filter((e) => e.end > start && e.start < end);
        const from = Math.min(start, inside[0]?.start ?? start);
        const to = Math.max(end, inside[inside.length - 1]?.end ?? end);
        const local = inside.map((e) => ({ ...e, start: e.start - from, end: e.end - from }));
        expect(next.slice(m.start, m.end)).toBe(applyEdits(text.slice(from, to), local));
      }
    }
  });

  it('a text with no replacement keeps every offset', () => {
    const map = new OffsetMap([]);
    expect(map.range(3, 9)).toEqual({ start: 3, end: 9 });
    expect(map.changes).toBe(false);
  });
});
