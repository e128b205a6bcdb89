import { describe, expect, it } from 'vitest';
import {
  countsAfter,
  isProvisional,
  keepProvisional,
  keepUnchanged,
  provisionalSegment,
  withSegment,
  withoutSegment,
} from '../../../../shared/coding/segment-list';
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

describe('keepUnchanged', () => {
  const previous = [seg(1, 0, 5, [3]), seg(2, 3, 9), seg(3, 10, 12, [4])];
  const copy = () => previous.map((s) => structuredClone(s));

  it('gives the previous list itself when the fresh one holds the same passages', () => {
    expect(keepUnchanged(previous, copy())).toBe(previous);
  });

  it.each<[string, (list: Segment[]) => Segment[], number[]]>([
    [
      'a code added to one',
      (l) => l.map((s) => (s.id === 2 ? { ...s, codes: seg(2, 3, 9, [7]).codes } : s)),
      [2],
    ],
    ['one moved', (l) => l.map((s) => (s.id === 3 ? { ...s, end: 13 } : s)), [3]],
    ['a memo written', (l) => l.map((s) => (s.id === 1 ? { ...s, memo: 'obs' } : s)), [1]],
    [
      'a code renamed',
      (l) =>
        l.map((s) =>
          s.id === 3 ? { ...s, codes: s.codes.map((c) => ({ ...c, name: 'ny' })) } : s,
        ),
      [3],
    ],
    ['one added', (l) => [...l, seg(9, 20, 22)], [9]],
  ])(
    '%s: a new list, the changed passages new, the others the same objects',
    (_name, change, fresh) => {
      const next = change(copy());
      const out = keepUnchanged(previous, next);
      expect(out).not.toBe(previous);
      expect(out).toEqual(next);
      for (const s of out) {
        if (fresh.includes(s.id)) expect(s).toBe(next.find((n) => n.id === s.id));
        else expect(s).toBe(previous.find((p) => p.id === s.id));
      }
    },
  );

  it('gives a new list when one was removed or the order changed', () => {
    const removed = keepUnchanged(previous, copy().slice(1));
    expect(removed).not.toBe(previous);
    expect(removed[0]).toBe(previous[1]);
    const reordered = keepUnchanged(previous, copy().reverse());
    expect(ids(reordered)).toEqual([3, 2, 1]);
    expect(reordered[0]).toBe(previous[2]);
  });
});

describe('provisional passages', () => {
  it('are made with a negative id only', () => {
    const shown = provisionalSegment(-1, 4, { start: 2, end: 9 }, 'Anna', seg(0, 0, 0, [3]).codes);
    expect(shown).toMatchObject({ id: -1, documentId: 4, start: 2, end: 9, coder: 'Anna' });
    expect(isProvisional(shown)).toBe(true);
    expect(isProvisional(seg(1, 0, 1))).toBe(false);
    expect(() => provisionalSegment(0, 4, { start: 2, end: 9 }, null, [])).toThrow();
  });

  it('stay in a fresh list from the server, in order, until their save is answered', () => {
    const shown = provisionalSegment(-2, 1, { start: 4, end: 6 }, null, []);
    const current = [seg(1, 0, 5), shown, seg(2, 8, 9)];
    const fresh = [seg(1, 0, 5), seg(2, 8, 9), seg(3, 10, 12)];
    expect(ids(keepProvisional(fresh, current))).toEqual([1, -2, 2, 3]);
    expect(ids(keepProvisional(fresh, [seg(1, 0, 5)]))).toEqual([1, 2, 3]);
    expect(ids(fresh)).toEqual([1, 2, 3]); // the fresh list itself is unchanged
  });

  it('are taken out by id', () => {
    expect(ids(withoutSegment([seg(1, 0, 5), seg(-1, 1, 2)], -1))).toEqual([1]);
  });
});
