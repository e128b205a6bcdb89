// What an agreement comparison is computed from, read from the project: coder names to ids, the
// documents (named, or those every chosen coder has coded), passages, units and the codes to report.
import type { Project } from '../../db/project';
import { computeAgreement } from '../../shared/agreement/compute';
import type { AgreementInput, InputDocument } from '../../shared/agreement/input';
import { selectCodes } from '../../shared/agreement/selection';
import type { AgreementNote, AgreementResult } from '../../shared/agreement/types';
import { unitRanges } from '../../shared/agreement/units';
import type { AgreementQuery } from '../../shared/api/contract-agreement';
import { ApiError } from '../../shared/api/errors';

/** Coder names to ids, in the order given; an unknown name is refused by name. */
export function coderIds(project: Project, names: readonly string[]): number[] {
  const byName = new Map(project.coders.list().map((c) => [c.name, c.id]));
  const unique = [...new Set(names)];
  if (unique.length < 2)
    throw new ApiError('too_few_coders', 'Choose at least two different coders to compare.');
  return unique.map((n) => {
    const id = byName.get(n);
    if (id === undefined)
      throw new ApiError('unknown_coder', `There is no coder named "${n}" in this project.`, {
        name: n,
      });
    return id;
  });
}

function documentIds(project: Project, refs: AgreementQuery['documents'], coders: number[]) {
  if (refs.length === 0) return project.agreement.documentsCodedByAll(coders);
  const docs = project.documents.list();
  const byName = new Map(docs.map((d) => [d.name, d.id]));
  const ids = new Set(docs.map((d) => d.id));
  return [
    ...new Set(
      refs.map((ref) => {
        const found =
          typeof ref === 'number'
            ? ids.has(ref)
              ? ref
              : undefined
            : (byName.get(ref) ??
              (/^\d+$/.test(ref) && ids.has(Number(ref)) ? Number(ref) : undefined));
        if (found === undefined)
          throw new ApiError('unknown_document', `There is no document "${ref}" in this project.`, {
            name: String(ref),
          });
        return found;
      }),
    ),
  ];
}

/** Reads what the comparison needs from the project and computes it. */
export function compareCoders(project: Project, query: AgreementQuery): AgreementResult {
  const names = [...new Set(query.coders)];
  const coders = coderIds(project, names);
  const docIds = documentIds(project, query.documents, coders);
  const notes: AgreementNote[] = [];
  if (docIds.length === 0) notes.push({ code: 'noDocuments', params: {} });
  const coderIndex = new Map(coders.map((id, i) => [id, i]));
  const passages = project.agreement.passages(coders, docIds).map((p) => ({
    id: p.id,
    documentId: p.documentId,
    start: p.start,
    end: p.end,
    coder: coderIndex.get(p.coderId) ?? 0,
    codeIds: p.codeIds,
  }));
  const coded = new Set(passages.map((p) => p.coder));
  names.forEach((coder, i) => {
    if (docIds.length > 0 && !coded.has(i))
      notes.push({ code: 'coderWithoutCoding', params: { coder } });
  });
  const documents: InputDocument[] = project.agreement.unitSources(docIds).map((d) => ({
    id: d.id,
    name: d.name,
    get text() {
      return d.text; // still read only when used
    },
    units: query.unit === 'character' ? [] : unitRanges(query.unit, d),
  }));
  const used = new Set(passages.flatMap((p) => p.codeIds));
  const selection = selectCodes(query.codes, project.codes.list(), used);
  const input: AgreementInput = { coders: names, documents, passages, ...selection };
  const result = computeAgreement(input, query.unit, query.overlap, query.disagreementLimit);
  return { ...result, notes: [...notes, ...result.notes] };
}
