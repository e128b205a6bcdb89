import { describe, expect, it } from 'vitest';
import {
  chooseAll,
  chooseDocument,
  chosenIn,
  countChosen,
  isChosen,
  NOTHING_CHOSEN,
  toggleHit,
  type HitChoice,
} from '../../../../shared/coding/hit-choice';

const DOCS = [
  { documentId: 1, hits: 3 },
  { documentId: 2, hits: 1000 },
  { documentId: 3, hits: 2 },
];
const hit = (documentId: number, start: number) => ({ documentId, start, end: start + 4 });

type Step = (c: HitChoice) => HitChoice;
const steps: [string, Step[], number, [number, number, boolean][]][] = [
  ['nothing chosen', [], 0, [[1, 0, false]]],
  ['all', [() => chooseAll(true)], 1005, [[2, 500, true]]],
  [
    'all but one hit',
    [() => chooseAll(true), (c) => toggleHit(c, hit(2, 8))],
    1004,
    [
      [2, 8, false],
      [2, 12, true],
    ],
  ],
  [
    'one hit',
    [(c) => toggleHit(c, hit(3, 0))],
    1,
    [
      [3, 0, true],
      [3, 10, false],
    ],
  ],
  [
    'a hit ticked twice is as before',
    [(c) => toggleHit(c, hit(3, 0)), (c) => toggleHit(c, hit(3, 0))],
    0,
    [],
  ],
  [
    'one document',
    [(c) => chooseDocument(c, 2, true)],
    1000,
    [
      [2, 4, true],
      [1, 4, false],
    ],
  ],
  [
    'one document but one hit',
    [(c) => chooseDocument(c, 2, true), (c) => toggleHit(c, hit(2, 4))],
    999,
    [[2, 4, false]],
  ],
  [
    'all but one document',
    [() => chooseAll(true), (c) => chooseDocument(c, 2, false)],
    5,
    [
      [2, 4, false],
      [1, 4, true],
    ],
  ],
  [
    'a document chosen again forgets its single hits',
    [
      (c) => toggleHit(c, hit(1, 0)),
      (c) => chooseDocument(c, 1, true),
      (c) => chooseDocument(c, 1, false),
    ],
    0,
    [[1, 0, false]],
  ],
  [
    'choosing all forgets every exception',
    [(c) => toggleHit(c, hit(1, 0)), () => chooseAll(false)],
    0,
    [],
  ],
];

describe('hit choice', () => {
  it.each(steps)('%s', (_name, actions, count, probes) => {
    const choice = actions.reduce((c, f) => f(c), NOTHING_CHOSEN);
    expect(countChosen(choice, DOCS)).toBe(count);
    for (const [doc, start, chosen] of probes)
      expect(isChosen(choice, hit(doc, start))).toBe(chosen);
    // The per-document counts add up to the whole.
    expect(DOCS.reduce((n, d) => n + chosenIn(choice, d.documentId, d.hits), 0)).toBe(count);
  });

  it('keeps only the exceptions, so all but a few of many hits stays small', () => {
    let choice = chooseAll(true);
    for (let i = 0; i < 3; i++) choice = toggleHit(choice, hit(2, i * 10));
    expect(choice.hits).toHaveLength(3);
    expect(choice.documents).toEqual([]);
  });
});
