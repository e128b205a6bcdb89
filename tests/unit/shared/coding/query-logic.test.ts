import { describe, expect, it } from 'vitest';
import { codeLogic, queryLines } from '../../../../shared/coding/query-logic';

const q = (all: string[], any: string[], none: string[]) => ({ all, any, none });

describe('codeLogic', () => {
  it.each<[string, ReturnType<typeof q>, 'sv' | 'en', string]>([
    ['nothing asked', q([], [], []), 'sv', 'alla kodade avsnitt'],
    ['one code', q(['13. Lämpliga lokaler'], [], []), 'sv', '”13. Lämpliga lokaler”'],
    ['all of two', q(['3. Antal', 'Störst behov'], [], []), 'sv', '”3. Antal” OCH ”Störst behov”'],
    ['any alone, unbracketed', q([], ['Lön', 'Hinder'], []), 'sv', '”Lön” ELLER ”Hinder”'],
    [
      'any beside all, bracketed',
      q(['Störst behov'], ['Lön', 'Hinder'], []),
      'sv',
      '”Störst behov” OCH (”Lön” ELLER ”Hinder”)',
    ],
    ['one left out', q([], [], ['Hinder']), 'sv', 'INTE ”Hinder”'],
    [
      'every part, in English',
      q(['A och B'], ['C', 'D'], ['E', 'F']),
      'en',
      '“A och B” AND (“C” OR “D”) AND NOT (“E” OR “F”)',
    ],
    ['one of any beside none', q([], ['C'], ['E']), 'en', '“C” AND NOT “E”'],
  ])('%s', (_what, query, lang, text) => {
    expect(codeLogic(query, lang)).toBe(text);
  });
});

describe('queryLines', () => {
  it('adds the selection: attributes (any of their values) and the speakers counted', () => {
    expect(
      queryLines(
        {
          ...q(['Störst behov'], [], []),
          attributes: { Grupp: ['Chefer', 'Medarbetare'], Omgång: ['HT 2018'], Tom: [] },
          roles: ['participant', 'none'],
        },
        'sv',
      ),
    ).toEqual([
      'Fråga: ”Störst behov”',
      'Urval: Grupp = Chefer ELLER Medarbetare OCH Omgång = HT 2018; talare: deltagare, text utan talare',
    ]);
    expect(queryLines({ ...q([], [], []), attributes: {}, roles: [] }, 'en')).toEqual([
      'Query: all coded passages',
    ]);
  });
});
