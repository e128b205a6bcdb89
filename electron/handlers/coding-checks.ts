// Checks shared by the coding handlers: codes that exist and may be applied, ranges that lie in
// their document, and the `{ value, undo }` answer every change gives.
import type { Project } from '../../db/project';
import type { Changed } from '../../shared/api/contract-coding';
import { ApiError } from '../../shared/api/errors';
import type { Code } from '../../shared/codebook/types';

export function changed<T>(project: Project, value: T): Changed<T> {
  return { value, undo: project.history.state() };
}

/** How a code is named in summaries and messages: '3. Antal medarbetare ...' or 'Lön'. */
export const codeLabel = (code: Pick<Code, 'name' | 'number'>) =>
  code.number !== null ? `${code.number}. ${code.name}` : code.name;

export function requireCode(project: Project, id: number, field = 'id'): Code {
  const code = project.codes.get(id);
  if (!code) throw new ApiError('code_missing', `There is no code with id ${id}.`, { field, id });
  return code;
}

/** The codes to apply to a passage: they must exist and be codable (not a group heading). */
export function requireCodable(project: Project, ids: number[], field = 'codeIds'): Code[] {
  const byId = new Map(project.codes.list().map((c) => [c.id, c]));
  return [...new Set(ids)].map((id) => {
    const code = byId.get(id);
    if (!code) throw new ApiError('code_missing', `There is no code with id ${id}.`, { field, id });
    if (!code.codable)
      throw new ApiError(
        'code_not_codable',
        `"${code.name}" is a group heading and cannot be applied to a passage; choose one of the codes under it.`,
        { field, code: code.name },
      );
    return code;
  });
}

export function requireText(project: Project, documentId: number, field = 'documentId'): string {
  const text = project.search.text(documentId);
  if (text === null)
    throw new ApiError('document_missing', `There is no document with id ${documentId}.`, {
      field,
      ref: documentId,
    });
  return text;
}

/** A passage must be a non-empty range inside its document's text. */
export function checkRange(text: string, start: number, end: number): void {
  if (start > text.length)
    throw new ApiError(
      'range_outside',
      `start (${start}) lies beyond the end of the document (${text.length} characters).`,
      { field: 'start', start, end, length: text.length },
    );
  if (end > text.length)
    throw new ApiError(
      'range_outside',
      `end (${end}) lies beyond the end of the document (${text.length} characters).`,
      { field: 'end', start, end, length: text.length },
    );
  if (end <= start)
    throw new ApiError('range_outside', `end (${end}) must be greater than start (${start}).`, {
      field: 'end',
      start,
      end,
      length: text.length,
    });
}
