import { describe, expect, it } from 'vitest';
import { decodeParagraphs, encodeParagraphs } from '../../../../shared/documents/paragraph-codec';
import type { Paragraph } from '../../../../shared/transcript/types';

const p = (start: number, end: number, kind: Paragraph['kind'] = 'paragraph'): Paragraph => ({
  start,
  end,
  kind,
});

describe('paragraph codec', () => {
  it.each<[string, Paragraph[], string]>([
    ['none', [], ''],
    ['one at the start', [p(0, 5)], 'p5'],
    [
      'separated by one newline',
      [p(0, 42, 'heading'), p(43, 121), p(122, 139, 'table-row')],
      'h42 p78 t17',
    ],
    ['a blank line between', [p(0, 3), p(5, 9, 'list-item')], 'p3 l4+2'],
    ['not at the start', [p(4, 6)], 'p2+5'],
    ['an empty paragraph', [p(0, 0), p(1, 4)], 'p0 p3'],
    ['touching (no separator)', [p(0, 3), p(3, 6)], 'p3 p3+0'],
  ])('%s', (_name, paragraphs, encoded) => {
    expect(encodeParagraphs(paragraphs)).toBe(encoded);
    expect(decodeParagraphs(encoded)).toEqual(paragraphs);
  });

  it('reads the JSON of older files', () => {
    const old = [p(0, 42, 'heading'), p(43, 121)];
    expect(decodeParagraphs(JSON.stringify(old))).toEqual(old);
    expect(decodeParagraphs('[]')).toEqual([]);
  });

  it('round-trips random paragraph lists', () => {
    let seed = 12;
    // A small LCG: the same lists every run.
    const int = (lo: number, hi: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return lo + (seed % (hi - lo + 1));
    };
    const kinds = ['paragraph', 'heading', 'table-row', 'list-item'] as const;
    for (let run = 0; run < 200; run++) {
      const list: Paragraph[] = [];
      let at = int(0, 3);
      for (let i = int(0, 30); i > 0; i--) {
        const start = at;
        const end = start + int(0, 500);
        list.push(p(start, end, kinds[int(0, 3)]));
        at = end + int(1, 4);
      }
      expect(decodeParagraphs(encodeParagraphs(list))).toEqual(list);
    }
  });

  it('refuses what it cannot read, naming it', () => {
    expect(() => decodeParagraphs('p3 x4')).toThrow(/"x4"/);
  });
});
