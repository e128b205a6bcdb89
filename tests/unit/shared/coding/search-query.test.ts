import { describe, expect, it } from 'vitest';
import {
  allTerms,
  findMatches,
  keywordInContext,
  parseSearchQuery,
  toFtsDocumentMatch,
  toFtsMatch,
} from '../../../../shared/coding/search-query';

describe('parseSearchQuery and toFtsMatch', () => {
  it.each<[string, string]>([
    ['lön', '("lön")'],
    ['Lön KONTOR', '("lön" AND "kontor")'],
    ['kontors*', '("kontors" *)'],
    ['"kontorslandskap är"', '("kontorslandskap är")'],
    ['"lönen är l"*', '("lönen är l" *)'],
    ['e-post', '("e post")'],
    ['lön OR lon', '("lön") OR ("lon")'],
    ['a AND b', '("a" AND "b")'],
    ['NEAR(x y)', '("near x" AND "y")'],
    ['"quote""inside"', '("quote" AND "inside")'],
    ['col:lön -x ^y', '("col lön" AND "x" AND "y")'],
    ['HT2017 3', '("ht2017" AND "3")'],
  ])('%s -> %s', (query, fts) => {
    expect(toFtsMatch(parseSearchQuery(query))).toBe(fts);
  });

  it.each<[string, string]>([
    ['lön', '("lön")'],
    ['"kontorslandskap är"', '("kontorslandskap" AND "är")'],
    ['"lönen är l"*', '("lönen" AND "är" AND "l" *)'],
    ['e-post OR "hot och" våld', '("e" AND "post") OR ("hot" AND "och" AND "våld")'],
    ['kontors*', '("kontors" *)'],
  ])('for the documents index (no positions): %s -> %s', (query, fts) => {
    expect(toFtsDocumentMatch(parseSearchQuery(query))).toBe(fts);
  });

  it.each([
    ['"open', /closing quote/],
    ['a*b', /can only end a word/],
    ['', /at least one word/],
    ['" " ...', /at least one word/],
    ['OR a', /OR needs/],
    ['a OR', /OR needs/],
    ['a OR OR b', /OR needs/],
  ])('refuses %j', (query, message) => {
    expect(() => parseSearchQuery(query)).toThrow(message);
  });

  it('lists each distinct term once', () => {
    expect(allTerms(parseSearchQuery('lön OR lön kontor*'))).toEqual([
      { words: ['lön'], prefix: false },
      { words: ['kontor'], prefix: true },
    ]);
  });
});

const slices = (text: string, query: string) =>
  findMatches(text, allTerms(parseSearchQuery(query))).map((m) => text.slice(m.start, m.end));

describe('findMatches', () => {
  it.each<[string, string, string, string[]]>([
    ['whole words only', 'lön', 'Lön, lönen och lön.', ['Lön', 'lön']],
    ['å ä ö are their own letters', 'lon', 'Lön lon LON lön', ['lon', 'LON']],
    ['å is not a', 'ar', 'år är ar', ['ar']],
    [
      'prefix to the end of the word',
      'kontor*',
      'Kontoret, kontorslandskapet; kontor',
      ['Kontoret', 'kontorslandskapet', 'kontor'],
    ],
    [
      'a phrase across punctuation and line breaks',
      '"bra men"',
      'bra, men\nbra\nmen bramen',
      ['bra, men', 'bra\nmen'],
    ],
    ['a phrase needs its words in order', '"men bra"', 'bra men', []],
    [
      'a phrase ending in a prefix',
      '"är trång"*',
      'De är trånga. Är trångt',
      ['är trånga', 'Är trångt'],
    ],
    ['digits are words', '2017', 'HT2017 2017 20170', ['2017']],
    ['a word inside another is not a hit', 'ass', 'klass ass', ['ass']],
    ['the same place found by two terms, once', 'kontor* kontoret', 'kontoret', ['kontoret']],
    ['letters outside the basic plane', 'x', '𝒜x x𝒜 x', ['x']],
  ])('%s', (_label, query, text, expected) => {
    expect(slices(text, query)).toEqual(expected);
  });

  it('keeps offsets exact when lower case changes a length (İ)', () => {
    const text = 'İstanbul och lön';
    const [m] = findMatches(text, allTerms(parseSearchQuery('lön')));
    expect(m && text.slice(m.start, m.end)).toBe('lön');
  });
});

describe('keywordInContext', () => {
  const text = `${'ord '.repeat(30)}TRÄFF${' fler ord'.repeat(20)}`;
  const start = text.indexOf('TRÄFF');

  it('takes about 60 characters each side, whole words, and places the hit exactly', () => {
    const k = keywordInContext(text, start, start + 5);
    expect(k.context.slice(k.contextStart, k.contextEnd)).toBe('TRÄFF');
    expect(k.contextStart).toBeGreaterThanOrEqual(55);
    expect(k.contextStart).toBeLessThanOrEqual(60);
    expect(k.context).toMatch(/^ord /);
    expect(k.context).toMatch(/ (fler|ord)$/);
  });

  it('stops at the text edges and shows line breaks as spaces', () => {
    const k = keywordInContext('Rad ett\nträff\nrad tre', 8, 13);
    expect(k).toEqual({ context: 'Rad ett träff rad tre', contextStart: 8, contextEnd: 13 });
  });
});
