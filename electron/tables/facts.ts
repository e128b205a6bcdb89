// The facts of one project that tables count, kept in memory per open project. The structure is
// read again only when its counter moved (an import, a speaker or attribute edit); coded passages
// per document, when that document's coding version moved, so a table right after a coding action
// reads one document's passages again, not 20,000.
import type { Project } from '../../db/project';
import type { RawTurn, Structure, ValueRow } from '../../db/queries/tables';
import type { SpeakerRole } from '../../shared/transcript/types';

export interface SegmentRow {
  id: number;
  doc: number;
  start: number;
  end: number;
  coder: string | null;
  /** The turn that holds the passage's first character, as in retrieval; its speaker and role. */
  turn: number | null;
  speaker: number | null;
  role: SpeakerRole | null;
  codes: number[];
}

export interface Facts {
  segments: SegmentRow[];
  documents: Structure['documents'];
  speakers: Structure['speakers'];
  respondents: number[];
  documentValues: Map<number, Map<string, string[]>>;
  respondentValues: Map<number, Map<string, string[]>>;
}

interface Entry {
  structureVersion: number;
  structure: Omit<Facts, 'segments'> & {
    turnsByDoc: Map<number, RawTurn[]>;
    roles: Map<number, SpeakerRole>;
  };
  codingVersions: Map<number, number>;
  segmentsByDoc: Map<number, SegmentRow[]>;
  segments: SegmentRow[];
}

const cache = new WeakMap<Project, Entry>();

/** Other caches of what was read (the SQL counts), forgotten together with the facts. */
const forgetters: ((project: Project, documentId?: number) => void)[] = [];
export function alsoForget(forget: (project: Project, documentId?: number) => void): void {
  forgetters.push(forget);
}

/**
 * Forgets what was read: one document's passages (as a coding action there would, in memory and
 * the packed copy kept in the file), or everything in memory (as on opening the project; the kept
 * copies survive that). For the benchmark, which measures what a user waits for.
 */
export function forgetFacts(project: Project, documentId?: number): void {
  for (const forget of forgetters) forget(project, documentId);
  if (documentId === undefined) {
    cache.delete(project);
    structures.delete(project);
  } else {
    cache.get(project)?.codingVersions.delete(documentId);
    project.tables.forgetPacked(documentId);
  }
}

export type StructureFacts = Entry['structure'];

/** Read afresh when the structure counter moved; tables counted in SQL need nothing else. */
const structures = new WeakMap<Project, { version: number; structure: StructureFacts }>();

/** Documents, speakers, turns, attribute values and respondents, without the coded passages. */
export function readStructure(project: Project, version = project.tables.versions().structure) {
  const cached = structures.get(project);
  if (cached?.version === version) return cached.structure;
  const s = project.tables.structure();
  const turnsByDoc = new Map<number, RawTurn[]>();
  for (const t of s.turns) {
    const list = turnsByDoc.get(t[1]);
    if (list) list.push(t);
    else turnsByDoc.set(t[1], [t]);
  }
  const structure = {
    documents: s.documents,
    speakers: s.speakers,
    respondents: s.respondents,
    documentValues: group(s.documentValues),
    respondentValues: group(s.respondentValues),
    turnsByDoc,
    roles: new Map(s.speakers.map((p) => [p.id, p.role])),
  };
  structures.set(project, { version, structure });
  return structure;
}

export function readFacts(project: Project): Facts {
  const versions = project.tables.versions();
  let entry = cache.get(project);
  if (!entry || entry.structureVersion !== versions.structure) {
    const structure = readStructure(project, versions.structure);
    const segments = joinSegments(project.tables.coding(), structure);
    entry = {
      structureVersion: versions.structure,
      structure,
      codingVersions: versions.coding,
      segmentsByDoc: byDocument(segments),
      segments,
    };
    cache.set(project, entry);
    return { ...structure, segments };
  }
  const stale = [...versions.coding].filter(([doc, n]) => entry.codingVersions.get(doc) !== n);
  if (stale.length) {
    const docs = stale.map(([doc]) => doc);
    const fresh = byDocument(joinSegments(project.tables.coding(docs), entry.structure));
    for (const doc of docs) entry.segmentsByDoc.set(doc, fresh.get(doc) ?? []);
    entry.codingVersions = versions.coding;
    entry.segments = [...entry.segmentsByDoc.values()].flat();
  }
  return { ...entry.structure, segments: entry.segments };
}

function byDocument(segments: SegmentRow[]): Map<number, SegmentRow[]> {
  const out = new Map<number, SegmentRow[]>();
  for (const s of segments) {
    const list = out.get(s.doc);
    if (list) list.push(s);
    else out.set(s.doc, [s]);
  }
  return out;
}

function joinSegments(
  { segments, codes }: ReturnType<Project['tables']['coding']>,
  structure: Entry['structure'],
): SegmentRow[] {
  const codesOf = new Map<number, number[]>();
  for (const [segment, code] of codes) {
    const list = codesOf.get(segment);
    if (list) list.push(code);
    else codesOf.set(segment, [code]);
  }
  return segments.map(([id, doc, start, end, coder]) => {
    const turn = turnAt(structure.turnsByDoc.get(doc), start);
    const speaker = turn?.[4] ?? null;
    return {
      id,
      doc,
      start,
      end,
      coder,
      turn: turn?.[0] ?? null,
      speaker,
      role: speaker === null ? null : (structure.roles.get(speaker) ?? null),
      codes: codesOf.get(id) ?? [],
    };
  });
}

/** The last turn starting at or before `at` that still holds it (turns sorted by start). */
export function turnAt(turns: RawTurn[] | undefined, at: number): RawTurn | undefined {
  if (!turns) return undefined;
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((turns[mid]?.[2] ?? Infinity) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const turn = turns[found];
  return turn && at < turn[3] ? turn : undefined;
}

function group(rows: ValueRow[]): Map<number, Map<string, string[]>> {
  const out = new Map<number, Map<string, string[]>>();
  for (const r of rows) {
    const byName = out.get(r.owner) ?? new Map<string, string[]>();
    byName.set(r.name, [...(byName.get(r.name) ?? []), r.value]);
    out.set(r.owner, byName);
  }
  return out;
}
