// Agreement on units (paragraphs, turns, sentences, documents): a coder coded a unit with a code
// when one of that coder's passages with the code overlaps it by at least one character. One bit
// per coder per unit and code, in flat typed arrays: 40,000 passages on 40,000 units count fast.
import { addUnit, alphaFromCoincidences, percentAgreement } from './coefficients';
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
  for (const id of wanted) byCode.set(id, new Uint32Array(total));
  let outside = 0;
  for (const p of input.passages) {
    const di = docIndex.get(p.documentId);
    if (di === undefined) continue;
    const units = input.documents[di]?.units ?? [];
    const offset = offsets[di] ?? 0;
    const bit = 1 << p.coder;
    const arrays = p.codeIds.map((id) => byCode.get(id)).filter((a) => a !== undefined);
    let u = firstEndingAfter(units, p.start);
    const first = u;
    for (; u < units.length && (units[u]?.start ?? Infinity) < p.end; u++)
      for (const arr of arrays) arr[offset + u] = (arr[offset + u] ?? 0) | bit;
    if (u === first) outside++;
  }
  return { byCode, total, offsets, outside };
}

function groupRow(
  group: InputGroup,
  marks: Marks,
  coders: number,
): { row: AgreementGroupRow; notes: AgreementNote[] } {
  // One array per item: the codes standing for it joined, so each unit is read once per item.
  const items = group.items.map((item) => {
    const joined = new Uint32Array(marks.total);
    for (const id of item.codeIds) {
      const arr = marks.byCode.get(id);
      if (arr) for (let u = 0; u < marks.total; u++) joined[u] = (joined[u] ?? 0) | (arr[u] ?? 0);
    }
    return joined;
  });
  const o = items.map(() => new Float64Array(items.length));
  const values = new Int32Array(coders);
  let pairable = 0;
  let agreeing = 0;
  let ambiguous = 0;
  for (let u = 0; u < marks.total; u++) {
    values.fill(-1);
    let twice = false;
    for (let item = 0; item < items.length && !twice; item++) {
      const mask = items[item]?.[u] ?? 0;
      if (mask === 0) continue;
      for (let c = 0; c < coders; c++) {
        if (!(mask & (1 << c))) continue;
        if (values[c] !== -1) twice = true;
        values[c] = item;
      }
    }
    if (twice) {
      ambiguous++;
      continue;
    }
    // The coders' values packed to the front, missing ones left out.
    let count = 0;
    let same = true;
    for (let c = 0; c < coders; c++) {
      const v = values[c] ?? -1;
      if (v === -1) continue;
      if (count > 0 && v !== values[0]) same = false;
      values[count++] = v;
    }
    if (count < 2) continue;
    pairable++;
    if (same) agreeing++;
    addUnit(o, values, count);
  }
  const alpha = alphaFromCoincidences(
    o,
    group.items.map((i) => i.key),
  );
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

/** The units where the coders differ: all counted, the first `limit` listed with their text. */
function disagreements(
  input: AgreementInput,
  marks: Marks,
  limit: number,
): { list: Disagreement[]; count: number } {
  const full = (1 << input.coders.length) - 1;
  const arrays = input.codes.map((c) => marks.byCode.get(c.id) ?? new Uint32Array(0));
  // Code by code through the arrays: where some but not all coders applied a code.
  const differs = new Uint8Array(marks.total);
  for (const arr of arrays)
    for (let u = 0; u < arr.length; u++) {
      const mask = arr[u] ?? 0;
      if (mask !== 0 && mask !== full) differs[u] = 1;
    }
  let count = 0;
  for (const d of differs) count += d;
  const out: Disagreement[] = [];
  input.documents.forEach((doc, di) => {
    const offset = marks.offsets[di] ?? 0;
    doc.units.forEach((unit, u) => {
      if (!differs[offset + u] || out.length >= limit) return;
      const codes: Record<string, number[]> = {};
      input.coders.forEach((name, ci) => {
        const ids: number[] = [];
        arrays.forEach((arr, k) => {
          if ((arr[offset + u] ?? 0) & (1 << ci)) ids.push(input.codes[k]?.id ?? 0);
        });
        codes[name] = ids;
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
  return { list: out, count };
}

export function agreementByUnit(
  input: AgreementInput,
  /** How many disagreements to list (all are counted). */
  limit = Infinity,
): {
  codes: AgreementCodeRow[];
  groups: AgreementGroupRow[];
  notes: AgreementNote[];
  disagreements: Disagreement[];
  disagreementCount: number;
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
    const arr = marks.byCode.get(code.id) ?? new Uint32Array(marks.total);
    for (let u = 0; u < marks.total; u++) {
      const mask = arr[u] ?? 0;
      const k = mask === 0 ? 0 : bits(mask);
      histogram[k] = (histogram[k] ?? 0) + 1;
      if (k === 1) {
        const c = 31 - Math.clz32(mask);
        only[c] = (only[c] ?? 0) + 1;
      }
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
  const { list, count } = disagreements(input, marks, limit);
  return { codes, groups, notes, disagreements: list, disagreementCount: count };
}
