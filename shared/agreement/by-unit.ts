// Agreement on units (paragraphs, turns, sentences, documents): a coder coded a unit with a code
// when one of that coder's passages with the code overlaps it by at least one character.
import { krippendorffAlpha, percentAgreement, type AlphaUnit } from './coefficients';
import {
  bits,
  codeRow,
  excerpt,
  undefinedNote,
  type AgreementInput,
  type InputGroup,
} from './input';
import type { AgreementCodeRow, AgreementGroupRow, AgreementNote, Disagreement } from './types';
import { firstEndingAfter } from './units';

interface Marks {
  /** code id -> per unit (all documents end to end), a bit per coder that applied it there. */
  byCode: Map<number, Uint32Array>;
  total: number;
  /** Where each document's units begin in the arrays. */
  offsets: number[];
  outside: number;
}

function mark(input: AgreementInput, wanted: ReadonlySet<number>): Marks {
  const offsets: number[] = [];
  const docIndex = new Map<number, number>();
  let total = 0;
  input.documents.forEach((d, i) => {
    offsets.push(total);
    docIndex.set(d.id, i);
    total += d.units.length;
  });
  const byCode = new Map<number, Uint32Array>();
  let outside = 0;
  for (const p of input.passages) {
    const di = docIndex.get(p.documentId);
    if (di === undefined) continue;
    const units = input.documents[di]?.units ?? [];
    const offset = offsets[di] ?? 0;
    const bit = 1 << p.coder;
    let hit = false;
    for (let u = firstEndingAfter(units, p.start); u < units.length; u++) {
      const unit = units[u];
      if (!unit || unit.start >= p.end) break;
      hit = true;
      for (const id of p.codeIds) {
        if (!wanted.has(id)) continue;
        let arr = byCode.get(id);
        if (!arr) byCode.set(id, (arr = new Uint32Array(total)));
        arr[offset + u] = (arr[offset + u] ?? 0) | bit;
      }
    }
    if (!hit) outside++;
  }
  return { byCode, total, offsets, outside };
}

function groupRow(
  group: InputGroup,
  marks: Marks,
  coders: number,
): { row: AgreementGroupRow; notes: AgreementNote[] } {
  const items = group.items.map((item) =>
    [...item.codeIds].map((id) => marks.byCode.get(id)).filter((a) => a !== undefined),
  );
  const alphaUnits: AlphaUnit[] = [];
  let pairable = 0;
  let agreeing = 0;
  let ambiguous = 0;
  const values = new Array<number>(coders);
  for (let u = 0; u < marks.total; u++) {
    let twice = false;
    values.fill(-1);
    for (let item = 0; item < items.length; item++) {
      let mask = 0;
      for (const a of items[item] ?? []) mask |= a[u] ?? 0;
      for (let c = 0; c < coders; c++) {
        if (!(mask & (1 << c))) continue;
        if (values[c] !== -1 && values[c] !== item) twice = true;
        values[c] = item;
      }
    }
    if (twice) {
      ambiguous++;
      continue;
    }
    const present = values.filter((v) => v !== -1);
    if (present.length < 2) continue;
    pairable++;
    if (present.every((v) => v === present[0])) agreeing++;
    alphaUnits.push({ values: present });
  }
  const alpha = krippendorffAlpha(alphaUnits, 'nominal');
  return {
    row: {
      key: group.key,
      name: group.name,
      units: marks.total,
      pairable,
      ambiguous,
      percent_agreement: percentAgreement(agreeing, pairable),
      alpha_nominal: alpha.value,
    },
    notes: [
      ...undefinedNote(group.key, 'alpha_nominal', alpha),
      ...(ambiguous > 0
        ? [{ code: 'ambiguous' as const, params: { group: group.name, count: ambiguous } }]
        : []),
    ],
  };
}

function disagreements(input: AgreementInput, marks: Marks): Disagreement[] {
  const full = (1 << input.coders.length) - 1;
  const out: Disagreement[] = [];
  input.documents.forEach((doc, di) => {
    const offset = marks.offsets[di] ?? 0;
    doc.units.forEach((unit, u) => {
      let differs = false;
      for (const c of input.codes) {
        const mask = marks.byCode.get(c.id)?.[offset + u] ?? 0;
        if (mask !== 0 && mask !== full) differs = true;
      }
      if (!differs) return;
      const codes: Record<string, number[]> = {};
      input.coders.forEach((name, ci) => {
        codes[name] = input.codes
          .filter((c) => ((marks.byCode.get(c.id)?.[offset + u] ?? 0) & (1 << ci)) !== 0)
          .map((c) => c.id);
      });
      out.push({
        documentId: doc.id,
        document: doc.name,
        start: unit.start,
        end: unit.end,
        codes,
        text: excerpt(doc.text, unit.start, unit.end),
      });
    });
  });
  return out;
}

export function agreementByUnit(input: AgreementInput): {
  codes: AgreementCodeRow[];
  groups: AgreementGroupRow[];
  notes: AgreementNote[];
  disagreements: Disagreement[];
} {
  const wanted = new Set<number>(input.codes.map((c) => c.id));
  for (const g of input.groups)
    for (const item of g.items) for (const id of item.codeIds) wanted.add(id);
  const marks = mark(input, wanted);
  const m = input.coders.length;
  const notes: AgreementNote[] = [];
  for (const doc of input.documents)
    if (doc.units.length === 0) notes.push({ code: 'noUnits', params: { document: doc.name } });
  if (marks.outside > 0) notes.push({ code: 'outsideUnits', params: { count: marks.outside } });

  const codes = input.codes.map((code) => {
    const histogram = new Array<number>(m + 1).fill(0);
    const only = new Array<number>(m).fill(0);
    const arr = marks.byCode.get(code.id);
    if (!arr) histogram[0] = marks.total;
    else
      for (let u = 0; u < marks.total; u++) {
        const mask = arr[u] ?? 0;
        const k = bits(mask);
        histogram[k] = (histogram[k] ?? 0) + 1;
        if (k === 1) only[31 - Math.clz32(mask)] = (only[31 - Math.clz32(mask)] ?? 0) + 1;
      }
    const { row, notes: rowNotes } = codeRow(code, input.coders, histogram, only);
    notes.push(...rowNotes);
    return row;
  });
  const groups = input.groups.map((g) => {
    const { row, notes: rowNotes } = groupRow(g, marks, m);
    notes.push(...rowNotes);
    return row;
  });
  return { codes, groups, notes, disagreements: disagreements(input, marks) };
}
