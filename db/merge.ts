// Merges a coder's copy into the open project, through the undo recorder (so the whole merge is
// one history entry, one transaction). Documents match by their text's hash, codes by GUID, then
// area number, then name; a passage is the same passage when document, start, end and coder are.
import { randomUUID } from 'node:crypto';
import type { MergeReport } from '../shared/agreement/merge-report';
import type { Project } from './project';
import type { Recorder } from './queries/history';
import type { DbCodeRow } from './queries/history-ops';
import type { MergeSource, SourceDocument } from './queries/merge-source';

export interface MergeOptions {
  /** The copy's file name, for the report. */
  file: string;
  /** Add a document whose name is taken by a different text as a document of its own. */
  addDiffering: boolean;
}

/** A row of the copy without its id: it gets one of ours when inserted. */
function withoutId<T extends { id: number }>(row: T): Omit<T, 'id'> {
  const rest: Partial<T> = { ...row };
  delete rest.id;
  return rest as Omit<T, 'id'>;
}

const fold = (s: string) => s.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');

/** What the open project holds already, read once per merge. */
function ours(project: Project) {
  const db = project.db;
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];
  const segments = all<{
    id: number;
    guid: string;
    document_id: number;
    start: number;
    end: number;
    coder_id: number | null;
  }>('SELECT id, guid, document_id, start, "end", coder_id FROM segments');
  return {
    documents: all<{ id: number; name: string; guid: string; text_hash: string }>(
      'SELECT id, name, guid, text_hash FROM documents',
    ),
    codes: all<Pick<DbCodeRow, 'id' | 'guid' | 'parent_id' | 'name' | 'number' | 'shortcut'>>(
      'SELECT id, guid, parent_id, name, number, shortcut FROM codes',
    ),
    /** Our passages by document, range and coder (several may share one). */
    segmentKeys: segments.reduce((map, s) => {
      const key = `${s.document_id}:${s.start}:${s.end}:${s.coder_id ?? ''}`;
      const list = map.get(key);
      if (list) list.push(s.id);
      else map.set(key, [s.id]);
      return map;
    }, new Map<string, number[]>()),
    segmentGuids: new Map(segments.map((s) => [s.guid, s.id])),
    memoGuids: new Set(all<{ guid: string }>('SELECT guid FROM memos').map((m) => m.guid)),
    attributes: all<{ id: number; name: string; type: string; multiple: number }>(
      'SELECT id, name, type, multiple FROM attributes',
    ),
    choiceOrder: all<{ attribute_id: number; n: number }>(
      'SELECT attribute_id, max(sort_order) AS n FROM attribute_choices GROUP BY attribute_id',
    ),
    maxAttributeOrder: (
      db.prepare('SELECT coalesce(max(sort_order), -1) AS n FROM attributes').get() as { n: number }
    ).n,
  };
}
type Ours = ReturnType<typeof ours>;

function uniqueName(taken: Set<string>, wanted: string): string {
  let name = wanted;
  for (let n = 2; taken.has(name); n++) name = `${wanted} (${n})`;
  taken.add(name);
  return name;
}

/** Their documents -> ours: matched by text, added, or reported as differing. */
function mergeDocuments(
  rec: Recorder,
  have: Ours,
  source: MergeSource,
  options: MergeOptions,
  report: MergeReport,
): Map<number, number> {
  const map = new Map<number, number>();
  const byHash = new Map(have.documents.map((d) => [d.text_hash, d.id]));
  const byName = new Map(have.documents.map((d) => [d.name, d]));
  // The same GUID is the same imported document, whatever either side has named it since.
  const byGuid = new Map(have.documents.map((d) => [d.guid, d]));
  const guids = new Set(have.documents.map((d) => d.guid));
  const names = new Set(have.documents.map((d) => d.name));
  const speakers = new Map<number, typeof source.speakers>();
  for (const s of source.speakers)
    speakers.set(s.document_id, [...(speakers.get(s.document_id) ?? []), s]);
  const turns = new Map<number, typeof source.turns>();
  for (const t of source.turns) turns.set(t.document_id, [...(turns.get(t.document_id) ?? []), t]);

  for (const doc of source.documents) {
    const matched = byHash.get(doc.text_hash);
    const text = doc.text;
    if (matched !== undefined || text === null) {
      // A text not read is one the project had when the copy was read.
      if (matched !== undefined) map.set(doc.id, matched);
      report.documents.matched++;
      continue;
    }
    const counterpart = byName.get(doc.name) ?? byGuid.get(doc.guid);
    let name = doc.name;
    if (counterpart) {
      report.documents.differing.push(doc.name);
      if (!options.addDiffering) {
        report.warnings.push({
          code: 'differingDocument',
          params: { document: doc.name, file: options.file },
        });
        continue;
      }
      name = uniqueName(names, `${doc.name} (${options.file.replace(/\.kvalkod$/i, '')})`);
      report.warnings.push({
        code: 'addedDiffering',
        params: { document: doc.name, file: options.file, added: name },
      });
    } else names.add(name);
    const id = insertDocument(
      rec,
      { ...doc, text },
      name,
      guids,
      speakers.get(doc.id) ?? [],
      turns.get(doc.id) ?? [],
    );
    map.set(doc.id, id);
    byHash.set(doc.text_hash, id);
    report.documents.added++;
  }
  return map;
}

function insertDocument(
  rec: Recorder,
  doc: SourceDocument & { text: string },
  name: string,
  guids: Set<string>,
  speakers: MergeSource['speakers'],
  turns: MergeSource['turns'],
): number {
  const guid = guids.has(doc.guid) ? randomUUID() : doc.guid;
  guids.add(guid);
  const row = withoutId(doc);
  const id = rec.insert('documents', { ...row, guid, name });
  const speakerIds = new Map<number, number>();
  for (const s of speakers)
    speakerIds.set(s.id, rec.insert('speakers', { document_id: id, label: s.label, role: s.role }));
  for (const t of turns)
    rec.insert('turns', {
      document_id: id,
      speaker_id: t.speaker_id === null ? null : (speakerIds.get(t.speaker_id) ?? null),
      start: t.start,
      label_end: t.label_end,
      end: t.end,
    });
  return id;
}

/** Attribute values of the documents the merge added (matched documents keep ours). */
function mergeValues(
  rec: Recorder,
  have: Ours,
  source: MergeSource,
  added: ReadonlySet<number>,
  documents: ReadonlyMap<number, number>,
): void {
  const byName = new Map(have.attributes.map((a) => [fold(a.name), a.id]));
  const choiceOrder = new Map(have.choiceOrder.map((c) => [c.attribute_id, c.n]));
  const attributeIds = new Map<number, number>();
  let order = have.maxAttributeOrder;
  const ensure = (theirs: MergeSource['attributes'][number]) => {
    let id = attributeIds.get(theirs.id) ?? byName.get(fold(theirs.name));
    if (id === undefined) {
      id = rec.insert('attributes', {
        name: theirs.name,
        type: theirs.type,
        multiple: theirs.multiple,
        sort_order: ++order,
      });
      byName.set(fold(theirs.name), id);
    }
    attributeIds.set(theirs.id, id);
    return id;
  };
  const attributes = new Map(source.attributes.map((a) => [a.id, a]));
  for (const v of source.values) {
    const doc = documents.get(v.document_id);
    const attribute = attributes.get(v.attribute_id);
    if (doc === undefined || !added.has(doc) || !attribute) continue;
    const id = ensure(attribute);
    rec.insertRow('attribute_values', { document_id: doc, attribute_id: id, value: v.value });
    if (attribute.type === 'category') {
      const order = (choiceOrder.get(id) ?? -1) + 1;
      if (
        rec.insertRow('attribute_choices', {
          attribute_id: id,
          value: v.value,
          sort_order: order,
        })
      )
        choiceOrder.set(id, order);
    }
  }
}

/** Their codes -> ours by GUID, area number, then name under the same parent; the rest added. */
function mergeCodes(
  rec: Recorder,
  have: Ours,
  source: MergeSource,
  options: MergeOptions,
  report: MergeReport,
): Map<number, number> {
  const map = new Map<number, number>();
  const byGuid = new Map(have.codes.map((c) => [c.guid, c]));
  const byNumber = new Map(have.codes.filter((c) => c.number !== null).map((c) => [c.number, c]));
  const shortcuts = new Set(have.codes.map((c) => c.shortcut).filter((s) => s !== null));
  const theirs = new Map(source.codes.map((c) => [c.id, c]));
  const visit = (code: DbCodeRow, depth = 0): number | undefined => {
    const known = map.get(code.id);
    if (known !== undefined || depth > 64) return known;
    const parent = code.parent_id === null ? null : theirs.get(code.parent_id);
    const parentId = parent ? (visit(parent, depth + 1) ?? null) : null;
    const found =
      byGuid.get(code.guid) ??
      (code.number !== null ? byNumber.get(code.number) : undefined) ??
      have.codes.find((c) => c.parent_id === parentId && fold(c.name) === fold(code.name));
    if (found) {
      map.set(code.id, found.id);
      report.codes.matched++;
      if (fold(found.name) !== fold(code.name))
        report.warnings.push({
          code: 'codeRenamed',
          params: { theirs: code.name, ours: found.name, file: options.file },
        });
      return found.id;
    }
    const row = withoutId(code);
    const id = rec.insert('codes', {
      ...row,
      parent_id: parentId,
      group_kind: parentId === null ? code.group_kind : null,
      shortcut: code.shortcut !== null && !shortcuts.has(code.shortcut) ? code.shortcut : null,
    });
    if (code.shortcut) shortcuts.add(code.shortcut);
    const added = {
      id,
      guid: code.guid,
      parent_id: parentId,
      name: code.name,
      number: code.number,
      shortcut: null,
    };
    have.codes.push(added);
    byGuid.set(code.guid, added);
    if (code.number !== null) byNumber.set(code.number, added);
    map.set(code.id, id);
    report.codes.added++;
    return id;
  };
  for (const code of source.codes) visit(code);
  return map;
}

/** Adds the copy's documents, codes, passages and memos to the project; returns what it did. */
export function mergeProject(
  project: Project,
  rec: Recorder,
  source: MergeSource,
  options: MergeOptions,
): MergeReport {
  const report: MergeReport = {
    documents: { matched: 0, added: 0, differing: [] },
    codes: { matched: 0, added: 0 },
    segments: { added: 0, skipped: 0 },
    memos: { added: 0 },
    coders: [],
    warnings: [],
  };
  const have = ours(project);
  const documents = mergeDocuments(rec, have, source, options, report);
  const before = new Set(have.documents.map((d) => d.id));
  const added = new Set([...documents.values()].filter((id) => !before.has(id)));
  mergeValues(rec, have, source, added, documents);
  const codes = mergeCodes(rec, have, source, options, report);
  const segments = mergeSegments(project, rec, have, source, { documents, codes }, options, report);
  mergeMemos(rec, have, source, { documents, codes, segments }, report);
  return report;
}

function mergeSegments(
  project: Project,
  rec: Recorder,
  have: Ours,
  source: MergeSource,
  maps: { documents: Map<number, number>; codes: Map<number, number> },
  options: MergeOptions,
  report: MergeReport,
): Map<number, number> {
  const map = new Map<number, number>();
  const coderNames = new Map(source.coders.map((c) => [c.id, c.name]));
  const coderIds = new Map<string, number>();
  const coderId = (theirs: number | null) => {
    const name = theirs === null ? undefined : coderNames.get(theirs);
    if (name === undefined) return null;
    let id = coderIds.get(name);
    if (id === undefined) coderIds.set(name, (id = project.coders.idFor(name)));
    return id;
  };
  const codesOf = new Map<number, number[]>();
  for (const sc of source.segmentCodes) {
    const list = codesOf.get(sc.segment_id);
    if (list) list.push(sc.code_id);
    else codesOf.set(sc.segment_id, [sc.code_id]);
  }
  // Only texts new to the project are read: the others are the project's own, where the copy's
  // passages were checked when they were made.
  const lengths = new Map(source.documents.map((d) => [d.id, d.text?.length ?? Infinity]));
  const names = new Map(source.documents.map((d) => [d.id, d.name]));
  const coders = new Set<string>();
  // Each of our passages stands for one of theirs: a copy with two passages of the same range and
  // coder adds the second when the project has only one.
  const used = new Set<number>();
  const same = (key: string, guid: string) => {
    const byGuid = have.segmentGuids.get(guid);
    if (byGuid !== undefined) return byGuid;
    return have.segmentKeys.get(key)?.find((id) => !used.has(id));
  };
  for (const seg of source.segments) {
    const doc = maps.documents.get(seg.document_id);
    if (doc === undefined) continue;
    const coder = coderId(seg.coder_id);
    const key = `${doc}:${seg.start}:${seg.end}:${coder ?? ''}`;
    const existing = same(key, seg.guid);
    if (existing !== undefined) {
      used.add(existing);
      map.set(seg.id, existing);
      report.segments.skipped++;
      continue;
    }
    const document = names.get(seg.document_id) ?? '';
    if (seg.end > (lengths.get(seg.document_id) ?? 0)) {
      report.warnings.push({ code: 'segmentOutOfRange', params: { document, file: options.file } });
      continue;
    }
    const codeIds = [...new Set((codesOf.get(seg.id) ?? []).map((c) => maps.codes.get(c)))].filter(
      (c) => c !== undefined,
    );
    if (codeIds.length === 0) {
      report.warnings.push({ code: 'uncodedSegment', params: { document, file: options.file } });
      continue;
    }
    // Every column of a passage is the copy's, so nothing needs reading back.
    const id = rec.insertComplete('segments', {
      guid: seg.guid,
      document_id: doc,
      start: seg.start,
      end: seg.end,
      coder_id: coder,
      memo: seg.memo,
      created_at: seg.created_at,
      updated_at: seg.updated_at,
    });
    for (const c of codeIds) rec.linkNew(id, c);
    have.segmentGuids.set(seg.guid, id);
    used.add(id);
    map.set(seg.id, id);
    report.segments.added++;
    const name = seg.coder_id === null ? undefined : coderNames.get(seg.coder_id);
    if (name !== undefined) coders.add(name);
  }
  report.coders = [...new Set([...report.coders, ...coders])].sort((a, b) =>
    a.localeCompare(b, 'sv'),
  );
  return map;
}

function mergeMemos(
  rec: Recorder,
  have: Ours,
  source: MergeSource,
  maps: {
    documents: Map<number, number>;
    codes: Map<number, number>;
    segments: Map<number, number>;
  },
  report: MergeReport,
): void {
  for (const memo of source.memos) {
    if (have.memoGuids.has(memo.guid)) continue;
    const target =
      memo.target_kind === 'journal' || memo.target_id === null
        ? null
        : (memo.target_kind === 'document'
            ? maps.documents
            : memo.target_kind === 'code'
              ? maps.codes
              : maps.segments
          ).get(memo.target_id);
    if (memo.target_kind !== 'journal' && target === undefined) continue;
    const row = withoutId(memo);
    rec.insert('memos', { ...row, target_id: target ?? null });
    have.memoGuids.add(memo.guid);
    report.memos.added++;
  }
}
