// Full-text search with keyword in context, and autocode: the hits widened to sentence, paragraph
// or turn, previewed, then coded in one undo step.
import type { Project } from '../../db/project';
import { ApiError } from '../../shared/api/errors';
import {
  allTerms,
  findMatches,
  keywordInContext,
  toFtsDocumentMatch,
} from '../../shared/coding/search-query';
import type { SearchHit } from '../../shared/coding/types';
import { mergeRanges, widen, type Range, type UnitSource } from '../../shared/coding/widen';
import { changed, checkRange, codeLabel, plural, requireCodable } from './coding-checks';
import { requireProject } from './context';
import { readQuery } from './memos';
import { insertSegment } from './segments';
import type { HandlerGroup } from './registry';

/** Hits in document-name order, then by offset; stops reading documents at `limit` hits. */
export function searchText(
  project: Project,
  query: string,
  limit: number,
  documentIds?: number[],
): SearchHit[] {
  const parsed = readQuery(query);
  let docs;
  try {
    docs = project.search.matchingDocuments(toFtsDocumentMatch(parsed));
  } catch (err) {
    if ((err as Error).name !== 'SqliteError') throw err;
    // toFtsDocumentMatch quotes every word, so this should not happen; never show SQLite's own words.
    throw new ApiError('search_unreadable', `The search "${query}" could not be read.`, {
      field: 'query',
      query,
    });
  }
  const wanted = documentIds && new Set(documentIds);
  const terms = allTerms(parsed);
  const hits: SearchHit[] = [];
  for (const doc of docs) {
    if (wanted && !wanted.has(doc.id)) continue;
    const text = project.search.text(doc.id) ?? '';
    for (const m of findMatches(text, terms)) {
      hits.push({
        documentId: doc.id,
        document: doc.name,
        ...m,
        ...keywordInContext(text, m.start, m.end),
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

/** Each document's text, paragraphs and turns, read once per call. */
function unitSources(project: Project) {
  const cache = new Map<number, UnitSource | null>();
  return (documentId: number): UnitSource | null => {
    if (!cache.has(documentId)) cache.set(documentId, project.documents.content(documentId));
    return cache.get(documentId) ?? null;
  };
}

export const searchHandlers: HandlerGroup = {
  'search.text': ({ query, limit, documentIds }, ctx) =>
    searchText(requireProject(ctx), query, limit, documentIds),

  'autocode.preview': ({ query, unit, limit }, ctx) => {
    const project = requireProject(ctx);
    const source = unitSources(project);
    const hits = searchText(project, query, limit).map((hit) => {
      const src = source(hit.documentId);
      const range = src ? widen(unit, src, hit) : hit;
      return { ...hit, unitStart: range.start, unitEnd: range.end };
    });
    return { hits };
  },

  'autocode.apply': ({ codeId, unit, hits }, ctx) => {
    const project = requireProject(ctx);
    const [code] = requireCodable(project, [codeId], 'codeId');
    if (!code) throw new Error('requireCodable returned nothing');
    const source = unitSources(project);
    const byDocument = new Map<number, Range[]>();
    for (const hit of hits) {
      const src = source(hit.documentId);
      if (!src)
        throw new ApiError('document_missing', `There is no document with id ${hit.documentId}.`, {
          field: 'hits',
          ref: hit.documentId,
        });
      checkRange(src.text, hit.start, hit.end);
      const list = byDocument.get(hit.documentId) ?? [];
      list.push(widen(unit, src, hit));
      byDocument.set(hit.documentId, list);
    }
    const ranges = [...byDocument].flatMap(([documentId, list]) =>
      mergeRanges(list).map((r) => ({ documentId, ...r })),
    );
    const summary = `Autocoded ${plural(ranges.length, 'a passage', 'passages')} with "${codeLabel(code)}"`;
    const counts = project.history.record({ action: 'autocode.apply', summary }, (rec) => {
      let created = 0;
      let extended = 0;
      for (const r of ranges) {
        const existing = project.segments.withRange(r.documentId, r.start, r.end);
        if (existing === null) {
          insertSegment(project, rec, { ...r, codeIds: [code.id], memo: '' });
          created++;
        } else if (rec.link(existing, code.id)) extended++;
      }
      return { created, extended };
    });
    return changed(project, counts);
  },
};
