import { describe, expect, it } from 'vitest';
import type { AutocodeUnit } from '../../../shared/coding/types';
import { codingProject, type CodingFixture } from './coding-fixture';

const LOKALER = 'Lokaler och kontorslandskap';

async function autocode(f: CodingFixture, query: string, unit: AutocodeUnit) {
  const { hits } = await f.call('autocode.preview', { query, unit });
  return f.call('autocode.apply', { codeId: f.code(LOKALER).id, unit, hits });
}

const codedTexts = (f: CodingFixture, doc: number) =>
  f
    .project()
    .segments.ofDocument(f.docId(doc))
    .map((s) => `${f.text(doc).slice(s.start, s.end)} [${s.codes.map((c) => c.name).join(', ')}]`);

describe('autocode', () => {
  it.each<[AutocodeUnit, string]>([
    ['match', 'bullrigt'],
    ['sentence', 'Kontorslandskapet är bullrigt!'],
    ['paragraph', 'Kontorslandskapet är bullrigt! Kontorslandskap är inte bra för samtal.'],
    ['turn', 'Kontorslandskapet är bullrigt! Kontorslandskap är inte bra för samtal.'],
  ])(
    'preview widens a hit to its %s (a speaker label is never part of it)',
    async (unit, expected) => {
      const f = await codingProject();
      const { hits } = await f.call('autocode.preview', { query: 'bullrigt', unit });
      expect(hits).toHaveLength(1);
      const [hit] = hits;
      expect(f.text(0).slice(hit?.unitStart, hit?.unitEnd)).toBe(expected);
      expect(f.text(0).slice(hit?.start, hit?.end)).toBe('bullrigt');
      await f.close();
    },
  );

  it('codes the hits as one undo step: hits in one unit become one passage; an equal passage gets the code', async () => {
    const f = await codingProject();
    const line = 'Kontorslandskapet är bullrigt! Kontorslandskap är inte bra för samtal.';
    await f.call('segments.create', {
      documentId: f.docId(0),
      ...f.find(0, line),
      codeIds: [f.code(13).id],
    });
    const { value, undo } = await autocode(f, 'kontors*', 'paragraph');
    expect(value).toEqual({ created: 2, extended: 1 });
    expect(undo.undoSummary).toBe(`Autocoded 3 passages with "${LOKALER}"`);
    expect(codedTexts(f, 0)).toEqual([
      `${line} [${f.code(13).name}, ${LOKALER}]`,
      `Ett stycke utan talare om kontorslandskapet. [${LOKALER}]`,
    ]);
    expect(codedTexts(f, 1)).toEqual([
      `Arbetsbelastningen är hög. Vi har kontorslandskap här också. [${LOKALER}]`,
    ]);

    await f.call('history.undo', {});
    expect(codedTexts(f, 0)).toEqual([`${line} [${f.code(13).name}]`]);
    expect(codedTexts(f, 1)).toEqual([]);
    await f.close();
  });

  it('joins overlapping units and leaves passages that already carry the code alone', async () => {
    const f = await codingProject();
    // Both hits lie in the same sentence: one passage, not two.
    const first = await autocode(f, '"är bullrigt" OR kontorslandskapet', 'sentence');
    expect(first.value).toEqual({ created: 2, extended: 0 });
    expect(codedTexts(f, 0)).toEqual([
      `Kontorslandskapet är bullrigt! [${LOKALER}]`,
      `Ett stycke utan talare om kontorslandskapet. [${LOKALER}]`,
    ]);
    const again = await autocode(f, 'bullrigt', 'sentence');
    expect(again.value).toEqual({ created: 0, extended: 0 });
    expect((await f.call('history.list', { limit: 5 })).map((e) => e.action)).toEqual([
      'autocode.apply',
    ]);
    await f.close();
  });

  it('refuses hits outside their document', async () => {
    const f = await codingProject();
    await expect(
      f.call('autocode.apply', {
        codeId: f.code(LOKALER).id,
        unit: 'match',
        hits: [{ documentId: f.docId(0), start: 5, end: 99_999 }],
      }),
    ).rejects.toThrow(/beyond the end of the document/);
    await expect(
      f.call('autocode.apply', {
        codeId: f.code(LOKALER).id,
        unit: 'match',
        hits: [{ documentId: 42, start: 0, end: 1 }],
      }),
    ).rejects.toThrow(/no document with id 42/);
    await f.close();
  });
});
