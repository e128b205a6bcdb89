import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../../shared/agreement/coefficients';
import { computeAgreement } from '../../../../shared/agreement/compute';
import type { AgreementInput, InputPassage } from '../../../../shared/agreement/input';
import { overlapShare } from '../../../../shared/agreement/overlap';
import { unitRanges } from '../../../../shared/agreement/units';

// Four paragraphs of ten characters each, separated by line breaks.
const TEXT = ['Första st.', 'Andra sty.', 'Tredje st.', 'Fjärde st.'].join('\n');
const PARAS = unitRanges('paragraph', { text: TEXT, paragraphs: [], turns: [] });
const AREA3 = { id: 3, key: '3', name: 'Antal medarbetare' };
const AREA5 = { id: 5, key: '5', name: 'Nära ledning' };
const AREAS = {
  key: 'Områden',
  name: 'Områden',
  items: [
    { key: '3', codeIds: new Set([3]) },
    { key: '5', codeIds: new Set([5]) },
  ],
};

let nextId = 1;
/** A passage of coder `coder` over paragraphs `from`..`to` (inclusive) with the codes. */
function over(coder: number, from: number, to: number, ...codeIds: number[]): InputPassage {
  return {
    id: nextId++,
    documentId: 1,
    start: PARAS[from]?.start ?? 0,
    end: PARAS[to]?.end ?? 0,
    coder,
    codeIds,
  };
}

function input(passages: InputPassage[], extra: Partial<AgreementInput> = {}): AgreementInput {
  return {
    coders: ['Anna', 'Bo'],
    documents: [{ id: 1, name: 'Intervju 1', text: TEXT, units: PARAS }],
    passages,
    codes: [AREA3, AREA5],
    groups: [AREAS],
    ...extra,
  };
}

describe('agreement on paragraphs', () => {
  it('counts units per code and gives kappa and alpha', () => {
    // Anna: area 3 on paragraphs 0-1; Bo: area 3 on 1-2.
    const r = computeAgreement(input([over(0, 0, 1, 3), over(1, 1, 2, 3)]), 'paragraph', null);
    expect(r.codes[0]).toMatchObject({
      key: '3',
      units: 4,
      both: 1,
      only: { Anna: 1, Bo: 1 },
      neither: 1,
      percent_agreement: 50,
      fleiss_kappa: null,
    });
    // p_o = 0.5, p_e = 0.5: kappa 0. Alpha from the same four units, by the general formula.
    expect(r.codes[0]?.kappa).toBeCloseTo(0, 12);
    const alpha = krippendorffAlpha([
      { values: [1, 0] },
      { values: [1, 1] },
      { values: [0, 1] },
      { values: [0, 0] },
    ]).value;
    expect(r.codes[0]?.alpha).toBeCloseTo(alpha ?? NaN, 12);
    // The worked example of docs/agreement.md: 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 7 * 2 / 16.
    expect(r.codes[0]?.alpha).toBeCloseTo(0.125, 12);
  });

  it('a passage that touches a unit by one character codes it; touching its end does not', () => {
    const p = PARAS[1] ?? { start: 0, end: 0 };
    const passages: InputPassage[] = [
      { id: 1, documentId: 1, start: p.end - 1, end: p.end + 1, coder: 0, codeIds: [3] },
      { id: 2, documentId: 1, start: p.start, end: p.end, coder: 1, codeIds: [3] },
    ];
    const r = computeAgreement(input(passages), 'paragraph', null);
    // Anna's passage takes the last character of paragraph 1 and the line break: paragraph 1 only.
    expect(r.codes[0]).toMatchObject({ both: 1, only: { Anna: 0, Bo: 0 }, neither: 3 });
  });

  it('an unused code has null coefficients with notes, never NaN', () => {
    const r = computeAgreement(input([over(0, 0, 0, 3), over(1, 0, 0, 3)]), 'paragraph', null);
    expect(r.codes[1]).toMatchObject({ key: '5', both: 0, neither: 4, kappa: null, alpha: null });
    expect(r.codes[1]?.percent_agreement).toBe(100);
    expect(r.notes).toContainEqual({
      code: 'undefined',
      params: { row: '5', coefficient: 'alpha', reason: 'no_variation' },
    });
    expect(JSON.stringify(r)).not.toContain('NaN');
  });

  it('groups: missing values are not pairable, two codes of the group are ambiguous', () => {
    const r = computeAgreement(
      input([
        over(0, 0, 0, 3),
        over(1, 0, 0, 3), // agree on 3
        over(0, 1, 1, 3),
        over(1, 1, 1, 5), // disagree
        over(0, 2, 2, 5), // Bo left paragraph 2 without an area: missing
        over(0, 3, 3, 3),
        over(0, 3, 3, 5),
        over(1, 3, 3, 3), // Anna applied two areas: ambiguous
      ]),
      'paragraph',
      null,
    );
    expect(r.groups[0]).toMatchObject({
      key: 'Områden',
      units: 4,
      pairable: 2,
      ambiguous: 1,
      percent_agreement: 50,
    });
    const alpha = krippendorffAlpha([{ values: [0, 0] }, { values: [0, 1] }]).value;
    expect(r.groups[0]?.alpha_nominal).toBeCloseTo(alpha ?? NaN, 12);
    expect(r.notes).toContainEqual({ code: 'ambiguous', params: { group: 'Områden', count: 1 } });
  });

  it('three coders: Fleiss instead of Cohen, only counts units one coder alone coded', () => {
    const r = computeAgreement(
      input([over(0, 0, 1, 3), over(1, 0, 0, 3), over(2, 0, 0, 3), over(2, 3, 3, 3)], {
        coders: ['Anna', 'Bo', 'Cia'],
      }),
      'paragraph',
      null,
    );
    expect(r.codes[0]).toMatchObject({
      both: 1,
      only: { Anna: 1, Bo: 0, Cia: 1 },
      neither: 1,
      kappa: null,
      percent_agreement: 50,
    });
    expect(r.codes[0]?.fleiss_kappa).not.toBeNull();
  });

  it("lists the units where the coders differ, with each coder's codes", () => {
    const r = computeAgreement(
      input([over(0, 1, 1, 3), over(1, 1, 1, 5), over(0, 2, 2, 3), over(1, 2, 2, 3)]),
      'paragraph',
      null,
    );
    expect(r.disagreements).toEqual([
      {
        documentId: 1,
        document: 'Intervju 1',
        start: PARAS[1]?.start,
        end: PARAS[1]?.end,
        codes: { Anna: [3], Bo: [5] },
        text: 'Andra sty.',
      },
    ]);
  });

  it('notes passages outside every unit and documents without units', () => {
    const r = computeAgreement(
      input([over(0, 0, 0, 3), over(1, 0, 0, 3)], {
        documents: [{ id: 1, name: 'Utan talare', text: TEXT, units: [] }],
      }),
      'turn',
      null,
    );
    expect(r.notes).toContainEqual({ code: 'noUnits', params: { document: 'Utan talare' } });
    expect(r.notes).toContainEqual({ code: 'outsideUnits', params: { count: 2 } });
  });
});

describe('agreement per character', () => {
  const char = (coder: number, start: number, end: number, ...codeIds: number[]): InputPassage => ({
    id: nextId++,
    documentId: 1,
    start,
    end,
    coder,
    codeIds,
  });
  const text20 = 'abcdefghijklmnopqrst';
  const doc = { id: 1, name: 'Kort', text: text20, units: [] };

  it('tallies characters like NVivo and gives |uα per code', () => {
    const r = computeAgreement(
      input([char(0, 0, 10, 3), char(1, 5, 15, 3)], { documents: [doc] }),
      'character',
      null,
    );
    expect(r.codes[0]).toMatchObject({ units: 20, both: 5, only: { Anna: 5, Bo: 5 }, neither: 5 });
    expect(r.codes[0]?.percent_agreement).toBe(50);
    expect(r.codes[0]?.kappa).toBeCloseTo(0, 12);
    expect(r.codes[0]?.alpha).not.toBeNull();
    expect(r.disagreements.map((d) => [d.start, d.end])).toEqual([
      [0, 5],
      [10, 15],
    ]);
  });

  it('gives cuα for a group: the worked example of docs/agreement.md', () => {
    const r = computeAgreement(
      input([char(0, 0, 10, 3), char(0, 10, 20, 5), char(1, 0, 12, 3), char(1, 12, 20, 5)], {
        documents: [doc],
      }),
      'character',
      null,
    );
    expect(r.groups[0]).toMatchObject({ units: 20, pairable: 20, ambiguous: 0 });
    expect(r.groups[0]?.percent_agreement).toBe(90);
    expect(r.groups[0]?.alpha_nominal).toBeCloseTo(1 - 4 / (40 - 240 / 29.8 - 160 / 29.8), 12);
  });

  it('lays documents end to end and counts overlapping passages of one coder once', () => {
    const two = {
      ...input([char(0, 0, 10, 3), char(0, 2, 8, 3), char(1, 0, 10, 3)], { documents: [doc] }),
    };
    two.documents.push({ id: 2, name: 'Andra', text: text20, units: [] });
    two.passages.push(
      { ...char(0, 0, 20, 3), documentId: 2 },
      { ...char(1, 0, 20, 3), documentId: 2 },
    );
    const r = computeAgreement(two, 'character', null);
    expect(r.codes[0]).toMatchObject({ units: 40, both: 30, neither: 10 });
    expect(r.codes[0]?.alpha).toBeCloseTo(1, 12);
  });
});

describe("MAXQDA's segment view", () => {
  it('overlap share is intersection over union', () => {
    expect(overlapShare({ start: 0, end: 10 }, { start: 1, end: 10 })).toBeCloseTo(0.9, 12);
    expect(overlapShare({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  it('matches passages of the same code at the threshold and lists the rest', () => {
    const passages: InputPassage[] = [
      { id: 1, documentId: 1, start: 0, end: 10, coder: 0, codeIds: [3] },
      { id: 2, documentId: 1, start: 1, end: 10, coder: 1, codeIds: [3] }, // share 0.9
      { id: 3, documentId: 1, start: 22, end: 32, coder: 0, codeIds: [3] },
      { id: 4, documentId: 1, start: 24, end: 32, coder: 1, codeIds: [5] }, // other code
    ];
    const r = computeAgreement(input(passages), 'paragraph', 0.9);
    expect(r.overlap?.codes[0]).toMatchObject({
      key: '3',
      passages: { Anna: 2, Bo: 1 },
      matched: { Anna: 1, Bo: 1 },
    });
    expect(r.overlap?.codes[0]?.percent_agreement).toBeCloseTo((2 / 3) * 100, 12);
    expect(r.overlap?.unmatched.map((u) => [u.segmentId, u.key])).toEqual([
      [3, '3'],
      [4, '5'],
    ]);
    expect(computeAgreement(input(passages), 'paragraph', 0.95).overlap?.codes[0]?.matched).toEqual(
      {
        Anna: 0,
        Bo: 0,
      },
    );
  });
});

describe('units', () => {
  it.each([
    [
      'paragraph',
      [
        [0, 10],
        [11, 21],
        [22, 32],
        [33, 43],
      ],
    ],
    ['document', [[0, 43]]],
  ] as const)('%s', (unit, ranges) => {
    expect(
      unitRanges(unit, { text: TEXT, paragraphs: [], turns: [] }).map((r) => [r.start, r.end]),
    ).toEqual(ranges);
  });

  it('sentences follow the autocode rule and drop leading spaces', () => {
    const text = 'Det går bra. Vi har 2.5 tjänster!  Och sen';
    const r = unitRanges('sentence', {
      text,
      paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }],
      turns: [],
    });
    expect(r.map((s) => text.slice(s.start, s.end))).toEqual([
      'Det går bra.',
      'Vi har 2.5 tjänster!',
      'Och sen',
    ]);
  });

  it('turns are the speaker turns, sorted', () => {
    const r = unitRanges('turn', {
      text: TEXT,
      paragraphs: [],
      turns: [
        { start: 22, end: 43 },
        { start: 0, end: 21 },
      ],
    });
    expect(r).toEqual([
      { start: 0, end: 21 },
      { start: 22, end: 43 },
    ]);
  });
});
