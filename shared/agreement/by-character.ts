// Agreement per character (NVivo's way: each character of the compared documents is a unit, coded
// or not by each coder) with Krippendorff's unitised alphas: |uα per code and cuα per code group,
// the documents laid end to end as one continuum.
import { percentAgreement } from './coefficients';
import {
  bits,
  codeRow,
  excerpt,
  undefinedNote,
  type AgreementInput,
  type InputGroup,
  type InputPassage,
} from './input';
import type { AgreementCodeRow, AgreementGroupRow, AgreementNote, Disagreement } from './types';
import { partition, unitizedAlpha, type Span } from './unitized';

interface Tagged {
  start: number;
  end: number;
  tag: number;
}
type Event = [at: number, delta: number, tag: number];

/** Visits every stretch between two boundaries that some interval covers, with what covers it. */
function sweep(
  intervals: readonly Tagged[],
  visit: (start: number, end: number, active: ReadonlyMap<number, number>) => void,
): void {
  const events: Event[] = [];
  for (const iv of intervals)
    if (iv.end > iv.start) events.push([iv.start, 1, iv.tag], [iv.end, -1, iv.tag]);
  events.sort((a, b) => a[0] - b[0]);
  const active = new Map<number, number>();
  let i = 0;
  while (i < events.length) {
    const at = (events[i] as Event)[0];
    for (; i < events.length && (events[i] as Event)[0] === at; i++) {
      const [, delta, tag] = events[i] as Event;
      const n = (active.get(tag) ?? 0) + delta;
      if (n === 0) active.delete(tag);
      else active.set(tag, n);
    }
    const next = events[i]?.[0];
    if (next !== undefined && next > at && active.size > 0) visit(at, next, active);
  }
}

/** Adds a run to a coder's continuum, joining it to the previous one when they touch. */
function pushRun(runs: Span[], span: Span): void {
  const last = runs[runs.length - 1];
  if (last && last.value === span.value && last.end === span.start) last.end = span.end;
  else runs.push({ ...span });
}

interface Accumulators {
  histograms: number[][];
  only: number[][];
  codeRuns: Span[][][];
  disagreements: Disagreement[];
}

/** One document's characters for every code: the tallies, the coders' runs and where they differ. */
function codesInDocument(
  input: AgreementInput,
  doc: AgreementInput['documents'][number],
  passages: readonly InputPassage[],
  offset: number,
  acc: Accumulators,
): void {
  const m = input.coders.length;
  const full = (1 << m) - 1;
  const nCodes = input.codes.length;
  const codeIndex = new Map(input.codes.map((c, i) => [c.id, i]));
  const tagged: Tagged[] = [];
  for (const p of passages)
    for (const id of p.codeIds) {
      const ci = codeIndex.get(id);
      if (ci !== undefined) tagged.push({ start: p.start, end: p.end, tag: p.coder * nCodes + ci });
    }
  const covered = new Array<number>(nCodes).fill(0);
  let open: Disagreement | null = null;
  const opened: Disagreement[] = [];
  sweep(tagged, (start, end, active) => {
    const len = end - start;
    const masks = new Map<number, number>();
    for (const tag of active.keys()) {
      const ci = tag % nCodes;
      masks.set(ci, (masks.get(ci) ?? 0) | (1 << Math.floor(tag / nCodes)));
    }
    let differs = false;
    for (const [ci, mask] of masks) {
      const k = bits(mask);
      const h = acc.histograms[ci] as number[];
      h[k] = (h[k] ?? 0) + len;
      covered[ci] = (covered[ci] ?? 0) + len;
      if (k === 1) {
        const o = acc.only[ci] as number[];
        const c = 31 - Math.clz32(mask);
        o[c] = (o[c] ?? 0) + len;
      }
      for (let c = 0; c < m; c++)
        if (mask & (1 << c))
          pushRun((acc.codeRuns[ci] as Span[][])[c] as Span[], {
            value: 'coded',
            start: offset + start,
            end: offset + end,
          });
      if (mask !== full) differs = true;
    }
    if (!differs) {
      open = null;
      return;
    }
    if (open?.end !== start) {
      open = { documentId: doc.id, document: doc.name, start, end, codes: {}, text: '' };
      opened.push(open);
    } else open.end = end;
    const current: Disagreement = open;
    input.coders.forEach((name, c) => {
      const ids = new Set(current.codes[name] ?? []);
      for (const [ci, mask] of masks) if (mask & (1 << c)) ids.add(input.codes[ci]?.id ?? 0);
      current.codes[name] = [...ids];
    });
  });
  for (const d of opened) d.text = excerpt(doc.text, d.start, d.end);
  acc.disagreements.push(...opened);
  covered.forEach((n, ci) => {
    const h = acc.histograms[ci] as number[];
    h[0] = (h[0] ?? 0) + doc.text.length - n;
  });
}

interface GroupAccumulator {
  runs: Span[][];
  pairable: number;
  agreeing: number;
  ambiguous: number;
}

/** One document's characters for a group: each coder's value (one code of the group), or none. */
function groupInDocument(
  group: InputGroup,
  passages: readonly InputPassage[],
  m: number,
  offset: number,
  acc: GroupAccumulator,
): void {
  const n = group.items.length;
  const tagged: Tagged[] = [];
  for (const p of passages) {
    const items = new Set<number>();
    group.items.forEach((item, i) => {
      if (p.codeIds.some((id) => item.codeIds.has(id))) items.add(i);
    });
    for (const i of items) tagged.push({ start: p.start, end: p.end, tag: p.coder * n + i });
  }
  const values = new Array<number>(m);
  sweep(tagged, (start, end, active) => {
    values.fill(-1);
    let twice = false;
    for (const tag of active.keys()) {
      const c = Math.floor(tag / n);
      if (values[c] !== -1) twice = true;
      values[c] = tag % n;
    }
    const len = end - start;
    if (twice) {
      acc.ambiguous += len;
      return;
    }
    values.forEach((v, c) => {
      if (v !== -1)
        pushRun(acc.runs[c] as Span[], {
          value: group.items[v]?.key ?? '',
          start: offset + start,
          end: offset + end,
        });
    });
    const present = values.filter((v) => v !== -1);
    if (present.length < 2) return;
    acc.pairable += len;
    if (present.every((v) => v === present[0])) acc.agreeing += len;
  });
}

export function agreementByCharacter(input: AgreementInput): {
  codes: AgreementCodeRow[];
  groups: AgreementGroupRow[];
  notes: AgreementNote[];
  disagreements: Disagreement[];
} {
  const m = input.coders.length;
  const acc: Accumulators = {
    histograms: input.codes.map(() => new Array<number>(m + 1).fill(0)),
    only: input.codes.map(() => new Array<number>(m).fill(0)),
    codeRuns: input.codes.map(() => input.coders.map((): Span[] => [])),
    disagreements: [],
  };
  const groups: GroupAccumulator[] = input.groups.map(() => ({
    runs: input.coders.map((): Span[] => []),
    pairable: 0,
    agreeing: 0,
    ambiguous: 0,
  }));
  const byDocument = new Map<number, InputPassage[]>();
  for (const p of input.passages) {
    const list = byDocument.get(p.documentId);
    if (list) list.push(p);
    else byDocument.set(p.documentId, [p]);
  }
  let offset = 0;
  for (const doc of input.documents) {
    const passages = byDocument.get(doc.id) ?? [];
    codesInDocument(input, doc, passages, offset, acc);
    input.groups.forEach((g, gi) =>
      groupInDocument(g, passages, m, offset, groups[gi] as GroupAccumulator),
    );
    offset += doc.text.length;
  }

  const notes: AgreementNote[] = [];
  const codes = input.codes.map((code, ci) => {
    const alpha = unitizedAlpha(
      (acc.codeRuns[ci] as Span[][]).map((runs) => partition(runs, offset)),
    ).binary;
    const r = codeRow(
      code,
      input.coders,
      acc.histograms[ci] as number[],
      acc.only[ci] as number[],
      alpha,
    );
    notes.push(...r.notes);
    return r.row;
  });
  const groupRows = input.groups.map((g, gi): AgreementGroupRow => {
    const a = groups[gi] as GroupAccumulator;
    const cu = unitizedAlpha(a.runs.map((runs) => partition(runs, offset))).cu;
    notes.push(...undefinedNote(g.key, 'alpha_nominal', cu));
    if (a.ambiguous > 0)
      notes.push({ code: 'ambiguous', params: { group: g.name, count: a.ambiguous } });
    return {
      key: g.key,
      name: g.name,
      units: offset,
      pairable: a.pairable,
      ambiguous: a.ambiguous,
      percent_agreement: percentAgreement(a.agreeing, a.pairable),
      alpha_nominal: cu.value,
    };
  });
  return { codes, groups: groupRows, notes, disagreements: acc.disagreements };
}
