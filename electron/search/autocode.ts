// Autocode: the chosen hits of a search widened to their unit and joined, and what each passage
// does to the coding. A passage inside one that already carries the code is left alone; one that
// overlaps such a passage widens it (or is left alone, when asked) rather than adding a near
// duplicate that would count one statement twice; otherwise it is new.
import type { Project } from '../../db/project';
import type { Recorder } from '../../db/queries/history';
import type {
  AutocodeCounts,
  ExistingPassage,
  PassageOutcome,
} from '../../shared/api/contract-search';
import type { Code } from '../../shared/codebook/types';
import { isChosen, type HitChoice } from '../../shared/coding/hit-choice';
import type { TextMatch } from '../../shared/coding/search-query';
import type { Segment } from '../../shared/coding/types';
import { mergeRanges, widen, type Range } from '../../shared/coding/widen';
import { insertSegment } from '../handlers/segments';
import { allHits } from './hits';

export interface AutocodeRequest {
  query: string;
  unit: Parameters<typeof widen>[0];
  codeId: number | null;
  choice: HitChoice;
  existing: ExistingPassage;
}

export interface PlannedPassage extends Range {
  documentId: number;
  document: string;
  outcome: PassageOutcome;
  /** The passage given the code (new, of exactly this range) or widened (extended). */
  segmentId: number | null;
  hits: TextMatch[];
}

const overlap = (a: Range, b: Range) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** What autocode would do, passage by passage, in document order. */
export function planAutocode(project: Project, req: AutocodeRequest): PlannedPassage[] {
  const out: PlannedPassage[] = [];
  for (const doc of allHits(project, req.query)) {
    const chosen = doc.matches.filter((m) =>
      isChosen(req.choice, { documentId: doc.documentId, ...m }),
    );
    if (chosen.length === 0) continue;
    const source = project.documents.content(doc.documentId);
    if (!source) continue;
    const ranges = mergeRanges(chosen.map((m) => widen(req.unit, source, m)));
    const segments = req.codeId === null ? [] : project.segments.ofDocument(doc.documentId);
    // Kept as they will be after each step, so two hits widening one passage see each other.
    const withCode = segments
      .filter((s) => s.codes.some((c) => c.id === req.codeId))
      .map((s) => ({ id: s.id, start: s.start, end: s.end }));
    for (const r of ranges) {
      const hits = chosen.filter((m) => m.start >= r.start && m.end <= r.end);
      const base = { documentId: doc.documentId, document: doc.name, hits };
      out.push({ ...base, ...decide(r, withCode, segments, req.existing) });
    }
  }
  return out;
}

function decide(
  r: Range,
  withCode: { id: number; start: number; end: number }[],
  segments: Segment[],
  existing: ExistingPassage,
): Range & { outcome: PassageOutcome; segmentId: number | null } {
  const touching = withCode.filter((s) => overlap(s, r) > 0);
  if (touching.some((s) => s.start <= r.start && r.end <= s.end))
    return { ...r, outcome: 'already', segmentId: null };
  const widest = touching.sort((a, b) => overlap(b, r) - overlap(a, r))[0];
  if (widest) {
    if (existing === 'skip') return { ...r, outcome: 'already', segmentId: null };
    widest.start = Math.min(widest.start, r.start);
    widest.end = Math.max(widest.end, r.end);
    return { start: widest.start, end: widest.end, outcome: 'extended', segmentId: widest.id };
  }
  const same = segments.find((s) => s.start === r.start && s.end === r.end);
  return { ...r, outcome: 'new', segmentId: same?.id ?? null };
}

export function countPlan(plan: PlannedPassage[]): AutocodeCounts {
  const n = (o: PassageOutcome) => plan.filter((p) => p.outcome === o).length;
  return {
    hits: plan.reduce((s, p) => s + p.hits.length, 0),
    passages: plan.length,
    created: n('new'),
    extended: n('extended'),
    already: n('already'),
  };
}

/** Carries the plan out through the recorder (one history entry, made by the caller). */
export function applyPlan(project: Project, rec: Recorder, code: Code, plan: PlannedPassage[]) {
  const now = new Date().toISOString();
  // A passage widened twice (by two hits) is written once, at its widest.
  const widened = new Map<number, Range>();
  for (const p of plan) {
    if (p.outcome === 'extended' && p.segmentId !== null) widened.set(p.segmentId, p);
    else if (p.outcome === 'new' && p.segmentId !== null) rec.link(p.segmentId, code.id);
    else if (p.outcome === 'new')
      insertSegment(project, rec, { ...p, codeIds: [code.id], memo: '' });
  }
  for (const [id, r] of widened)
    rec.update('segments', id, { start: r.start, end: r.end, updated_at: now });
}
