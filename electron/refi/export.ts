// The open project as REFI-QDA: a .qdpx (project.qde plus every document's text under sources/)
// or a .qdc codebook. Positions become code points; GUIDs are the stored ones, so a second export
// names the same things the same way.
import type { Project } from '../../db/project';
import { createExchangeQueries } from '../../db/queries/exchange';
import type { DbCodeRow, DbMemoRow } from '../../db/queries/history-ops';
import { ApiError } from '../../shared/api/errors';
import type { RefiReport } from '../../shared/api/contract-refi';
import { message, type Message } from '../../shared/messages';
import { joinCodeDescription } from '../../shared/refi/code-description';
import type {
  RefiCode,
  RefiNote,
  RefiProject,
  RefiSelection,
  RefiTextSource,
  RefiValue,
  RefiVariable,
  RefiVariableType,
} from '../../shared/refi/model';
import { excerpt, numberedName } from '../../shared/refi/names';
import { OffsetIndex } from '../../shared/refi/offsets';
import { describeAttribute, variableType, writeValue } from '../../shared/refi/variables';
import { writeCodebook, writeProject } from '../../shared/refi/write';
import { APP_VERSION } from '../../shared/version';
import { derivedGuid } from './guids';
import { writeZip } from './zip-write';

export const ORIGIN = `Kvalkod ${APP_VERSION}`;

export interface ExportResult {
  bytes: Buffer;
  report: RefiReport;
}

function codeTree(rows: DbCodeRow[], notesOf: (id: number) => string[]): RefiCode[] {
  const children = new Map<number | null, DbCodeRow[]>();
  for (const r of rows) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
  const seen = new Set<number>();
  const build = (parent: number | null): RefiCode[] =>
    (children.get(parent) ?? [])
      .filter((r) => !seen.has(r.id) && seen.add(r.id))
      .map((r) => ({
        guid: r.guid,
        name: numberedName(r.name, r.number),
        codable: r.codable === 1,
        color: r.color,
        description: joinCodeDescription({
          description: r.description,
          whenToUse: r.when_to_use,
          whenNotToUse: r.when_not_to_use,
          example: r.example,
        }),
        noteRefs: notesOf(r.id),
        children: build(r.id),
      }));
  return build(null);
}

/** Everything of the project in the REFI-QDA model, and the text files it refers to. */
export function buildRefiProject(project: Project): {
  model: RefiProject;
  files: Map<string, string>;
  warnings: Message[];
} {
  const ex = createExchangeQueries(project.db);
  // A read-only project is exported with its cases as they were saved.
  if (!project.readOnly) project.db.transaction(() => project.cases.syncDerived())();
  const warnings: Message[] = [];
  const coders = ex.coders();
  const coderGuid = new Map(coders.map((c) => [c.id, c.guid]));
  const coderByName = new Map(coders.map((c) => [c.name, c.guid]));
  const memos = ex.memos();
  const notesOf = (kind: DbMemoRow['target_kind'], id: number | null) =>
    memos.filter((m) => m.target_kind === kind && m.target_id === id).map((m) => m.guid);

  const codeRows = ex.codes();
  const codeGuid = new Map(codeRows.map((c) => [c.id, c.guid]));

  const attributes = project.attributes.list();
  const attributeGuid = new Map(ex.attributes().map((a) => [a.id, a.guid]));
  const docValues = new Map<number, Map<number, string[]>>();
  for (const v of ex.documentValues()) {
    const of = docValues.get(v.document_id) ?? new Map<number, string[]>();
    of.set(v.attribute_id, [...(of.get(v.attribute_id) ?? []), v.value]);
    docValues.set(v.document_id, of);
  }
  const cases = project.cases.list();
  const types = new Map<number, RefiVariableType>();
  const variables: RefiVariable[] = attributes.map((a) => {
    const all = [...docValues.values(), ...cases.map((c) => c.values)].flatMap(
      (m) => m.get(a.id) ?? [],
    );
    const type = variableType(a.type, a.multiple, all);
    types.set(a.id, type);
    return {
      guid: attributeGuid.get(a.id) ?? '',
      name: a.name,
      type,
      description: describeAttribute(a.type, a.multiple),
    };
  });
  const valuesOf = (of: Map<number, string[]> | undefined): RefiValue[] =>
    [...(of ?? new Map<number, string[]>())].map(([id, list]) => {
      const type = types.get(id) ?? 'Text';
      return { variable: attributeGuid.get(id) ?? '', type, value: writeValue(type, list) };
    });

  const segmentsByDoc = new Map<number, ReturnType<typeof ex.segments>>();
  for (const s of ex.segments())
    segmentsByDoc.set(s.document_id, [...(segmentsByDoc.get(s.document_id) ?? []), s]);

  const files = new Map<string, string>();
  const documents = ex.documents();
  const docGuid = new Map(documents.map((d) => [d.id, d.guid]));
  const sources: RefiTextSource[] = documents.map((d) => {
    const index = new OffsetIndex(d.text);
    const file = `${d.guid}.txt`;
    // Readers drop a U+FEFF at the start of a file as its byte order mark; a text that begins with
    // one as a character gets a byte order mark before it, so that the character stays.
    files.set(`sources/${file}`, d.text.startsWith('\uFEFF') ? `\uFEFF${d.text}` : d.text);
    const selections: RefiSelection[] = [];
    for (const s of segmentsByDoc.get(d.id) ?? []) {
      const start = index.toCodePoint(s.start);
      const end = index.toCodePoint(s.end);
      if (start === null || end === null) {
        warnings.push(
          message('refiPassageDoesNotFit', { document: d.name, start: s.start, end: s.end }),
        );
        continue;
      }
      const user = s.coder_id === null ? null : (coderGuid.get(s.coder_id) ?? null);
      selections.push({
        guid: s.guid,
        name: excerpt(d.text.slice(s.start, s.end)),
        start,
        end,
        description: s.memo,
        user,
        created: s.created_at,
        modified: s.updated_at,
        codings: (JSON.parse(s.code_ids) as number[]).map((codeId) => {
          const code = codeGuid.get(codeId) ?? '';
          return { guid: derivedGuid(s.guid, code), code, user, created: s.created_at };
        }),
        noteRefs: notesOf('segment', s.id),
      });
    }
    return {
      guid: d.guid,
      name: d.name,
      path: `internal://${file}`,
      richPath: null,
      aliases: [],
      content: null,
      description: '',
      user: null,
      created: d.imported_at,
      modified: null,
      selections,
      codings: [],
      noteRefs: notesOf('document', d.id),
      values: valuesOf(docValues.get(d.id)),
    };
  });

  const notes: RefiNote[] = memos.map((m) => ({
    guid: m.guid,
    name: m.title,
    content: m.text,
    path: null,
    user: m.author === null ? null : (coderByName.get(m.author) ?? null),
    created: m.created_at,
    modified: m.updated_at,
  }));

  const current = project.coders.current();
  const model: RefiProject = {
    name: project.name,
    origin: ORIGIN,
    description: project.meta.get('description') ?? '',
    created: project.meta.get('created_at') ?? null,
    modified: new Date().toISOString(),
    creatingUser: current === null ? null : (coderByName.get(current) ?? null),
    users: coders.map((c) => ({ guid: c.guid, name: c.name })),
    codes: codeTree(codeRows, (id) => notesOf('code', id)),
    variables,
    cases: cases.map((c) => ({
      guid: c.guid,
      name: c.name,
      description: c.description,
      values: valuesOf(c.values),
      sourceRefs: c.documentIds.map((id) => docGuid.get(id) ?? '').filter(Boolean),
      codeRefs: [],
      selectionRefs: [],
    })),
    sources,
    otherSources: [],
    notes,
    noteRefs: notesOf('journal', null),
  };
  return { model, files, warnings };
}

export const countCodes = (list: RefiCode[]): number =>
  list.reduce((n, c) => n + 1 + countCodes(c.children), 0);

export function reportOf(model: RefiProject, warnings: Message[]): RefiReport {
  return {
    documents: model.sources.length,
    codes: countCodes(model.codes),
    segments: model.sources.reduce((n, s) => n + s.selections.length, 0),
    notes: model.notes.length,
    cases: model.cases.length,
    variables: model.variables.length,
    warnings,
  };
}

export async function exportProject(project: Project): Promise<ExportResult> {
  const { model, files, warnings } = buildRefiProject(project);
  const entries = [{ name: 'project.qde', data: Buffer.from(writeProject(model), 'utf8') }];
  for (const [name, text] of files) entries.push({ name, data: Buffer.from(text, 'utf8') });
  return { bytes: await writeZip(entries), report: reportOf(model, warnings) };
}

export function exportCodebook(project: Project): ExportResult {
  const codes = codeTree(createExchangeQueries(project.db).codes(), () => []);
  if (codes.length === 0)
    throw new ApiError('invalid_input', 'The codebook is empty: there is nothing to export.', {
      field: 'format',
    });
  const report = { documents: 0, codes: countCodes(codes), segments: 0, notes: 0, cases: 0 };
  return {
    bytes: Buffer.from(writeCodebook(codes, ORIGIN), 'utf8'),
    report: { ...report, variables: 0, warnings: [] },
  };
}
