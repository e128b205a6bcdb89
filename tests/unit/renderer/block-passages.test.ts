import { describe, expect, it } from 'vitest';
import { stablePassages } from '../../../renderer/components/coding/block-passages';
import type { Segment } from '../../../shared/coding/types';
import type { Block } from '../../../shared/documents/blocks';

const seg = (id: number, start: number, end: number): Segment => ({
  id,
  documentId: 1,
  start,
  end,
  coder: null,
  memo: '',
  codes: [],
  createdAt: '',
  updatedAt: '',
});
const block = (start: number, end: number) => ({ start, end, textStart: start }) as Block;

describe('stablePassages', () => {
  const first = block(0, 10);
  const second = block(10, 20);
  const a = seg(1, 2, 5);
  const b = seg(2, 8, 12);
  const c = seg(3, 15, 18);

  it.each<[string, Block, Segment[], number[]]>([
    ['inside', first, [a, b, c], [1, 2]],
    ['crossing into the next', second, [a, b, c], [2, 3]],
    ['touching the end is not in it', first, [seg(4, 10, 12)], []],
    ['touching the start is not in it', second, [seg(5, 6, 10)], []],
  ])('finds the passages sharing a character with the paragraph: %s', (_n, bl, list, ids) => {
    expect(stablePassages()(bl, list).map((s) => s.id)).toEqual(ids);
  });

  it('gives the same array while the paragraph holds the same passage objects', () => {
    const of = stablePassages();
    const before = of(first, [a, b, c]);
    // A passage coded in the other paragraph: this one's array is the same object.
    expect(of(first, [a, b, c, seg(9, 16, 17)])).toBe(before);
    const withNew = of(first, [a, seg(8, 3, 4), b, c]);
    expect(withNew).not.toBe(before);
    expect(withNew.map((s) => s.id)).toEqual([1, 8, 2]);
    // The same ids as new objects (a passage changed) give a new array too.
    expect(of(first, [{ ...a }, b])).not.toBe(withNew);
  });

  it("keeps another document's paragraphs apart (they are other objects)", () => {
    const of = stablePassages();
    const here = of(first, [a]);
    expect(of(block(0, 10), [a])).not.toBe(here);
    expect(of(first, [a])).toBe(here);
  });
});
