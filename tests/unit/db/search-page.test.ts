// search.page: every hit counted over every document (no cap), the documents with their counts,
// one page of hits at a time; the same again after a change that adds hits.
import { describe, expect, it } from 'vitest';
import { codingProject, type FixtureDoc } from './coding-fixture';

const many = (name: string, n: number): FixtureDoc => ({
  name,
  lines: Array.from({ length: n }, (_, i) => `IP1: Lokalerna i rum ${i} är trånga.`),
});

describe('search.page', () => {
  it('counts every hit in every document and pages through them in order', async () => {
    const f = await codingProject([many('B-intervju', 300), many('A-intervju', 150)]);
    const first = await f.call('search.page', { query: 'lokalerna', limit: 100 });
    expect(first.total).toBe(450);
    expect(first.documents).toEqual([
      { documentId: f.docId(1), document: 'A-intervju', hits: 150, first: 0 },
      { documentId: f.docId(0), document: 'B-intervju', hits: 300, first: 150 },
    ]);
    expect(first.hits).toHaveLength(100);
    // A page across the border between two documents.
    const across = await f.call('search.page', { query: 'lokalerna', offset: 140, limit: 20 });
    expect(across.hits.map((h) => h.document)).toEqual([
      ...Array<string>(10).fill('A-intervju'),
      ...Array<string>(10).fill('B-intervju'),
    ]);
    expect(across.hits[10]?.context).toMatch(/^IP1: Lokalerna i rum 0 är trånga/);
    // Every page together is every hit, each once.
    const seen = new Set<string>();
    for (let offset = 0; offset < 450; offset += 100)
      for (const h of (await f.call('search.page', { query: 'lokalerna', offset })).hits)
        seen.add(`${h.documentId}:${h.start}`);
    expect(seen.size).toBe(450);
    const last = await f.call('search.page', { query: 'lokalerna', offset: 440 });
    expect(last.hits).toHaveLength(10);
    await f.close();
  });

  it('a phrase whose words are in a document but not together finds nothing there', async () => {
    const f = await codingProject([
      { name: 'Ett', lines: ['IP1: Trånga lokaler, sa hon.', 'IP2: Lokaler är trånga.'] },
    ]);
    const page = await f.call('search.page', { query: '"trånga lokaler"' });
    expect(page.total).toBe(1);
    expect((await f.call('search.page', { query: '"lokaler trånga"' })).documents).toEqual([]);
    await f.close();
  });

  it('searches again after the project changes instead of showing old hits', async () => {
    const f = await codingProject([many('A', 3)]);
    expect((await f.call('search.page', { query: 'lokalerna' })).total).toBe(3);
    // A memo does not change document hits, but the project changed: the answer is read again.
    await f.call('memos.save', { target: { kind: 'journal' }, text: 'lokalerna' });
    expect((await f.call('search.page', { query: 'lokalerna' })).total).toBe(3);
    f.project().db.prepare("UPDATE documents SET text = text || ' Lokalerna.'").run();
    expect((await f.call('search.page', { query: 'lokalerna' })).total).toBe(4);
    await f.close();
  });
});
