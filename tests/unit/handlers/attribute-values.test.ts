// Issue 11, item 3: a value of a category attribute can be renamed, merged into another
// ("Chefer_lo" -> "Chefer") and, when nobody has it, removed; each is one undo step.
import { describe, expect, it } from 'vitest';
import { codingProject, type CodingFixture } from '../db/coding-fixture';

const grupp = async (f: CodingFixture, doc: number) =>
  (await f.call('documents.list', {})).find((d) => d.id === f.docId(doc))?.attributes.Grupp;
const values = async (f: CodingFixture) =>
  (await f.call('attributes.values', { attribute: 'Grupp' })).map((v) => [v.value, v.documents]);

describe('attribute values', () => {
  it('merges a mistyped value into another, and Ctrl+Z splits them again', async () => {
    const f = await codingProject();
    const before = await values(f);
    await f.call('attributes.setValues', {
      documentIds: [f.docId(0)],
      attribute: 'Grupp',
      values: ['Chefer_lo'],
    });
    const typed = await values(f);
    expect(typed).toContainEqual(['Chefer_lo', 1]);
    await expect(
      f.call('attributes.removeValue', { attribute: 'Grupp', value: 'Chefer_lo' }),
    ).rejects.toMatchObject({ code: 'value_in_use' });

    const r = await f.call('attributes.renameValue', {
      attribute: 'Grupp',
      from: 'Chefer_lo',
      to: 'Chefer',
    });
    expect(r).toEqual({ merged: true, documents: 1 });
    expect(await grupp(f, 0)).toBe('Chefer');
    expect((await values(f)).map(([v]) => v)).not.toContain('Chefer_lo');
    expect((await f.call('history.state', {})).undoLabel).toEqual({
      code: 'attributeValueMerged',
      params: { attribute: 'Grupp', from: 'Chefer_lo', into: 'Chefer' },
    });
    await f.call('history.undo', {});
    expect(await grupp(f, 0)).toBe('Chefer_lo');
    expect(await values(f)).toEqual(typed);
    // And the typing itself: the new choice it made goes with it.
    await f.call('history.undo', {});
    expect(await values(f)).toEqual(before);
    await f.close();
  });

  it('renames a value in place and removes an unused one', async () => {
    const f = await codingProject();
    const order = (await values(f)).map(([v]) => v);
    const old = String(order[0] ?? '');
    const r = await f.call('attributes.renameValue', {
      attribute: 'Grupp',
      from: old,
      to: 'Ledning',
    });
    expect(r.merged).toBe(false);
    expect((await values(f)).map(([v]) => v)).toEqual(['Ledning', ...order.slice(1)]);
    expect((await f.call('history.state', {})).undoLabel?.code).toBe('attributeValueRenamed');

    await f.call('attributes.setValues', {
      documentIds: [f.docId(0)],
      attribute: 'Grupp',
      values: ['Tillfällig'],
    });
    await f.call('attributes.setValues', {
      documentIds: [f.docId(0)],
      attribute: 'Grupp',
      values: ['Ledning'],
    });
    await f.call('attributes.removeValue', { attribute: 'Grupp', value: 'Tillfällig' });
    expect((await values(f)).map(([v]) => v)).not.toContain('Tillfällig');
    await f.call('history.undo', {});
    expect((await values(f)).map(([v]) => v)).toContain('Tillfällig');
    await expect(
      f.call('attributes.renameValue', { attribute: 'Grupp', from: 'Finns inte', to: 'X' }),
    ).rejects.toMatchObject({ code: 'value_missing' });
    await f.close();
  });
});

describe("a questionnaire's variables", () => {
  it('are marked as respondents only, never as attributes of the interviews', async () => {
    const f = await codingProject();
    const before = await f.call('attributes.list', {});
    expect(before.filter((a) => a.respondentsOnly)).toEqual([]);
    await f.call('survey.importExample', {});
    const after = await f.call('attributes.list', {});
    const survey = after.filter((a) => a.respondentsOnly).map((a) => a.name);
    expect(survey.length).toBeGreaterThan(0);
    const docs = await f.call('documents.list', {});
    for (const name of survey)
      expect(docs.filter((d) => d.attributes[name] !== undefined).map((d) => d.name)).toEqual([]);
    // An attribute the interviews have keeps its place even when respondents have it too.
    for (const a of before)
      expect(after.find((b) => b.id === a.id)?.respondentsOnly).toBeUndefined();
    await f.close();
  });
});
