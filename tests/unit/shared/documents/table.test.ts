import { describe, expect, it } from 'vitest';
import {
  sortAndFilter,
  valueText,
  type DocumentFilter,
  type SortKey,
} from '../../../../shared/documents/table';
import type { AttributeValues, DocumentSummary } from '../../../../shared/documents/types';

function doc(
  name: string,
  words: number,
  speakers: number,
  codings: number,
  attributes: AttributeValues = {},
): DocumentSummary {
  return {
    id: words,
    name,
    kind: 'transcript',
    chars: words * 6,
    words,
    sourceName: `${name}.docx`,
    sourceFormat: 'docx',
    importedAt: '2024-01-01T00:00:00Z',
    speakers: Array.from({ length: speakers }, (_, i) => ({
      id: i + 1,
      label: `D${i + 1}`,
      role: 'participant' as const,
      turns: 1,
    })),
    attributes,
    codings,
  };
}

const DOCS = [
  doc('Intervju 10', 500, 3, 7, {
    Grupp: 'Chefer',
    Längd: '62',
    Verksamhetsområden: ['BOU', 'Ek'],
  }),
  doc('Östra Göteborg', 300, 5, 0, { Grupp: 'Medarbetare', Längd: '7.5', Ort: 'Österleden' }),
  doc('Intervju 2', 100, 2, 12, { Grupp: 'Chefer', Verksamhetsområden: ['Äldre'] }),
  doc('Askim', 400, 4, 3, { Längd: '7.25', Verksamhetsområden: [] }),
  doc('Ängered', 200, 1, 5, { Grupp: 'Medarbetare', Längd: '-1' }),
  doc('zeta', 600, 6, 1, { Grupp: 'Ek-chefer', Längd: '45' }),
];

const BY_NAME = ['Askim', 'Intervju 2', 'Intervju 10', 'zeta', 'Ängered', 'Östra Göteborg'];
const NO_FILTER: DocumentFilter = { text: '', attributes: {} };

function names(key: SortKey, descending: boolean, filter: DocumentFilter = NO_FILTER): string[] {
  return sortAndFilter(DOCS, { key, descending }, filter).map((d) => d.name);
}

describe('sortAndFilter sorts', () => {
  it.each<[SortKey, string[]]>([
    [{ kind: 'name' }, BY_NAME],
    [
      { kind: 'words' },
      ['Intervju 2', 'Ängered', 'Östra Göteborg', 'Askim', 'Intervju 10', 'zeta'],
    ],
    [
      { kind: 'speakers' },
      ['Ängered', 'Intervju 2', 'Intervju 10', 'Askim', 'Östra Göteborg', 'zeta'],
    ],
    [
      { kind: 'codings' },
      ['Östra Göteborg', 'zeta', 'Askim', 'Ängered', 'Intervju 10', 'Intervju 2'],
    ],
  ])('%j ascending and descending', (key, ascending) => {
    expect(names(key, false)).toEqual(ascending);
    expect(names(key, true)).toEqual([...ascending].reverse());
  });

  it.each<[string, boolean, string[]]>([
    ['Grupp', false, ['Intervju 2', 'Intervju 10', 'zeta', 'Ängered', 'Östra Göteborg', 'Askim']],
    ['Grupp', true, ['Ängered', 'Östra Göteborg', 'zeta', 'Intervju 2', 'Intervju 10', 'Askim']],
    [
      'Verksamhetsområden',
      false,
      ['Intervju 10', 'Intervju 2', 'Askim', 'zeta', 'Ängered', 'Östra Göteborg'],
    ],
    [
      'Verksamhetsområden',
      true,
      ['Intervju 2', 'Intervju 10', 'Askim', 'zeta', 'Ängered', 'Östra Göteborg'],
    ],
    // Numbers as numbers: the collator alone puts 7.5 before 7.25 and ignores the minus.
    ['Längd', false, ['Ängered', 'Askim', 'Östra Göteborg', 'zeta', 'Intervju 10', 'Intervju 2']],
    ['Längd', true, ['Intervju 10', 'zeta', 'Östra Göteborg', 'Askim', 'Ängered', 'Intervju 2']],
    ['Ort', false, ['Östra Göteborg', 'Askim', 'Intervju 2', 'Intervju 10', 'zeta', 'Ängered']],
    ['Ort', true, ['Östra Göteborg', 'Askim', 'Intervju 2', 'Intervju 10', 'zeta', 'Ängered']],
  ])('by %s (descending: %s), missing values last, ties by name', (name, descending, expected) => {
    expect(names({ kind: 'attribute', name }, descending)).toEqual(expected);
  });

  it('puts å, ä, ö after z and reads numbers in names as numbers', () => {
    const local = ['Ö', 'z', 'Å', 'a', 'Ä', 'Intervju 10', 'Intervju 2', 'Intervju 1'].map((n) =>
      doc(n, 1, 0, 0),
    );
    const sorted = sortAndFilter(local, { key: { kind: 'name' }, descending: false }, NO_FILTER);
    expect(sorted.map((d) => d.name)).toEqual([
      'a',
      'Intervju 1',
      'Intervju 2',
      'Intervju 10',
      'z',
      'Å',
      'Ä',
      'Ö',
    ]);
  });

  it('does not change the list it was given', () => {
    const before = DOCS.map((d) => d.name);
    names({ kind: 'words' }, true);
    expect(DOCS.map((d) => d.name)).toEqual(before);
  });
});

describe('sortAndFilter filters', () => {
  it.each<[DocumentFilter, string[]]>([
    [{ text: 'intervju', attributes: {} }, ['Intervju 2', 'Intervju 10']],
    [{ text: '  ÖSTRA ', attributes: {} }, ['Östra Göteborg']],
    [{ text: 'chefer', attributes: {} }, ['Intervju 2', 'Intervju 10', 'zeta']],
    [{ text: 'österled', attributes: {} }, ['Östra Göteborg']],
    [{ text: 'äldre', attributes: {} }, ['Intervju 2']],
    [{ text: '7.2', attributes: {} }, ['Askim']],
    [{ text: 'saknas', attributes: {} }, []],
    [{ text: '', attributes: { Grupp: 'Chefer' } }, ['Intervju 2', 'Intervju 10']],
    [{ text: '', attributes: { Grupp: 'chefer' } }, []],
    [{ text: '', attributes: { Grupp: '' } }, BY_NAME],
    [{ text: '', attributes: { Verksamhetsområden: 'Ek' } }, ['Intervju 10']],
    [{ text: '', attributes: { Verksamhetsområden: 'BOU, Ek' } }, []],
    [{ text: '', attributes: { Grupp: 'Chefer', Verksamhetsområden: 'Äldre' } }, ['Intervju 2']],
    [{ text: '10', attributes: { Grupp: 'Chefer' } }, ['Intervju 10']],
  ])('%j', (filter, expected) => {
    expect(names({ kind: 'name' }, false, filter)).toEqual(expected);
  });
});

describe('valueText', () => {
  it.each<[AttributeValues, string, string]>([
    [{ Grupp: 'Chefer' }, 'Grupp', 'Chefer'],
    [{ V: ['BOU', 'Ek'] }, 'V', 'BOU, Ek'],
    [{ V: [] }, 'V', ''],
    [{}, 'Grupp', ''],
  ])('%j %s -> %j', (values, name, text) => {
    expect(valueText(values, name)).toBe(text);
  });
});
