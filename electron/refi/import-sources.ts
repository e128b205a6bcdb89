// Text sources of a REFI-QDA project as Kvalkod documents, and their selections as coded
// passages. The text is read as the file holds it, then normalised (BOM, CRLF, NFC) with every
// position moved along; each passage is checked against the coded text the file names, and a
// passage that does not match is reported instead of being stored in the wrong place.
import { createHash } from 'node:crypto';
import type { Project } from '../../db/project';
import type { createExchangeQueries } from '../../db/queries/exchange';
import { countWords } from '../../shared/documents/types';
import type { RefiTextSource } from '../../shared/refi/model';
import { checkSelectionName, excerpt, internalPath } from '../../shared/refi/names';
import { normaliseSourceText, selectionRange } from '../../shared/refi/offsets';
import { detectTurns } from '../../shared/transcript/detect';
import { decodeText, looksBinary } from '../import/decode-text';
import { uniqueName } from '../import/batch';
import { lineParagraphs } from '../import/text-model';
import { message } from '../../shared/messages';
import { readValues, type VariableMap } from './import-values';
import type { Warnings } from './warnings';

export interface SourceContext {
  project: Project;
  ex: ReturnType<typeof createExchangeQueries>;
  warnings: Warnings;
  texts: Map<string, Buffer>;
  codes: Map<string, number>;
  users: Map<string, number>;
  variables: VariableMap;
  /** Filled here: source GUID -> document id, selection GUID -> segment id. */
  documents: Map<string, number>;
  selections: Map<string, number>;
  /** Passage notes of selections that could not become passages, kept on their document. */
  orphanNotes: { documentId: number; title: string; text: string }[];
}

/** The source's text as the file has it, or null (reported) when it cannot be had. */
function rawText(s: RefiTextSource, ctx: SourceContext): string | null {
  if (s.content !== null) return s.content;
  const where = internalPath(s.path);
  if (where.kind === 'outside') {
    const document = s.name;
    ctx.warnings.add(
      s.path !== null
        ? message('refiSourceOutside', { document, path: s.path })
        : s.richPath !== null
          ? message('refiSourceOnlyRich', { document, path: s.richPath })
          : message('refiSourceNoPath', { document }),
    );
    return null;
  }
  // A name with a folder part could point outside sources/: never follow it.
  if (where.kind === 'unsafe') {
    ctx.warnings.add(message('refiSourceUnsafePath', { document: s.name, path: s.path ?? '' }));
    return null;
  }
  const file = where.name;
  const bytes = ctx.texts.get(file.toLowerCase());
  if (!bytes) {
    ctx.warnings.add(message('refiSourceFileMissing', { document: s.name, file }));
    return null;
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8')
    ctx.warnings.add(
      message('refiSourceNotUtf8', { document: s.name, encoding: decoded.encoding }),
    );
  if (looksBinary(decoded.text)) {
    ctx.warnings.add(message('refiSourceBinary', { document: s.name, file }));
    return null;
  }
  return decoded.text;
}

export function importSource(s: RefiTextSource, ctx: SourceContext): number {
  const raw = rawText(s, ctx);
  if (raw === null) return 0;
  const normalised = normaliseSourceText(raw);
  const { text, map } = normalised;
  const paragraphs = lineParagraphs(text);
  const detection = detectTurns(text, paragraphs, { kind: 'auto' });
  const documentId = ctx.project.documents.insert({
    name: uniqueName(ctx.project.documents.names(), s.name),
    kind: 'transcript',
    text,
    textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    words: countWords(text),
    sourceName: s.name,
    sourceFormat: 'qdpx',
    paragraphs,
    speakers: detection.speakers.map((sp) => ({ label: sp.label, role: sp.role })),
    turns: detection.turns,
  });
  ctx.ex.adoptDocumentGuid(documentId, s.guid);
  ctx.documents.set(s.guid, documentId);
  for (const [attribute, values] of readValues(
    s.values,
    ctx.variables,
    { document: s.name },
    ctx.warnings,
  ))
    ctx.project.attributes.setValues(documentId, attribute, values);

  const last = map.length - 1;
  let stored = 0;
  const codeIdsOf = (codings: { code: string }[]) =>
    codings.flatMap((c) => {
      const id = ctx.codes.get(c.code);
      if (id === undefined)
        ctx.warnings.add(message('refiCodingMissingCode', { document: s.name }));
      return id === undefined ? [] : [id];
    });
  const now = new Date().toISOString();
  const store = (
    guid: string,
    start: number,
    end: number,
    codeIds: number[],
    meta: { user: string | null; created: string | null; modified: string | null; memo: string },
  ) => {
    const created = meta.created ?? now;
    const id = ctx.ex.insertSegment(
      {
        guid: ctx.ex.freeGuid('segments', guid),
        document_id: documentId,
        start,
        end,
        coder_id: meta.user === null ? null : (ctx.users.get(meta.user) ?? null),
        memo: meta.memo,
        created_at: created,
        updated_at: meta.modified ?? created,
      },
      codeIds,
    );
    ctx.selections.set(guid, id);
    stored++;
  };

  for (const sel of s.selections) {
    const where = { document: s.name, start: sel.start, end: sel.end };
    if (sel.start > sel.end || sel.end > last) {
      ctx.warnings.add(message('refiSelectionOutside', { ...where, length: last }));
      continue;
    }
    const { start, end } = selectionRange(normalised, sel.start, sel.end);
    if (end <= start) {
      ctx.warnings.add(message('refiSelectionEmpty', where));
      continue;
    }
    if (
      sel.name !== null &&
      checkSelectionName(sel.name, text.slice(start, end), text) === 'differs'
    ) {
      ctx.warnings.add(
        message('refiSelectionDiffers', {
          ...where,
          expected: excerpt(sel.name, 60),
          actual: excerpt(text.slice(start, end), 60),
        }),
      );
      continue;
    }
    const codeIds = codeIdsOf(sel.codings);
    if (codeIds.length === 0) {
      if (sel.description !== '')
        ctx.orphanNotes.push({
          documentId,
          title: excerpt(text.slice(start, end), 60),
          text: sel.description,
        });
      ctx.warnings.add(
        message(sel.description ? 'refiSelectionNoCodesNoteKept' : 'refiSelectionNoCodes', where),
      );
      continue;
    }
    // Some tools name the coder only on each Coding, not on the selection.
    const user = sel.user ?? sel.codings.find((c) => c.user !== null)?.user ?? null;
    store(sel.guid, start, end, codeIds, { ...sel, user, memo: sel.description });
  }
  const whole = codeIdsOf(s.codings);
  if (whole.length > 0 && text.length > 0) {
    store(crypto.randomUUID(), 0, text.length, whole, {
      user: s.user,
      created: s.created,
      modified: s.modified,
      memo: '',
    });
    ctx.warnings.add(message('refiWholeSource', { document: s.name }));
  }
  return stored;
}
