import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../../../shared/documents/blocks';
import type { Turn } from '../../../../shared/documents/types';
import { doc, heading, item, type Line } from '../transcript/fixture';

/** A turn over paragraphs first..last whose label is the first `label` characters. */
type TurnSpec = [first: number, last: number, label: number, speakerId: number | null];
/** Per paragraph: speaker, whether it opens its turn, and where its text starts (from its start). */
type Row = [speakerId: number | null, opensTurn: boolean, textFrom: number];

function run(lines: Line[], specs: TurnSpec[]) {
  const { text, paragraphs } = doc(...lines);
  const turns: Turn[] = specs.map(([first, last, label, speakerId]) => {
    const start = paragraphs[first]?.start ?? -1;
    return { start, labelEnd: start + label, end: paragraphs[last]?.end ?? -1, speakerId };
  });
  return { text, paragraphs, blocks: toBlocks({ paragraphs, turns }) };
}

describe('toBlocks', () => {
  it.each<[string, Line[], TurnSpec[], Row[]]>([
    ['no paragraphs', [], [], []],
    ['no paragraphs, a stray turn', [], [[0, 0, 0, 1]], []],
    [
      'no turns',
      ['Fältanteckningar', 'Inga talare.'],
      [],
      [
        [null, false, 0],
        [null, false, 0],
      ],
    ],
    [
      'text before the first turn',
      ['Intervju 3, HT 2017', 'Närvarande: fem', 'I: Hej.'],
      [[2, 2, 3, 1]],
      [
        [null, false, 0],
        [null, false, 0],
        [1, true, 3],
      ],
    ],
    [
      'a turn over several paragraphs',
      ['I: Fråga?', 'D1: Svar ett.', 'Och mer.', 'Och mer till.', 'I: Tack.'],
      [
        [0, 0, 3, 1],
        [1, 3, 4, 2],
        [4, 4, 3, 1],
      ],
      [
        [1, true, 3],
        [2, true, 4],
        [2, false, 0],
        [2, false, 0],
        [1, true, 3],
      ],
    ],
    [
      'paragraphs after the last turn',
      ['I: Fråga?', 'D1: Svar.', 'Slut på inspelningen', ''],
      [
        [0, 0, 3, 1],
        [1, 1, 4, 2],
      ],
      [
        [1, true, 3],
        [2, true, 4],
        [null, false, 0],
        [null, false, 0],
      ],
    ],
    [
      'a gap between two turns',
      ['I: Fråga?', '[paus]', 'D1: Svar.'],
      [
        [0, 0, 3, 1],
        [2, 2, 4, 2],
      ],
      [
        [1, true, 3],
        [null, false, 0],
        [2, true, 4],
      ],
    ],
    [
      'an empty paragraph inside a turn',
      ['D1: Svar.', '', 'Fortsättning.'],
      [[0, 2, 4, 2]],
      [
        [2, true, 4],
        [2, false, 0],
        [2, false, 0],
      ],
    ],
    [
      'a label alone on its paragraph',
      ['Intervjuare:', 'Välkomna hit.'],
      [[0, 1, 12, 1]],
      [
        [1, true, 12],
        [1, false, 0],
      ],
    ],
    [
      'a turn without a known speaker',
      ['X: Ohörbart.', 'Mer.'],
      [[0, 1, 3, null]],
      [
        [null, true, 3],
        [null, false, 0],
      ],
    ],
  ])('%s', (_, lines, specs, rows) => {
    const { paragraphs, blocks } = run(lines, specs);
    expect(
      blocks.map((b, i): Row => [
        b.speakerId,
        b.opensTurn,
        b.textStart - (paragraphs[i]?.start ?? 0),
      ]),
    ).toEqual(rows);
  });

  it('keeps each paragraph offsets and kind, and starts the text after the label', () => {
    const { text, blocks } = run(
      [heading('Intervju 3'), 'I: Hej och välkommen.', item('D1: Tack, vi är fem.'), 'Och mer.'],
      [
        [1, 1, 3, 7],
        [2, 3, 4, 8],
      ],
    );
    expect(blocks).toEqual([
      { start: 0, end: 10, kind: 'heading', speakerId: null, opensTurn: false, textStart: 0 },
      { start: 11, end: 32, kind: 'paragraph', speakerId: 7, opensTurn: true, textStart: 14 },
      { start: 33, end: 53, kind: 'list-item', speakerId: 8, opensTurn: true, textStart: 37 },
      { start: 54, end: 62, kind: 'paragraph', speakerId: 8, opensTurn: false, textStart: 54 },
    ]);
    expect(blocks.map((b) => text.slice(b.textStart, b.end))).toEqual([
      'Intervju 3',
      'Hej och välkommen.',
      'Tack, vi är fem.',
      'Och mer.',
    ]);
  });
});
