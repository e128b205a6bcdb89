import { describe, expect, it } from 'vitest';
import {
  captionText,
  flatHeading,
  leafPlain,
  leafText,
  tableLayout,
  tableNotes,
} from '../../../shared/tables/layout';
import { localizeTable } from '../../../shared/tables/words';
import { CROSS, ONE_WAY, RANKED } from './fixtures';

describe('captionText', () => {
  it.each([
    ['Områden', 2, 'sv', 'Tabell 2. Områden'],
    ['Areas', 2, 'en', 'Table 2. Areas'],
    ['  ', 4, 'sv', 'Tabell 4.'],
    ['Tabell 3: Längst', 1, 'sv', 'Tabell 3: Längst'],
    ['table 7 by role', 1, 'en', 'table 7 by role'],
    ['Tabellen', 1, 'sv', 'Tabell 1. Tabellen'],
    ['Områden', null, 'sv', 'Områden'],
  ] as const)('%j numbered %s in %s is %j', (title, n, lang, caption) =>
    expect(captionText(title, n, lang)).toBe(caption),
  );
});

describe('tableLayout', () => {
  it('gives each percent column a count and a percent under one heading', () => {
    const layout = tableLayout(CROSS, 'sv', 1);
    expect(layout.split).toBe(true);
    expect(layout.leaves.map((l) => [l.column, l.part, l.sub])).toEqual([
      [0, 'n', 'Antal'],
      [0, 'pct', '% av kolumn'],
      [1, 'n', 'Antal'],
      [1, 'pct', '% av kolumn'],
      [2, 'n', 'Antal'],
      [2, 'pct', '% av kolumn'],
    ]);
    expect(layout.leaves.map((l) => l.kind)).toEqual([
      'value',
      'value',
      'value',
      'value',
      'total',
      'total',
    ]);
    expect(layout.corner).toBe('Områden');
  });

  it('prints a percent of the base as "Procent" and leaves out percents a column does not have', () => {
    const layout = tableLayout(RANKED, 'sv', 2);
    expect(layout.leaves.filter((l) => l.column === 3).map((l) => l.part)).toEqual(['n']);
    expect(layout.leaves.filter((l) => l.column === 4).map((l) => l.sub)).toEqual([
      'Antal',
      'Procent',
    ]);
    expect(tableLayout(RANKED, 'en', 2).leaves[1]?.sub).toBe('Percent');
  });

  it('has one header row, and no bold column, for a one-way count', () => {
    const layout = tableLayout(ONE_WAY, 'sv', 3);
    expect(layout.split).toBe(false);
    expect(layout.leaves).toEqual([
      {
        column: 0,
        part: 'n',
        label: 'Antal avsnitt',
        sub: 'Antal',
        kind: 'value',
        block: null,
        blockStart: false,
      },
    ]);
    expect(layout.caption).toBe('Tabell 3.');
  });

  it('keeps an empty column in step with its neighbours', () => {
    const empty = {
      ...CROSS,
      rows: CROSS.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c, i) => (i === 1 ? { n: 0, pct: null } : c)),
      })),
    };
    expect(tableLayout(empty, 'sv', 1).leaves.filter((l) => l.column === 1)).toHaveLength(2);
  });

  it.each(['sv', 'en'] as const)('labels total and none rows in %s, once only', (lang) => {
    const rows = tableLayout(RANKED, lang, 1).rows.map((r) => r.label);
    const twice = tableLayout(localizeTable(RANKED, lang), lang, 1).rows.map((r) => r.label);
    expect(rows.slice(-2)).toEqual(lang === 'sv' ? ['Ej svar', 'Total'] : ['No answer', 'Total']);
    expect(twice).toEqual(rows);
  });
});

describe('tableNotes', () => {
  it('starts with the base, written like the counts, then the table notes', () => {
    expect(tableNotes(ONE_WAY, 'sv')).toEqual(['Bas: n = 12\u00a0352 avsnitt.']);
    expect(tableNotes(ONE_WAY, 'en')).toEqual(['Base: n = 12,352 passages.']);
    expect(tableNotes(CROSS, 'sv')).toEqual([
      'Bas: n = 41 intervjuer.',
      'Urval: Grupp = Chefer.',
      'Flersvar: en enhet kan räknas i flera rader, så raderna kan summera till mer än totalen.',
    ]);
  });
});

describe('cell texts', () => {
  const cell = { n: 12_345, pct: 34.25 };
  it.each([
    ['n', 'sv', '12\u00a0345'],
    ['n', 'en', '12,345'],
    ['pct', 'sv', '34,3'],
    ['pct', 'en', '34.3'],
  ] as const)('leafText %s in %s', (part, lang, text) =>
    expect(leafText(cell, part, lang)).toBe(text),
  );
  it.each([
    ['n', ',', '12345'],
    ['pct', ',', '34,3'],
    ['pct', '.', '34.3'],
  ] as const)('leafPlain %s with %j', (part, mark, text) =>
    expect(leafPlain(cell, part, mark)).toBe(text),
  );
  it('is empty for a percent without a base', () => {
    expect(leafText({ n: 0, pct: null }, 'pct', 'sv')).toBe('');
    expect(leafPlain({ n: 0, pct: null }, 'pct', ',')).toBe('');
    expect(leafText(undefined, 'n', 'sv')).toBe('');
  });
  it('flattens a heading for one-line formats', () => {
    const [leaf] = tableLayout(CROSS, 'sv', 1).leaves;
    if (!leaf) throw new Error('no leaf');
    expect(flatHeading(leaf, true)).toBe('Kommit längst (Antal)');
    expect(flatHeading(leaf, false)).toBe('Kommit längst');
  });
});
