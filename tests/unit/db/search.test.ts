import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/coding/types';
import { codingProject, DOCS, type CodingFixture } from './coding-fixture';

let f: CodingFixture;
beforeAll(async () => {
  f = await codingProject();
});
afterAll(() => f.close());

const textOf = (hit: SearchHit) =>
  DOCS.find((d) => d.name === hit.document)?.lines.join('\n') ?? '';
const found = (hits: SearchHit[]) =>
  hits.map((h) => `${h.document.split(' ')[0] ?? ''}:${textOf(h).slice(h.start, h.end)}`);

describe('search.text', () => {
  it.each<[string, string, string[]]>([
    ['a plain word: whole words only, å/ä/ö distinct (lon is not lön)', 'lon', ['Bergsjön:lon']],
    ['a word with ö', 'lön', ['Angered:Lön']],
    [
      'a prefix, ordered by document name then offset',
      'lön*',
      ['Angered:Lön', 'Angered:Löner', 'Bergsjön:Lönen'],
    ],
    [
      'upper case finds every case',
      'KONTORSLANDSKAP',
      ['Angered:kontorslandskap', 'Bergsjön:Kontorslandskap'],
    ],
    ['a phrase', '"kontorslandskap är"', ['Bergsjön:Kontorslandskap är']],
    ['a phrase across punctuation', '"lönen är låg men"', ['Bergsjön:Lönen är låg, men']],
    [
      'a prefix slices to the whole word',
      'kontors*',
      [
        'Angered:kontorslandskap',
        'Bergsjön:Kontorslandskapet',
        'Bergsjön:Kontorslandskap',
        'Bergsjön:kontorslandskapet',
      ],
    ],
    [
      'two words: documents with both, hits of each',
      'lon bullrigt',
      ['Bergsjön:lon', 'Bergsjön:bullrigt'],
    ],
    ['OR', 'lon OR arbetsbelastningen', ['Angered:Arbetsbelastningen', 'Bergsjön:lon']],
    ['a word that is not there', 'lokalerna', []],
    ['FTS syntax in the query is only text', 'NEAR(lön', []],
    ['a column filter is only text', 'text:lön', []],
  ])('%s', async (_label, query, expected) => {
    expect(found(await f.call('search.text', { query }))).toEqual(expected);
  });

  it('keyword in context: about 60 characters each side, the hit placed exactly, on one line', async () => {
    const hits = await f.call('search.text', { query: 'bullrigt' });
    expect(hits).toHaveLength(1);
    const [hit] = hits as [SearchHit];
    expect(hit.context.slice(hit.contextStart, hit.contextEnd)).toBe('bullrigt');
    expect(hit.context).not.toMatch(/\n/);
    expect(hit.contextStart).toBeGreaterThan(40);
    expect(hit.contextStart).toBeLessThanOrEqual(60);
    expect(hit.context.length - hit.contextEnd).toBeGreaterThan(30);
    expect(hit.context.length - hit.contextEnd).toBeLessThanOrEqual(60);
    // It neither starts nor ends in the middle of a word.
    const text = textOf(hit);
    const from = hit.start - hit.contextStart;
    expect(
      /[\p{L}\p{N}]/u.test(text.charAt(from - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(from)),
    ).toBe(false);
  });

  it('caps the hits at limit, and searches only the documents asked for', async () => {
    expect(found(await f.call('search.text', { query: 'kontors*', limit: 2 }))).toEqual([
      'Angered:kontorslandskap',
      'Bergsjön:Kontorslandskapet',
    ]);
    const only = await f.call('search.text', { query: 'kontors*', documentIds: [f.docId(0)] });
    expect(new Set(only.map((h) => h.document))).toEqual(new Set([DOCS[0]?.name]));
  });

  it.each([
    ['"kontorslandskap är', /missing its closing quote/],
    ['kon*tor', /A \* can only end a word/],
    ['*** ??', /at least one word/],
    ['OR lön', /OR needs a search word on each side/],
    ['lön OR', /OR needs a search word on each side/],
  ])(
    'a query it cannot read (%s) is a readable failure with its own code, not an SQLite error',
    async (query, message) => {
      const err: unknown = await f.call('search.text', { query }).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'search_unreadable', params: { field: 'query' } });
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).not.toMatch(/fts5|syntax error|SQLITE/i);
    },
  );
});

describe('memos', () => {
  it('are found by full-text search, with passages’ own notes, keeping ö apart from o', async () => {
    const g = await codingProject();
    await g.call('memos.save', {
      target: { kind: 'journal' },
      title: 'Dag 1',
      text: 'Löneskillnader mellan grupperna.',
    });
    await g.call('memos.save', {
      target: { kind: 'code', id: g.code('Lön').id },
      text: 'Lon och lön blandas.',
    });
    await g.call('segments.create', {
      documentId: 1,
      start: 0,
      end: 4,
      codeIds: [g.code(1).id],
      memo: 'Om lönerna',
    });
    const titles = async (query: string) =>
      (await g.call('memos.search', { query })).map((m) =>
        m.inline ? `segment:${m.text}` : m.text,
      );
    expect(await titles('lön*')).toEqual([
      'Lon och lön blandas.',
      'Löneskillnader mellan grupperna.',
      'segment:Om lönerna',
    ]);
    expect(await titles('lon')).toEqual(['Lon och lön blandas.']);
    expect(await titles('dag')).toEqual(['Löneskillnader mellan grupperna.']);
    await expect(g.call('memos.search', { query: '"öppen' })).rejects.toThrow(/closing quote/);
    await g.close();
  });

  it('belong to something that exists, and go with their passage or document', async () => {
    const g = await codingProject();
    await expect(
      g.call('memos.save', { target: { kind: 'segment', id: 5 }, text: 'x' }),
    ).rejects.toThrow(/no longer exists/);
    const { value: seg } = await g.call('segments.create', {
      documentId: 1,
      start: 0,
      end: 4,
      codeIds: [g.code(1).id],
    });
    await g.call('coder.set', { name: 'Eva' });
    const { value: memo } = await g.call('memos.save', {
      target: { kind: 'segment', id: seg.id },
      text: 'Citat',
    });
    expect(memo).toMatchObject({
      author: 'Eva',
      target: { kind: 'segment', id: seg.id },
      title: '',
    });
    await g.call('memos.save', {
      target: { kind: 'document', id: g.docId(1) },
      text: 'Bra intervju',
    });
    await g.call('segments.delete', { ids: [seg.id] });
    expect((await g.call('memos.list', {})).map((m) => m.text)).toEqual(['Bra intervju']);
    const { value: other } = await g.call('segments.create', {
      documentId: g.docId(1),
      start: 0,
      end: 4,
      codeIds: [g.code(1).id],
    });
    await g.call('memos.save', { target: { kind: 'segment', id: other.id }, text: 'Också borta' });
    await g.call('documents.delete', { ids: [g.docId(1)] });
    expect(await g.call('memos.list', {})).toEqual([]);
    expect(await g.call('memos.search', { query: 'intervju' })).toEqual([]);
    await g.close();
  });
});
