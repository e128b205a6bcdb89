// Agreement through the handlers on a real project file: coders recorded per passage, the default
// documents, the contract's rows, exports, and settling a disagreement as one undo step.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingProject, type CodingFixture } from '../db/coding-fixture';

let f: CodingFixture;
beforeEach(async () => {
  f = await codingProject();
});
afterEach(() => f.close());

/** Codes paragraph `line` of document `doc` (its whole line) as `coder`. */
async function code(coder: string, doc: number, line: number, ...codes: (number | string)[]) {
  const text = f.text(doc).split('\n');
  const start = text.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return f.call('segments.create', {
    documentId: f.docId(doc),
    start,
    end: start + (text[line]?.length ?? 0),
    codeIds: codes.map((c) => f.code(c).id),
    coder,
  });
}

describe('agreement.compute', () => {
  it('compares two coders on the paragraphs of the documents both have coded', async () => {
    await code('Anna', 0, 1, 2, 'Kommit längst');
    await code('Bo', 0, 1, 2, 'Störst behov');
    await code('Anna', 0, 2, 13);
    await code('Bo', 0, 3, 13);
    await code('Anna', 1, 1, 3); // only Anna coded document 1: not compared by default
    const r = await f.call('agreement.compute', { coders: ['Anna', 'Bo'] });
    expect(r.documents).toEqual(['Bergsjön HT2017 Chefer']);
    expect(r.unit).toBe('paragraph');
    const area2 = r.codes.find((c) => c.key === '2');
    expect(area2).toMatchObject({ units: 4, both: 1, only: { Anna: 0, Bo: 0 }, neither: 3 });
    expect(area2?.kappa).toBeCloseTo(1, 12);
    expect(r.codes.find((c) => c.key === '13')).toMatchObject({
      both: 0,
      only: { Anna: 1, Bo: 1 },
      neither: 2,
      percent_agreement: 50,
    });
    const assessments = r.groups.find((g) => g.key === 'Bedömning');
    expect(assessments).toMatchObject({ pairable: 1, ambiguous: 0, percent_agreement: 0 });
    expect(r.disagreements.map((d) => d.text)).toEqual([
      'IP1: Introduktionen fungerar bra. Lönen är låg, men lon är inget ord.',
      'IP2: Kontorslandskapet är bullrigt! Kontorslandskap är inte bra för samtal.',
      'Ett stycke utan talare om kontorslandskapet.',
    ]);
    expect(JSON.stringify(r)).not.toContain('NaN');
    // The window lists a page of them; all are counted.
    const first = await f.call('agreement.compute', {
      coders: ['Anna', 'Bo'],
      disagreementLimit: 1,
    });
    expect(first.disagreements).toEqual(r.disagreements.slice(0, 1));
    expect(first.disagreementCount).toBe(3);
  });

  it('refuses an unknown coder by name and says when nothing was coded by both', async () => {
    await code('Anna', 0, 1, 2);
    await expect(f.call('agreement.compute', { coders: ['Anna', 'Ingen'] })).rejects.toMatchObject({
      code: 'unknown_coder',
      params: { name: 'Ingen' },
    });
    await code('Bo', 1, 1, 2);
    const r = await f.call('agreement.compute', { coders: ['Anna', 'Bo'] });
    expect(r.documents).toEqual([]);
    expect(r.notes).toContainEqual({ code: 'noDocuments', params: {} });
  });

  it('--codes narrows to a group: its codes and its nominal row', async () => {
    await code('Anna', 0, 1, 2, 'Kommit längst');
    await code('Bo', 0, 1, 2, 'Kommit längst');
    const r = await f.call('agreement.compute', { coders: ['Anna', 'Bo'], codes: ['Bedömning'] });
    expect(r.codes.map((c) => c.key)).toEqual([
      'Kommit längst',
      'Störst behov',
      'Svårt att genomföra',
      'Hinder',
    ]);
    expect(r.groups.map((g) => g.key)).toEqual(['Bedömning']);
    await expect(
      f.call('agreement.compute', { coders: ['Anna', 'Bo'], codes: ['Finns inte'] }),
    ).rejects.toMatchObject({ code: 'unknown_code' });
  });
});

describe('agreement.export', () => {
  it('writes the tables with the unit and formulas in the notes', async () => {
    await code('Anna', 0, 1, 2);
    await code('Bo', 0, 1, 2);
    const file = await f.call('agreement.export', {
      query: { coders: ['Anna', 'Bo'] },
      format: 'xlsx',
      language: 'sv',
    });
    expect(file.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((c) => cells.push(c.text)));
    expect(cells).toContain('Tabell 1. Samstämmighet per kod');
    expect(cells.some((c) => c.startsWith('Enhet: stycke.'))).toBe(true);
    expect(cells.some((c) => c.startsWith('Cohens kappa: κ = (pₒ − pₑ) / (1 − pₑ)'))).toBe(true);
    expect(cells).toContain('2. ' + f.code(2).name);

    const md = await f.call('agreement.export', {
      query: { coders: ['Anna', 'Bo'], unit: 'character' },
      format: 'md',
      language: 'en',
    });
    const text = Buffer.from(md.base64, 'base64').toString('utf8');
    expect(text).toContain('**Table 1. Agreement by code**');
    expect(text).toContain('Unit: character.');
    expect(text).toContain("Krippendorff's \\|uα");
  });
});

describe('agreement.settle', () => {
  it("keeps one coder's coding of a unit for both, as one undo step", async () => {
    await code('Anna', 0, 1, 2, 'Kommit längst');
    await code('Bo', 0, 1, 3);
    const before = await f.call('agreement.compute', { coders: ['Anna', 'Bo'] });
    const d = before.disagreements[0];
    expect(d?.codes).toEqual({
      Anna: [f.code(2).id, f.code('Kommit längst').id],
      Bo: [f.code(3).id],
    });
    if (!d) return;
    const settled = await f.call('agreement.settle', {
      documentId: d.documentId,
      start: d.start,
      end: d.end,
      codeIds: [...new Set(Object.values(d.codes).flat())],
      coders: ['Anna', 'Bo'],
      keep: 'Anna',
    });
    expect(settled.value).toEqual({ added: 1, removed: 1 });
    expect(settled.undo.undoSummary).toContain('Settled a disagreement');
    const after = await f.call('agreement.compute', { coders: ['Anna', 'Bo'] });
    expect(after.disagreements).toEqual([]);
    const bo = (await f.call('segments.list', { documentId: d.documentId })).filter(
      (s) => s.coder === 'Bo',
    );
    expect(bo.map((s) => s.codes.map((c) => c.number ?? c.name))).toEqual([[2, 'Kommit längst']]);

    await f.call('history.undo', {});
    const undone = await f.call('agreement.compute', { coders: ['Anna', 'Bo'] });
    expect(undone.disagreements).toEqual(before.disagreements);
    await expect(
      f.call('agreement.settle', {
        documentId: d.documentId,
        start: d.start,
        end: d.end,
        codeIds: [f.code(3).id],
        coders: ['Anna', 'Bo'],
        keep: null,
      }),
    ).resolves.toMatchObject({ value: { added: 1, removed: 0 } });
  });

  it('cuts the kept-out coding out of a passage that runs past the unit', async () => {
    // Bo's passage covers paragraphs 1 and 2 with area 13; Anna coded paragraph 2 only.
    const lines = f.text(0).split('\n');
    const p1 = lines[0]?.length ?? 0;
    const end2 = p1 + 1 + (lines[1]?.length ?? 0) + 1 + (lines[2]?.length ?? 0);
    await f.call('segments.create', {
      documentId: f.docId(0),
      start: p1 + 1,
      end: end2,
      codeIds: [f.code(13).id],
      coder: 'Bo',
    });
    await code('Anna', 0, 2, 13);
    const r = await f.call('agreement.compute', { coders: ['Anna', 'Bo'] });
    const d = r.disagreements[0];
    if (!d) throw new Error('no disagreement');
    await f.call('agreement.settle', {
      documentId: d.documentId,
      start: d.start,
      end: d.end,
      codeIds: [f.code(13).id],
      coders: ['Anna', 'Bo'],
      keep: 'Anna',
    });
    const bo = (await f.call('segments.list', { documentId: d.documentId })).filter(
      (s) => s.coder === 'Bo',
    );
    // Paragraph 1 (the unit) lost Bo's area 13; paragraph 2 keeps it.
    expect(bo.map((s) => f.text(0).slice(s.start, s.end))).toEqual([lines[2]]);
  });
});
