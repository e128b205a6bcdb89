import { describe, expect, it } from 'vitest';
import { codingProject, type CodingFixture } from './coding-fixture';

async function coded(f: CodingFixture, doc: number, needle: string, codes: (number | string)[]) {
  const { value } = await f.call('segments.create', {
    documentId: f.docId(doc),
    ...f.find(doc, needle),
    codeIds: codes.map((c) => f.code(c).id),
  });
  return value.id;
}

const childNames = (f: CodingFixture, parent: string) =>
  f
    .codes()
    .filter((c) => c.parentId === f.code(parent).id)
    .map((c) => c.name);
const codeNames = (f: CodingFixture, segmentId: number) =>
  f
    .project()
    .segments.get(segmentId)
    ?.codes.map((c) => c.name) ?? null;

describe('codebook editing', () => {
  it('merge moves codings to the survivor (duplicates collapsed), its children and memos too', async () => {
    const f = await codingProject();
    await f.call('codes.create', { parentId: f.code('Lön').id, name: 'Lönespridning' });
    await f.call('codes.create', { parentId: f.code('Arbetsbelastning').id, name: 'Ärendemängd' });
    const both = await coded(f, 0, 'Lönen är låg', ['Lön', 'Arbetsbelastning']);
    const only = await coded(f, 1, 'Lön och lokaler', ['Lön', 5]);
    await f.call('memos.save', { target: { kind: 'code', id: f.code('Lön').id }, text: 'Om lön' });
    const lon = f.code('Lön').id;
    const into = f.code('Arbetsbelastning').id;

    const { value } = await f.call('codes.merge', { from: lon, into });
    expect(value).toEqual({ moved: 2 });
    expect(f.codes().some((c) => c.id === lon)).toBe(false);
    expect(codeNames(f, both)).toEqual(['Arbetsbelastning']);
    expect(codeNames(f, only)).toEqual([f.code(5).name, 'Arbetsbelastning']);
    expect(childNames(f, 'Arbetsbelastning')).toEqual(['Ärendemängd', 'Lönespridning']);
    expect(
      (await f.call('memos.list', { target: { kind: 'code', id: into } })).map((m) => m.text),
    ).toEqual(['Om lön']);
    expect(await f.call('codes.counts', {})).toEqual({ [into]: 2, [f.code(5).id]: 1 });
    await f.close();
  });

  it.each([
    ['a code into itself', 'Lön', 'Lön', /two different codes/],
    ['a code into one of its own children', 'Teman', 'Lön', /one of its own codes/],
    ['coded passages into a group heading', 'Lön', 'Bedömning', /group heading/],
  ])('merge refuses %s', async (_label, from, into, message) => {
    const f = await codingProject();
    await coded(f, 0, 'Lönen är låg', ['Lön']);
    await expect(
      f.call('codes.merge', { from: f.code(from).id, into: f.code(into).id }),
    ).rejects.toThrow(message);
    expect(await f.call('history.list', { limit: 5 })).toHaveLength(1);
    await f.close();
  });

  it('delete reports its reach first, then removes codings, emptied passages and every code under it', async () => {
    const f = await codingProject();
    await f.call('codes.create', { parentId: f.code('Lön').id, name: 'Lönespridning' });
    await f.call('codes.create', { parentId: f.code('Lönespridning').id, name: 'Ingångslön' });
    const gone = await coded(f, 0, 'Lönen är låg', ['Ingångslön']);
    const gone2 = await coded(f, 1, 'Löner är viktiga', ['Lön', 'Lönespridning']);
    const kept = await coded(f, 1, 'Lön och lokaler', ['Lön', 13]);
    const lon = f.code('Lön').id;
    expect(await f.call('codes.usage', { id: lon })).toEqual({
      segments: 3,
      children: 2,
      removedSegments: 2,
    });
    const { value } = await f.call('codes.delete', { id: lon });
    expect(value).toEqual({ deletedSegments: 2 });
    expect(f.codes().filter((c) => /^L[öo]n|Ingångslön/.test(c.name))).toEqual([]);
    expect(f.project().segments.get(gone)).toBeNull();
    expect(f.project().segments.get(gone2)).toBeNull();
    expect(codeNames(f, kept)).toEqual([f.code(13).name]);
    expect(f.code(13).number).toBe(13);
    await f.close();
  });

  it('move places a code among its new siblings, keeps its number, and renumbers both sides', async () => {
    const f = await codingProject();
    const area13 = f.code(13).id;
    const { value } = await f.call('codes.move', {
      id: area13,
      parentId: f.code('Teman').id,
      index: 1,
    });
    const themes = value.filter((c) => c.parentId === f.code('Teman').id);
    expect(themes.slice(0, 3).map((c) => c.name)).toEqual([
      'Lokaler och kontorslandskap',
      f.code(13).name,
      'Omorganisation',
    ]);
    expect(themes.map((c) => c.sortOrder)).toEqual(themes.map((_, i) => i));
    expect(f.code(13)).toMatchObject({ id: area13, number: 13, group: 'themes' });
    const areas = value.filter((c) => c.parentId === f.code('Områden').id);
    expect(areas.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]);
    expect(areas.map((c) => c.sortOrder)).toEqual(areas.map((_, i) => i));
    // An index beyond the end means last; a top-level move makes the code a root.
    await f.call('codes.move', { id: area13, parentId: null, index: 99 });
    expect(f.code(13)).toMatchObject({ parentId: null, sortOrder: 3 });
    await f.close();
  });

  it.each([
    ['under itself', (f: CodingFixture) => f.code('Teman').id],
    ['under its own descendant', (f: CodingFixture) => f.code('Lön').id],
  ])('move refuses a code %s', async (_label, parent) => {
    const f = await codingProject();
    await expect(
      f.call('codes.move', { id: f.code('Teman').id, parentId: parent(f), index: 0 }),
    ).rejects.toThrow(/cannot be moved under itself or one of its own codes/);
    await f.close();
  });

  it('create puts a new code last among its siblings in a colour no code has; names and numbers stay unique', async () => {
    const f = await codingProject();
    const { value } = await f.call('codes.create', {
      parentId: f.code('Bedömning').id,
      name: 'Oklart',
    });
    expect(
      f
        .codes()
        .filter((c) => c.id !== value.id)
        .map((c) => c.color),
    ).not.toContain(value.color);
    const second = await f.call('codes.create', { parentId: null, name: 'Egna' });
    expect(second.value.color).not.toBe(value.color);
    await f.call('history.undo', {});
    expect(value).toMatchObject({
      name: 'Oklart',
      sortOrder: 4,
      group: 'assessments',
      codable: true,
      number: null,
    });
    await expect(
      f.call('codes.create', { parentId: f.code('Bedömning').id, name: 'hinder' }),
    ).rejects.toThrow(/already a code "Hinder"/);
    await expect(
      f.call('codes.create', { parentId: f.code('Områden').id, name: 'Nytt', number: 3 }),
    ).rejects.toThrow(/Number 3 already belongs to/);
    await f.close();
  });

  it('update describes a code in four texts, kept when the project is reopened', async () => {
    const f = await codingProject();
    const texts = {
      description: 'Lön och lönesättning.',
      whenToUse: 'När lönenivåer nämns.',
      whenNotToUse: 'Inte för förmåner.',
      example: '"Lönen är låg."',
    };
    const { value, undo } = await f.call('codes.update', { id: f.code('Lön').id, ...texts });
    expect(value).toMatchObject(texts);
    expect(undo.undoSummary).toBe('Described "Lön"');
    await f.reopen();
    expect(f.code('Lön')).toMatchObject(texts);
    expect(f.code('Hinder')).toMatchObject({ whenToUse: '', whenNotToUse: '', example: '' });
    await f.close();
  });

  it('update refuses a key another code has, and an empty key clears it', async () => {
    const f = await codingProject();
    await expect(f.call('codes.update', { id: f.code('Lön').id, shortcut: '3' })).rejects.toThrow(
      /key "3" already codes "Antal medarbetare/,
    );
    const { value, undo } = await f.call('codes.update', { id: f.code(3).id, shortcut: '' });
    expect(value.shortcut).toBeNull();
    expect(undo.undoSummary).toBe(`Changed the key of "${f.code(3).name}"`);
    await f.call('codes.update', { id: f.code('Lön').id, shortcut: '3' });
    expect(f.code('Lön').shortcut).toBe('3');
    await f.close();
  });

  it('a group heading cannot be applied to a passage', async () => {
    const f = await codingProject();
    await expect(coded(f, 0, 'Lönen', ['Lön', 'Teman'])).rejects.toMatchObject({
      code: 'code_not_codable',
      params: expect.objectContaining({ code: 'Teman' }) as unknown,
      message: expect.stringMatching(/"Teman" is a group heading/) as unknown,
    });
    await expect(
      f.call('autocode.apply', {
        codeId: f.code('Områden').id,
        unit: 'match',
        query: 'Lönen',
        choice: { all: true, documents: [], hits: [] },
      }),
    ).rejects.toThrow(/group heading/);
    expect(f.project().info().counts.segments).toBe(0);
    await f.close();
  });
});
