// Every hit of a search over every document, counted and paged. SQLite's full-text index finds
// the documents; the exact hits come from their texts (shared/coding/search-query.ts). The hits of
// the last search are kept while nothing in the project changes, so paging does not search again.
import type { Project } from '../../db/project';
import type { SearchDocument, SearchPage } from '../../shared/api/contract-search';
import { ApiError } from '../../shared/api/errors';
import {
  allTerms,
  findMatches,
  keywordInContext,
  toFtsDocumentMatch,
  type TextMatch,
} from '../../shared/coding/search-query';
import type { SearchHit } from '../../shared/coding/types';
import { readQuery } from '../handlers/memos';

export interface DocumentHits {
  documentId: number;
  name: string;
  matches: TextMatch[];
}

/** Documents the index says may hold the query, by name (the order hits are listed in). */
function candidates(project: Project, query: string) {
  const parsed = readQuery(query);
  try {
    return {
      terms: allTerms(parsed),
      docs: project.search.matchingDocuments(toFtsDocumentMatch(parsed)),
    };
  } catch (err) {
    if ((err as Error).name !== 'SqliteError') throw err;
    // Every word is quoted, so this should not happen; never show SQLite's own words.
    throw new ApiError('search_unreadable', `The search "${query}" could not be read.`, {
      field: 'query',
      query,
    });
  }
}

const cache = new WeakMap<Project, { key: string; hits: DocumentHits[] }>();

/** Every document with at least one hit, with its hits in order. */
export function allHits(project: Project, query: string): DocumentHits[] {
  const key = `${project.search.version()}\n${query}`;
  const kept = cache.get(project);
  if (kept?.key === key) return kept.hits;
  const { terms, docs } = candidates(project, query);
  const hits: DocumentHits[] = [];
  for (const doc of docs) {
    const matches = findMatches(project.search.text(doc.id) ?? '', terms);
    // The index knows a document's words, not their order: a phrase may not be there at all.
    if (matches.length > 0) hits.push({ documentId: doc.id, name: doc.name, matches });
  }
  cache.set(project, { key, hits });
  return hits;
}

function toHit(text: string, doc: DocumentHits, m: TextMatch): SearchHit {
  return {
    documentId: doc.documentId,
    document: doc.name,
    ...m,
    ...keywordInContext(text, m.start, m.end),
  };
}

/** The first `limit` hits (in documents `documentIds` only, when given); stops reading early. */
export function firstHits(
  project: Project,
  query: string,
  limit: number,
  documentIds?: number[],
): SearchHit[] {
  const { terms, docs } = candidates(project, query);
  const wanted = documentIds && new Set(documentIds);
  const out: SearchHit[] = [];
  for (const doc of docs) {
    if (wanted && !wanted.has(doc.id)) continue;
    const text = project.search.text(doc.id) ?? '';
    const entry = { documentId: doc.id, name: doc.name, matches: [] };
    for (const m of findMatches(text, terms)) {
      out.push(toHit(text, entry, m));
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/** Counts over every document, and the hits [offset, offset + limit) in context. */
export function searchPage(
  project: Project,
  query: string,
  offset: number,
  limit: number,
): SearchPage {
  const all = allHits(project, query);
  const documents: SearchDocument[] = [];
  let total = 0;
  for (const d of all) {
    documents.push({
      documentId: d.documentId,
      document: d.name,
      hits: d.matches.length,
      first: total,
    });
    total += d.matches.length;
  }
  const hits: SearchHit[] = [];
  all.forEach((d, i) => {
    const first = documents[i]?.first ?? 0;
    const from = Math.max(offset, first);
    const to = Math.min(offset + limit, first + d.matches.length);
    if (from >= to) return;
    const text = project.search.text(d.documentId) ?? '';
    for (const m of d.matches.slice(from - first, to - first)) hits.push(toHit(text, d, m));
  });
  return { total, documents, offset, hits };
}
