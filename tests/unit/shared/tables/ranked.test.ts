import { describe, expect, it } from 'vitest';
import { computeRankedTable, type RankedAnswer } from '../../../../shared/tables/ranked';
import { localizeTable, noteText } from '../../../../shared/tables/words';
import { AREAS } from '../survey/fixture';

/** Answers from one list per respondent: the area named in each alternative, null for none. */
function answersOf(lists: (number | null)[][]): RankedAnswer[] {
  return lists.flatMap((list, r) =>
    list.flatMap((area, k) => (area === null ? [] : [{ respondent: r + 1, rank: k + 1, area }])),
  );
}

const table = (
  lists: (number | null)[][],
  extra: Partial<Parameters<typeof computeRankedTable>[0]> = {},
) =>
  computeRankedTable({
    title: 'Längst',
    areas: AREAS,
    alternatives: 3,
    respondents: lists.map((_, i) => i + 1),
    answers: answersOf(lists),
    ...extra,
  });

const row = (t: ReturnType<typeof table>, key: string) => t.rows.find((r) => r.key === key);

describe('computeRankedTable', () => {
  // Four respondents: two name three areas, one names only a first, one names nothing.
  const lists = [
    [2, 5, 13],
    [5, 2, null],
    [5, null, null],
    [null, null, null],
  ];
  const t = table(lists);

  it('has a row per area (zero rows kept), then Ej svar and Total, and the contract keys', () => {
    expect(t.rows.map((r) => r.key)).toEqual([
      ...Array.from({ length: 14 }, (_, i) => String(i + 1)),
      'none',
      'total',
    ]);
    expect(t.columns).toEqual([
      { key: '1', label: 'Alternativ 1' },
      { key: '2', label: 'Alternativ 2' },
      { key: '3', label: 'Alternativ 3' },
      { key: 'mentions', label: 'Totalt' },
      { key: 'share', label: 'Andel som nämner' },
    ]);
    expect(row(t, '2')?.label).toBe('2. Introduktionsprogram och mentorskap för nyanställda');
    expect(row(t, 'none')?.label).toBe('Ej svar');
    expect(t.rowKinds.slice(-3)).toEqual(['value', 'none', 'total']);
    expect(t.columnKinds).toEqual(['value', 'value', 'value', 'total', 'value']);
    expect(t).toMatchObject({
      title: 'Längst',
      unit: 'respondents',
      base: 4,
      percent: 'base',
      rowAxis: 'Områden',
      colAxis: 'Alternativ',
    });
  });

  it.each<[string, [number, number | null][]]>([
    // per alternative: count and % of respondents; mentions: % of all mentions; share: % of respondents
    [
      '5',
      [
        [2, 50],
        [1, 25],
        [0, 0],
        [3, 50],
        [3, 75],
      ],
    ],
    [
      '2',
      [
        [1, 25],
        [1, 25],
        [0, 0],
        [2, (2 / 6) * 100],
        [2, 50],
      ],
    ],
    [
      '13',
      [
        [0, 0],
        [0, 0],
        [1, 25],
        [1, (1 / 6) * 100],
        [1, 25],
      ],
    ],
    [
      '1',
      [
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
        [0, 0],
      ],
    ],
    [
      'none',
      [
        [1, 25],
        [2, 50],
        [3, 75],
        [1, null],
        [1, 25],
      ],
    ],
    [
      'total',
      [
        [4, 100],
        [4, 100],
        [4, 100],
        [6, 100],
        [4, 100],
      ],
    ],
  ])('row %s', (key, cells) => {
    expect(row(t, key)?.cells.map((c) => [c.n, c.pct])).toEqual(cells);
  });

  it('adds up: every alternative to the base, the areas to every mention', () => {
    for (let k = 0; k < 3; k++) {
      const sum = t.rows.slice(0, -1).reduce((s, r) => s + (r.cells[k]?.n ?? 0), 0);
      expect(sum).toBe(t.base);
    }
    const mentions = t.rows.slice(0, 14).reduce((s, r) => s + (r.cells[3]?.n ?? 0), 0);
    expect(mentions).toBe(row(t, 'total')?.cells[3]?.n);
    const pct = t.rows.slice(0, 14).reduce((s, r) => s + (r.cells[3]?.pct ?? 0), 0);
    expect(pct).toBeCloseTo(100, 10);
    expect(t.checks).toEqual([]);
    expect(t.notes.map((n) => n.key)).toEqual([
      'base',
      'rankedAlternatives',
      'rankedMentions',
      'rankedShare',
      'multipleResponse',
      'checkOk',
    ]);
    expect(noteText(t.notes[0] ?? { key: '', values: {} }, 'sv')).toBe('Bas: n = 4 respondenter.');
    expect(noteText(t.notes[2] ?? { key: '', values: {} }, 'en')).toContain('all 6 mentions');
  });

  it('says so when the data cannot add up (an answer names an area the codebook lacks)', () => {
    const fewer = table(lists, { areas: AREAS.filter((a) => a.number !== 13) });
    expect(fewer.rows).toHaveLength(15);
    expect(fewer.checks).toEqual([
      { column: '3', expected: 4, found: 3 },
      { column: 'mentions', expected: 6, found: 5 },
    ]);
    expect(
      fewer.notes.filter((n) => n.key === 'checkFailed').map((n) => noteText(n, 'sv')),
    ).toEqual([
      'Kontroll: kolumnen Alternativ 3 summerar till 3 men basen är 4; datan kan inte ge en total som går ihop.',
      'Kontroll: kolumnen Totalt summerar till 5 men basen är 6; datan kan inte ge en total som går ihop.',
    ]);
  });

  it('counts only the respondents given (one group of a split) and names the selection', () => {
    const chefs = table(lists, {
      respondents: [1, 3],
      selection: 'Roll = Chef',
      title: 'Längst – Roll: Chef',
    });
    expect(chefs.base).toBe(2);
    expect(row(chefs, '5')?.cells.map((c) => c.n)).toEqual([1, 1, 0, 2, 2]);
    expect(row(chefs, 'none')?.cells.map((c) => c.n)).toEqual([0, 1, 1, 0, 0]);
    expect(chefs.notes[1]).toEqual({ key: 'filters', values: { text: 'Roll = Chef' } });
  });

  it('gives percents no base when nobody answered', () => {
    const empty = table([]);
    expect(empty.base).toBe(0);
    expect(row(empty, 'total')?.cells.every((c) => c.n === 0 && c.pct === null)).toBe(true);
  });

  it('follows the number of alternatives and is labelled in English on request', () => {
    const two = table([[1, 2]], { alternatives: 2 });
    expect(localizeTable(two, 'en').columns.map((c) => c.label)).toEqual([
      '1st alternative',
      '2nd alternative',
      'Mentions',
      'Share naming it',
    ]);
    expect(localizeTable(two, 'en').rows.at(-2)?.label).toBe('No answer');
  });
});
