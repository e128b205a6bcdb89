// Cases of a REFI-QDA project: units of analysis (people, groups) with their documents and values.
// A case names its documents by GUID; QualCoder writes there the GUID its source's files are named
// after rather than the source's own, so both are looked up. Nameless cases with one source are how
// MAXQDA and Quirkos write a document's own variables: their values go onto that document.
import type { Attribute } from '../../shared/attributes/types';
import type { RefiCase, RefiProject } from '../../shared/refi/model';
import { message } from '../../shared/messages';
import { readValues } from './import-values';
import type { SourceContext } from './import-sources';

/** The attribute that shows which imported cases a document belongs to. */
export const CASE_ATTRIBUTE = 'Fall';

export interface CaseDocuments {
  case: string;
  documents: string[];
}

type Found = { documentId: number } | 'skipped' | null;

/** Finds a case's source by its GUID or by the GUID its files are named after. */
function sourceFinder(model: RefiProject, documents: Map<string, number>) {
  const byGuid = new Map<string, Found>();
  for (const o of model.otherSources)
    for (const g of [o.guid, ...o.aliases]) byGuid.set(g, 'skipped');
  for (const s of model.sources) {
    const id = documents.get(s.guid);
    // A text source that could not be read was reported where it was skipped.
    const found: Found = id === undefined ? 'skipped' : { documentId: id };
    for (const g of s.aliases) if (!byGuid.has(g)) byGuid.set(g, found);
    byGuid.set(s.guid, found);
  }
  return (guid: string): Found => byGuid.get(guid) ?? null;
}

export function importCases(
  model: RefiProject,
  ctx: SourceContext,
): { count: number; members: CaseDocuments[] } {
  const find = sourceFinder(model, ctx.documents);
  const names = new Map(ctx.project.documents.list().map((d) => [d.id, d.name]));
  // Kvalkod writes cases for its respondents and interview groups, which come back with the
  // attributes and answers they are made from; a document needs no second record of them.
  const ownFile = model.origin.startsWith('Kvalkod');
  const membership = new Map<number, string[]>();
  const members: CaseDocuments[] = [];
  let count = 0;
  model.cases.forEach((c, i) => {
    const documentIds = resolve(c, c.name || `Fall ${i + 1}`, find, ctx);
    const only = documentIds[0];
    if (c.name === '' && c.sourceRefs.length === 1 && only !== undefined) {
      documentValues(c, only, ctx, names.get(only) ?? '');
      return;
    }
    const name = c.name || `Fall ${i + 1}`;
    const id = ctx.project.cases.insert({
      guid: ctx.ex.freeGuid('cases', c.guid),
      name,
      description: c.description,
    });
    count++;
    for (const doc of documentIds) {
      ctx.project.cases.addDocument(id, doc);
      if (!ownFile) membership.set(doc, [...(membership.get(doc) ?? []), name]);
    }
    if (documentIds.length > 0 && !ownFile)
      members.push({ case: name, documents: documentIds.map((d) => names.get(d) ?? '') });
    if (c.codeRefs.length || c.selectionRefs.length)
      ctx.warnings.add(message('refiCaseCodes', { case: name }));
    for (const [attribute, values] of readValues(
      c.values,
      ctx.variables,
      { case: name },
      ctx.warnings,
    ))
      for (const v of values) ctx.project.cases.addValue(id, attribute.id, v);
  });
  if (membership.size > 0) showMembership(membership, ctx);
  return { count, members };
}

/** The case's documents, each once; what cannot be found is reported by the case's name. */
function resolve(
  c: RefiCase,
  name: string,
  find: (guid: string) => Found,
  ctx: SourceContext,
): number[] {
  const out: number[] = [];
  for (const ref of c.sourceRefs) {
    const found = find(ref);
    if (found === null || found === 'skipped')
      ctx.warnings.add(
        message(found === 'skipped' ? 'refiCaseSourceSkipped' : 'refiCaseSourceMissing', {
          case: name,
        }),
      );
    else if (!out.includes(found.documentId)) out.push(found.documentId);
  }
  return out;
}

/** A nameless one-source case holds the document's own values; the document's own come first. */
function documentValues(c: RefiCase, documentId: number, ctx: SourceContext, document: string) {
  const has = ctx.project.attributes.valuesByDocument().get(documentId) ?? {};
  for (const [attribute, values] of readValues(c.values, ctx.variables, { document }, ctx.warnings))
    if (has[attribute.name] === undefined)
      ctx.project.attributes.setValues(documentId, attribute, values);
}

/** Every document's cases as values of the attribute Fall, so they can be filtered and counted. */
function showMembership(membership: Map<number, string[]>, ctx: SourceContext) {
  const attribute = caseAttribute(ctx);
  const current = ctx.project.attributes.valuesByDocument();
  for (const [documentId, cases] of membership) {
    const had = current.get(documentId)?.[attribute.name];
    const before = had === undefined ? [] : Array.isArray(had) ? had : [had];
    ctx.project.attributes.setValues(documentId, attribute, [...new Set([...before, ...cases])]);
  }
}

function caseAttribute(ctx: SourceContext): Attribute {
  const attributes = ctx.project.attributes;
  const usable = (a: Attribute) => a.type === 'category' && a.multiple;
  for (const name of [CASE_ATTRIBUTE, `${CASE_ATTRIBUTE} (REFI-QDA)`]) {
    const found = attributes.list().find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (found && usable(found)) return found;
    if (found) continue;
    const id = attributes.create({ name, type: 'category', multiple: true });
    const made = attributes.list().find((a) => a.id === id);
    if (made) return made;
  }
  throw new Error('The attribute for cases could not be made.');
}
