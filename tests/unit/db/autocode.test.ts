import { describe, expect, it } from 'vitest';
import { chooseAll, toggleHit } from '../../../shared/coding/hit-choice';
import type { AutocodeUnit } from '../../../shared/coding/types';
import { codingProject, type CodingFixture } from './coding-fixture';

const LOKALER = 'Lokaler och kontorslandskap';
const ALL = chooseAll(true);

function autocode(
  f: CodingFixture,
  query: string,
  unit: AutocodeUnit,
  existing: 'widen' | 'skip' = 'widen',
) {
  return f.call('autocode.apply', {
    codeId: f.code(LOKALER).id,
    query,
    unit,
    choice: ALL,
    existing,
  });
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
      const preview = await f.call('autocode.preview', {
        query: 'bullrigt',
        unit,
        codeId: null,
        choice: ALL,
      });
      expect(preview).toMatchObject({ hits: 1, passages: 1, created: 1 });
      const [passage] = preview.page;
      expect(passage?.text).toBe(expected);
      expect(f.text(0).slice(passage?.start, passage?.end)).toBe(expected);
      expect(passage?.hits.map((h) => f.text(0).slice(h.start, h.end))).toEqual(['bullrigt']);
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
    expect(value).toEqual({ hits: 4, passages: 3, created: 3, extended: 0, already: 0 });
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
    expect(first.value).toMatchObject({ created: 2, extended: 0, already: 0 });
    expect(codedTexts(f, 0)).toEqual([
      `Kontorslandskapet är bullrigt! [${LOKALER}]`,
      `Ett stycke utan talare om kontorslandskapet. [${LOKALER}]`,
    ]);
    const again = await autocode(f, 'bullrigt', 'sentence');
    expect(again.value).toMatchObject({ created: 0, extended: 0, already: 1 });
    expect((await f.call('history.list', { limit: 5 })).map((e) => e.action)).toEqual([
      'autocode.apply',
    ]);
    await f.close();
  });

  it('widens a hand-coded passage that ends before its period instead of adding a second one', async () => {
    const f = await codingProject();
    const hand = f.find(0, 'Kontorslandskapet är bullrigt');
    await f.call('segments.create', {
      documentId: f.docId(0),
      ...hand,
      codeIds: [f.code(LOKALER).id, f.code('Hinder').id],
      memo: 'kodat för hand',
    });
    const preview = await f.call('autocode.preview', {
      query: 'bullrigt OR samtal',
      unit: 'sentence',
      codeId: f.code(LOKALER).id,
      choice: ALL,
    });
    expect(preview).toMatchObject({ hits: 2, passages: 2, created: 1, extended: 1, already: 0 });
    expect(preview.page.map((p) => [p.outcome, p.text])).toEqual([
      ['extended', 'Kontorslandskapet är bullrigt!'],
      ['new', 'Kontorslandskap är inte bra för samtal.'],
    ]);
    const { value } = await autocode(f, 'bullrigt OR samtal', 'sentence');
    expect(value).toMatchObject({ created: 1, extended: 1, already: 0 });
    // One passage for the statement, with its other code and its memo kept.
    expect(codedTexts(f, 0)).toEqual([
      `Kontorslandskapet är bullrigt! [Hinder, ${LOKALER}]`,
      `Kontorslandskap är inte bra för samtal. [${LOKALER}]`,
    ]);
    expect(f.project().segments.ofDocument(f.docId(0))[0]?.memo).toBe('kodat för hand');
    await f.call('history.undo', {});
    expect(codedTexts(f, 0)).toEqual([`Kontorslandskapet är bullrigt [Hinder, ${LOKALER}]`]);
    await f.close();
  });

  it('leaves an overlapping passage as it is when asked to, and counts it as already coded', async () => {
    const f = await codingProject();
    await f.call('segments.create', {
      documentId: f.docId(0),
      ...f.find(0, 'Kontorslandskapet är bullrigt'),
      codeIds: [f.code(LOKALER).id],
    });
    const { value } = await autocode(f, 'bullrigt', 'sentence', 'skip');
    expect(value).toEqual({ hits: 1, passages: 1, created: 0, extended: 0, already: 1 });
    expect(codedTexts(f, 0)).toEqual([`Kontorslandskapet är bullrigt [${LOKALER}]`]);
    await f.close();
  });

  it('codes only the chosen hits, wherever they are listed', async () => {
    const f = await codingProject();
    const page = await f.call('search.page', { query: 'kontors*', limit: 1 });
    expect(page.total).toBe(4);
    const [first] = page.hits;
    if (!first) throw new Error('no hit');
    const choice = toggleHit(ALL, first);
    const { value } = await f.call('autocode.apply', {
      codeId: f.code(LOKALER).id,
      query: 'kontors*',
      unit: 'match',
      choice,
    });
    expect(value).toMatchObject({ hits: 3, created: 3 });
    // Hits are listed by document name: the first is Angered's, left out; Bergsjön's three coded.
    expect(first.document).toBe('Angered VT2018 Medarbetare');
    expect(codedTexts(f, 1)).toEqual([]);
    expect(codedTexts(f, 0).map((t) => t.split(' [')[0])).toEqual([
      'Kontorslandskapet',
      'Kontorslandskap',
      'kontorslandskapet',
    ]);
    await f.close();
  });

  it('refuses a code that does not exist or is a group heading', async () => {
    const f = await codingProject();
    const group = f
      .project()
      .codes.list()
      .find((c) => !c.codable);
    for (const codeId of [99_999, group?.id ?? 0])
      await expect(
        f.call('autocode.apply', { codeId, query: 'bullrigt', unit: 'match', choice: ALL }),
      ).rejects.toThrow(/no code with id|group heading/);
    await f.close();
  });
});
