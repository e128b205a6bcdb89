import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  compareSegments,
  indexSegments,
  laneCount,
  segmentsInRange,
  type LaneSegment,
} from '../../../../shared/coding/lanes';

type Spec = [id: number, start: number, end: number];
const segs = (specs: Spec[]): LaneSegment<number>[] =>
  specs.map(([id, start, end]) => ({ id, start, end }));

/** Lanes as [id, lane] pairs in id order, easy to read in a table. */
function lanesOf(specs: Spec[]): [number, number][] {
  return [...assignLanes(segs(specs)).entries()].sort((a, b) => a[0] - b[0]);
}

/** A small deterministic generator (mulberry32), so random cases repeat exactly. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSegments(seed: number, count: number, textLength: number): LaneSegment<number>[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const start = Math.floor(next() * textLength);
    const length = 1 + Math.floor(next() * next() * 2_000);
    return {
      id: i + 1,
      start,
      end: Math.min(textLength, start + length),
    };
  });
}

describe('assignLanes', () => {
  it.each<[string, Spec[], [number, number][], number]>([
    ['nothing coded', [], [], 0],
    ['one passage', [[1, 3, 9]], [[1, 0]], 1],
    [
      'three overlapping -> three lanes',
      [
        [1, 0, 10],
        [2, 2, 12],
        [3, 4, 14],
      ],
      [
        [1, 0],
        [2, 1],
        [3, 2],
      ],
      3,
    ],
    [
      'touching [0,5) and [5,9) share a lane',
      [
        [1, 0, 5],
        [2, 5, 9],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      1,
    ],
    [
      'nested: two inner passages side by side with the outer one',
      [
        [1, 0, 20],
        [2, 2, 6],
        [3, 8, 12],
      ],
      [
        [1, 0],
        [2, 1],
        [3, 1],
      ],
      2,
    ],
    [
      'deeply nested',
      [
        [3, 4, 6],
        [2, 2, 8],
        [1, 0, 10],
      ],
      [
        [1, 0],
        [2, 1],
        [3, 2],
      ],
      3,
    ],
    [
      'a freed lane is reused, the lowest first',
      [
        [1, 0, 4],
        [2, 1, 9],
        [3, 2, 5],
        [4, 6, 8],
      ],
      [
        [1, 0],
        [2, 1],
        [3, 2],
        [4, 0],
      ],
      3,
    ],
    [
      'same start: the longer passage takes the lower lane',
      [
        [1, 0, 4],
        [2, 0, 9],
      ],
      [
        [1, 1],
        [2, 0],
      ],
      2,
    ],
    [
      'same start and end: the lower id takes the lower lane',
      [
        [7, 3, 8],
        [5, 3, 8],
      ],
      [
        [5, 0],
        [7, 1],
      ],
      2,
    ],
  ])('%s', (_name, specs, expected, count) => {
    expect(lanesOf(specs)).toEqual(expected);
    expect(laneCount(assignLanes(segs(specs)))).toBe(count);
  });

  it('gives the same lanes whatever the input order', () => {
    const all = randomSegments(7, 60, 3_000);
    const shuffled = [...all].sort((a, b) => ((a.id * 7919) % 61) - ((b.id * 7919) % 61));
    expect([...assignLanes(shuffled)].sort((a, b) => a[0] - b[0])).toEqual(
      [...assignLanes(all)].sort((a, b) => a[0] - b[0]),
    );
  });

  it('takes string ids, e.g. one stripe per code of a passage', () => {
    const lanes = assignLanes([
      { id: '12:3', start: 0, end: 10 },
      { id: '12:1', start: 0, end: 10 },
      { id: '13:1', start: 10, end: 20 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ '12:1': 0, '12:3': 1, '13:1': 0 });
  });

  it.each([1, 2, 3, 4, 5])(
    'random case %i: overlapping passages never share a lane, and lanes = deepest overlap',
    (seed) => {
      const all = randomSegments(seed, 200, 20_000);
      const lanes = assignLanes(all);
      for (const a of all) {
        for (const b of all) {
          if (a.id < b.id && a.start < b.end && b.start < a.end) {
            expect(lanes.get(a.id)).not.toBe(lanes.get(b.id));
          }
        }
      }
      // The most passages over any one character: no colouring can use fewer lanes.
      const edges = all.flatMap((s) => [
        [s.start, 1],
        [s.end, -1],
      ]);
      edges.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
      let depth = 0;
      let deepest = 0;
      for (const [, step] of edges) {
        depth += step ?? 0;
        deepest = Math.max(deepest, depth);
      }
      expect(laneCount(lanes)).toBe(deepest);
    },
  );
});

describe('segmentsInRange', () => {
  const specs: Spec[] = [
    [1, 0, 100], // one long passage over everything
    [2, 5, 9],
    [3, 10, 20],
    [4, 10, 12],
    [5, 20, 30],
    [6, 40, 45],
  ];
  const index = indexSegments(segs(specs));

  it.each<[string, number, number, number[]]>([
    ['a range inside the long passage only', 32, 38, [1]],
    ['touching ends are not overlaps', 9, 10, [1]],
    ['a range over several, in margin order', 8, 21, [1, 2, 3, 4, 5]],
    ['a range ending where one starts', 30, 40, [1]],
    ['past every passage', 100, 200, []],
    ['before every passage', -10, 0, []],
    ['an empty range', 12, 12, []],
  ])('%s', (_name, start, end, ids) => {
    expect(segmentsInRange(index, start, end).map((s) => s.id)).toEqual(ids);
  });

  it('keeps the segments in margin order and the running maximum of their ends', () => {
    const shuffled = indexSegments(segs([...specs].reverse()));
    // Same start 10: the longer [10,20) before [10,12).
    expect(shuffled.segments.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffled.maxEnd).toEqual([100, 100, 100, 100, 100, 100]);
    expect(
      indexSegments(
        segs([
          [1, 0, 5],
          [2, 3, 4],
          [3, 4, 9],
        ]),
      ).maxEnd,
    ).toEqual([5, 5, 9]);
  });

  it('matches a plain scan for 500 passages over 2,000 paragraphs', () => {
    const textLength = 200_000;
    const all = randomSegments(42, 500, textLength);
    const big = indexSegments(all);
    const sorted = [...all].sort(compareSegments);
    const step = textLength / 2_000;
    let seen = 0;
    for (let p = 0; p < 2_000; p++) {
      const start = Math.round(p * step);
      const end = Math.round((p + 1) * step) - 1; // a '\n' between paragraphs
      const expected = sorted.filter((s) => s.start < end && start < s.end).map((s) => s.id);
      const found = segmentsInRange(big, start, end).map((s) => s.id);
      expect(found).toEqual(expected);
      seen += found.length;
    }
    expect(seen).toBeGreaterThan(2_000); // the case is not trivially empty
  });
});
