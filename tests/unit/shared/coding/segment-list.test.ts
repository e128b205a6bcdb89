import { describe, expect, it } from 'vitest';
import { countsAfter, withSegment } from '../../../../shared/coding/segment-list';
import type { Segment } from '../../../../shared/coding/types';

const seg = (id: number, start: number, end: number, codes: number[] = []): Segment => ({
  id,
  documentId: 1,
  start,
  end,
  coder: null,
  memo: '',
  codes: codes.map((c) => ({ id: c, name: String(c), number: null, color: '#000000' })),
  createdAt: '',
  updatedAt: '',
});
const ids = (list: Segment[]) => list.map((s) => s.id);

describe('withSegment', () => {
  const list = [seg(1, 0, 5), seg(2, 3, 9), seg(3, 3, 12), seg(4, 20, 25)];
  it.each<[string, Segment, number[]]>([
    ['into an empty place at the start', seg(9, 0, 2), [9, 1, 2, 3, 4]],
    ['between by start', seg(9, 10, 11), [1, 2, 3, 9, 4]],
    ['same start, ordered by end', seg(9, 3, 10), [1, 2, 9, 3, 4]],
    ['same range, ordered by id', seg(9, 3, 9), [1, 2, 9, 3, 4]],
    ['at the end', seg(9, 30, 31), [1, 2, 3, 4, 9]],
    ['replacing its old self, moved', seg(2, 21, 22), [1, 3, 4, 2]],
  ])('%s', (_name, segment, order) => {
    const out = withSegment(list, segment);
    expect(ids(out)).toEqual(order);
    expect(out.find((s) => s.id === segment.id)).toBe(segment);
    expect(ids(list)).toEqual([1, 2, 3, 4]); // the list it was given is unchanged
  });
  it('into an empty list', () => {
    expect(ids(withSegment([], seg(5, 1, 2)))).toEqual([5]);
  });
});

describe('countsAfter', () => {
  it.each<[string, Record<number, number>, number[], number[], Record<number, number>]>([
    ['a new passage', { 3: 2 }, [], [3, 7], { 3: 3, 7: 1 }],
    ['a code added', { 3: 2, 7: 1 }, [3], [3, 7], { 3: 2, 7: 2 }],
    ['a code taken off', { 3: 2, 7: 1 }, [3, 7], [3], { 3: 2, 7: 0 }],
    ['never below zero', {}, [4], [], { 4: 0 }],
  ])('%s', (_name, counts, was, now, expected) => {
    expect(countsAfter(counts, was, now)).toEqual(expected);
  });
});
