// A REFI-QDA project (.qdpx) into a new Kvalkod project, and a codebook (.qdc) into the open one.
// The file is read and checked whole before anything is written; then everything is written in
// ONE transaction, so a failure leaves nothing half-saved.
import type { Project } from '../../db/project';
import { createExchangeQueries } from '../../db/queries/exchange';
import type { RefiReport } from '../../shared/api/contract-refi';
import type { RefiProject } from '../../shared/refi/model';
import { internalPath } from '../../shared/refi/names';
import { readUserFileOrFail } from '../files/read-user-file';
import { decodeText } from '../import/decode-text';
import { importCases } from './import-cases';
import { importCodes } from './import-codes';
import { importSource, type SourceContext } from './import-sources';
import { importVariables } from './import-values';
import { parseRefiXml, Reader } from './read-xml';
import { message } from '../../shared/messages';
import { Warnings } from './warnings';
import { readQdpx } from './zip-read';

/** Files larger than this are not read into memory at all. */
const MAX_FILE_BYTES = 1024 * 1024 * 1024;

export function readFileChecked(path: string, name: string): Promise<Buffer> {
  return readUserFileOrFail(path, name, { maxBytes: MAX_FILE_BYTES });
}

export interface ParsedQdpx {
  model: RefiProject;
  texts: Map<string, Buffer>;
  warnings: Warnings;
}

export async function readQdpxFile(bytes: Buffer, name: string): Promise<ParsedQdpx> {
  const zip = await readQdpx(bytes, name);
  const reader = new Reader();
  const model = reader.project(parseRefiXml(zip.qde, name, 'Project'));
  const warnings = new Warnings();
  for (const w of reader.warnings) warnings.add(w);
  return { model, texts: zip.texts, warnings };
}

/** Writes a read .qdpx into a fresh project; the caller made the project and owns its file. */
export function writeQdpx(project: Project, parsed: ParsedQdpx): RefiReport {
  const { model, warnings } = parsed;
  const ex = createExchangeQueries(project.db);
  return project.db.transaction((): RefiReport => {
    for (const o of model.otherSources)
      warnings.add(
        message('refiSourceNotText', { document: o.name, kind: o.kind.replace('Source', '') }),
      );
    const userNames = new Map(model.users.map((u) => [u.guid, u.name]));
    const users = new Map(model.users.map((u) => [u.guid, ex.coderId(u.name, u.guid)]));
    const codes = importCodes(
      model.codes,
      {
        existing: [],
        insert: (row) => ex.insertCode(row),
        freeGuid: (g) => ex.freeGuid('codes', g),
      },
      warnings,
    );
    const variables = importVariables(project, ex, model.variables, [
      ...model.sources.flatMap((s) => s.values),
      ...model.cases.flatMap((c) => c.values),
    ]);
    const ctx: SourceContext = {
      project,
      ex,
      warnings,
      texts: parsed.texts,
      codes: codes.ids,
      users,
      variables,
      documents: new Map(),
      selections: new Map(),
      orphanNotes: [],
    };
    let segments = 0;
    for (const s of model.sources) {
      segments += importSource(s, ctx);
      const id = ctx.documents.get(s.guid);
      if (id !== undefined && s.description !== '')
        ctx.orphanNotes.push({ documentId: id, title: 'Beskrivning', text: s.description });
    }
    const notes = importNotes(model, ctx, userNames);
    const cases = importCases(model, ctx);
    if (model.description !== '') project.meta.set('description', model.description);
    return {
      documents: ctx.documents.size,
      codes: codes.added,
      segments,
      notes,
      cases: cases.count,
      caseDocuments: cases.members,
      variables: variables.byGuid.size,
      warnings: warnings.list(),
    };
  })();
}

type Target = { kind: 'document' | 'code' | 'segment'; id: number } | { kind: 'journal' };

function importNotes(
  model: RefiProject,
  ctx: SourceContext,
  userNames: Map<string, string>,
): number {
  const targets = new Map<string, Target[]>();
  // Who refers to each note, by name, for the report when the note is missing.
  const owners = new Map<string, string | null>();
  const point = (guids: string[], t: Target, owner: string | null) =>
    guids.forEach((g) => {
      targets.set(g, [...(targets.get(g) ?? []), t]);
      if (!owners.has(g)) owners.set(g, owner);
    });
  const codesOf = (list: RefiProject['codes']): void =>
    list.forEach((c) => {
      const id = ctx.codes.get(c.guid);
      if (id !== undefined) point(c.noteRefs, { kind: 'code', id }, c.name);
      codesOf(c.children);
    });
  codesOf(model.codes);
  for (const s of model.sources) {
    const doc = ctx.documents.get(s.guid);
    if (doc !== undefined) point(s.noteRefs, { kind: 'document', id: doc }, s.name);
    for (const sel of s.selections) {
      const seg = ctx.selections.get(sel.guid);
      if (seg !== undefined) point(sel.noteRefs, { kind: 'segment', id: seg }, s.name);
      // A note of a passage that was not stored stays with its document.
      else if (doc !== undefined) point(sel.noteRefs, { kind: 'document', id: doc }, s.name);
    }
  }
  point(model.noteRefs, { kind: 'journal' }, null);

  const now = new Date().toISOString();
  let count = 0;
  const insert = (
    t: Target,
    m: {
      guid: string;
      title: string;
      text: string;
      author: string | null;
      created: string | null;
      modified: string | null;
    },
  ) => {
    const created = m.created ?? now;
    ctx.ex.insertMemo({
      guid: ctx.ex.freeGuid('memos', m.guid),
      target_kind: t.kind,
      target_id: t.kind === 'journal' ? null : t.id,
      title: m.title,
      text: m.text,
      author: m.author,
      created_at: created,
      updated_at: m.modified ?? created,
    });
    count++;
  };
  const known = new Set(model.notes.map((n) => n.guid));
  for (const [guid] of targets) {
    if (known.has(guid)) continue;
    const owner = owners.get(guid) ?? null;
    ctx.warnings.add(
      owner === null
        ? message('refiProjectNoteMissing', {})
        : message('refiNoteMissing', { owner }),
    );
  }
  for (const n of model.notes) {
    let text = n.content;
    const where = internalPath(n.path);
    if (text === null && where.kind === 'file') {
      const bytes = ctx.texts.get(where.name.toLowerCase());
      text = bytes ? decodeText(bytes).text : null;
    }
    if (text === null) {
      ctx.warnings.add(message('refiNoteWithoutText', { note: n.name }));
      continue;
    }
    const memo = {
      title: n.name,
      text: text.replace(/\r\n?/g, '\n').normalize('NFC'),
      author: n.user === null ? null : (userNames.get(n.user) ?? null),
      created: n.created,
      modified: n.modified,
    };
    // A note on several things becomes a memo on each; one on nothing goes to the journal.
    const list = targets.get(n.guid) ?? [{ kind: 'journal' }];
    list.forEach((t, i) => insert(t, { ...memo, guid: i === 0 ? n.guid : crypto.randomUUID() }));
  }
  for (const o of ctx.orphanNotes)
    insert(
      { kind: 'document', id: o.documentId },
      {
        guid: crypto.randomUUID(),
        title: o.title,
        text: o.text,
        author: null,
        created: null,
        modified: null,
      },
    );
  return count;
}
