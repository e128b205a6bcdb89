// In-vivo coding through the handlers: the selected words name a new code in the group "In vivo",
// in a colour no code has; the passage is coded with it; one undo takes both back.
import { describe, expect, it } from 'vitest';
import { codingProject } from './coding-fixture';

describe('segments.codeInVivo', () => {
  it('names a new code by the selected words and codes the passage, as one undo step', async () => {
    const f = await codingProject();
    const before = f.codes().length;
    const range = f.find(0, 'Kontorslandskapet är bullrigt');
    const { value, undo } = await f.call('segments.codeInVivo', {
      documentId: f.docId(0),
      ...range,
    });
    expect(value.created).toBe(true);
    expect(value.code).toMatchObject({ name: 'Kontorslandskapet är bullrigt', codable: true });
    const group = f.codes().find((c) => c.id === value.code.parentId);
    expect(group).toMatchObject({ name: 'In vivo', codable: false, parentId: null });
    const others = f
      .codes()
      .filter((c) => c.id !== value.code.id)
      .map((c) => c.color);
    expect(others).not.toContain(value.code.color);
    expect(value.segment).toMatchObject({ ...range, codes: [{ id: value.code.id }] });
    expect(undo.undoSummary).toBe('Coded a passage in vivo: "Kontorslandskapet är bullrigt"');

    // Other words: another code, in the same group.
    const again = await f.call('segments.codeInVivo', {
      documentId: f.docId(1),
      ...f.find(1, 'Vi har kontorslandskap här också'),
    });
    expect(again.value.created).toBe(true);
    expect(again.value.code.parentId).toBe(group?.id);
    const third = await f.call('segments.codeInVivo', {
      documentId: f.docId(1),
      ...f.find(1, 'kontorslandskap här också'),
    });
    expect(third.value.created).toBe(true);
    // The same words again: that code is used, nothing new is made.
    const reuse = await f.call('segments.codeInVivo', {
      documentId: f.docId(0),
      ...f.find(0, 'Kontorslandskapet är bullrigt'),
    });
    expect(reuse.value).toMatchObject({ created: false, code: { id: value.code.id } });
    expect(f.codes()).toHaveLength(before + 4); // the group and three codes

    for (let i = 0; i < 4; i++) await f.call('history.undo', {});
    expect(f.codes()).toHaveLength(before);
    expect(f.project().segments.ofDocument(f.docId(0))).toEqual([]);
    await f.close();
  });

  it('uses a code of the codebook that has those words as its name', async () => {
    const f = await codingProject();
    const range = f.find(1, 'Lön');
    const { value } = await f.call('segments.codeInVivo', { documentId: f.docId(1), ...range });
    expect(value).toMatchObject({ created: false, code: { id: f.code('Lön').id } });
    await f.close();
  });

  it('refuses a range without a word, or outside the text', async () => {
    const f = await codingProject();
    const comma = f.text(0).indexOf(',');
    await expect(
      f.call('segments.codeInVivo', { documentId: f.docId(0), start: comma, end: comma + 1 }),
    ).rejects.toMatchObject({ code: 'no_words_selected' });
    await expect(
      f.call('segments.codeInVivo', { documentId: f.docId(0), start: 5, end: 99_999 }),
    ).rejects.toMatchObject({ code: 'range_outside' });
    await f.close();
  });
});
