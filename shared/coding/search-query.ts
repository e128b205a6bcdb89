// The search box's language (words, "phrases", prefix*, OR) and exact matching in a text. SQLite's
// FTS5 finds the documents; the offsets come from here, with the same rules: case-insensitive,
// words are runs of letters and digits, å/ä/ö never equal a/o.

/** One term: a word or a phrase (consecutive words), lower-cased; `prefix` marks the last word. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

/** Alternatives (OR) of terms that must all occur in a document (AND). */
export interface SearchQuery {
  groups: QueryTerm[][];
}

/** The user's query cannot be read; the message says why in words a user understands. */
export class QuerySyntaxError extends Error {}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const lower = (s: string) => s.toLocaleLowerCase('sv');

function wordsOf(chunk: string): string[] {
  return [...chunk.matchAll(WORD)].map((m) => lower(m[0]));
}

export function parseSearchQuery(query: string): SearchQuery {
  const groups: QueryTerm[][] = [[]];
  let i = 0;
  while (i < query.length) {
    const ch = query.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw new QuerySyntaxError('A phrase is missing its closing quote (").');
      const words = wordsOf(query.slice(i + 1, close));
      const prefix = query.charAt(close + 1) === '*';
      if (words.length) groups[groups.length - 1]?.push({ words, prefix });
      i = close + (prefix ? 2 : 1);
    } else {
      let j = i;
      while (j < query.length && !/[\s"]/.test(query.charAt(j))) j++;
      const chunk = query.slice(i, j);
      i = j;
      if (chunk === 'OR') {
        if (groups[groups.length - 1]?.length === 0)
          throw new QuerySyntaxError('OR needs a search word on each side.');
        groups.push([]);
        continue;
      }
      if (chunk === 'AND') continue; // words are combined with AND anyway
      const words = wordsOf(chunk);
      if (words.length === 0) continue; // punctuation alone is not searched for
      const star = chunk.indexOf('*');
      if (star >= 0 && star !== chunk.length - 1)
        throw new QuerySyntaxError(`A * can only end a word, as in kontors*; not "${chunk}".`);
      groups[groups.length - 1]?.push({ words, prefix: star >= 0 });
    }
  }
  if (groups.length > 1 && groups[groups.length - 1]?.length === 0)
    throw new QuerySyntaxError('OR needs a search word on each side.');
  if (groups.every((g) => g.length === 0))
    throw new QuerySyntaxError('Search for at least one word or number.');
  return { groups: groups.filter((g) => g.length > 0) };
}

/** An FTS5 MATCH expression: every word quoted, so no user text is read as FTS syntax. */
export function toFtsMatch(query: SearchQuery): string {
  const term = (t: QueryTerm) => `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`;
  return query.groups.map((g) => `(${g.map(term).join(' AND ')})`).join(' OR ');
}

/**
 * The same for the documents' index, which knows which words a document holds but not where
 * (detail=none): a phrase becomes its words, each required; its exact hits come from findMatches.
 */
export function toFtsDocumentMatch(query: SearchQuery): string {
  const term = (t: QueryTerm) =>
    t.words
      .map((w, i) => `"${w}"${t.prefix && i === t.words.length - 1 ? ' *' : ''}`)
      .join(' AND ');
  return query.groups.map((g) => `(${g.map(term).join(' AND ')})`).join(' OR ');
}

/** Every term of every group, once each. */
export function allTerms(query: SearchQuery): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  for (const t of query.groups.flat()) seen.set(`${t.words.join(' ')}${t.prefix ? '*' : ''}`, t);
  return [...seen.values()];
}

/** The lower-cased text, and where each of its positions lies in the original (when lengths differ). */
function fold(text: string): { low: string; at: (i: number) => number } {
  const low = lower(text);
  if (low.length === text.length) return { low, at: (i) => i };
  // A character whose lower case has another length (İ): map position by position.
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const lc = lower(ch);
    for (let k = 0; k < lc.length; k++) map.push(i);
    out += lc;
    i += ch.length;
  }
  map.push(text.length);
  return { low: out, at: (i) => map[i] ?? text.length };
}

const isWordAt = (s: string, i: number): boolean => {
  if (i < 0 || i >= s.length) return false;
  const cp = s.codePointAt(i) ?? 0;
  return WORD_CHAR.test(String.fromCodePoint(cp));
};
const isWordBefore = (s: string, i: number): boolean => {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff ? isWordAt(s, i - 2) : isWordAt(s, i - 1);
};
const charLen = (s: string, i: number) => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
function skipWord(s: string, i: number): number {
  while (isWordAt(s, i)) i += charLen(s, i);
  return i;
}
function skipGap(s: string, i: number): number {
  while (i < s.length && !isWordAt(s, i)) i += charLen(s, i);
  return i;
}

/** The end of `term` matched at `at` in `low` (a word start), or -1. */
function matchAt(low: string, at: number, term: QueryTerm): number {
  let pos = at;
  for (let w = 0; w < term.words.length; w++) {
    const word = term.words[w] ?? '';
    if (w > 0) {
      const next = skipGap(low, pos);
      if (next === pos) return -1;
      pos = next;
    }
    if (!low.startsWith(word, pos)) return -1;
    pos += word.length;
    const last = w === term.words.length - 1;
    if (last && term.prefix) pos = skipWord(low, pos);
    else if (isWordAt(low, pos)) return -1;
  }
  return pos;
}

export interface TextMatch {
  start: number;
  end: number;
}

/** Exact UTF-16 ranges of the terms in `text`, in order of start; identical ranges once. */
export function findMatches(text: string, terms: QueryTerm[]): TextMatch[] {
  const { low, at } = fold(text);
  const found = new Map<string, TextMatch>();
  for (const term of terms) {
    const first = term.words[0];
    if (!first) continue;
    for (let i = low.indexOf(first); i >= 0; i = low.indexOf(first, i + 1)) {
      if (isWordBefore(low, i)) continue;
      const end = matchAt(low, i, term);
      if (end < 0) continue;
      const m = { start: at(i), end: at(end) };
      found.set(`${m.start}:${m.end}`, m);
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface KeywordInContext {
  context: string;
  /** The hit's offsets inside `context`. */
  contextStart: number;
  contextEnd: number;
}

/** About `radius` characters each side, not cutting words; line breaks shown as spaces. */
export function keywordInContext(
  text: string,
  start: number,
  end: number,
  radius = 60,
): KeywordInContext {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  // Move inward to a word boundary when one is near, so the context neither starts nor ends mid-word.
  if (isWordBefore(text, from)) {
    const next = skipWord(text, from);
    if (next <= start && next - from < 20) from = next;
  }
  if (isWordAt(text, to)) {
    let back = to;
    while (back > end && isWordBefore(text, back)) back--;
    if (to - back < 20) to = back;
  }
  if (from > 0 && text.charCodeAt(from) >= 0xdc00 && text.charCodeAt(from) <= 0xdfff) from++;
  while (from < start && /\s/.test(text.charAt(from))) from++;
  while (to > end && /\s/.test(text.charAt(to - 1))) to--;
  const context = text.slice(from, to).replace(/[\n\r\t]/g, ' ');
  return { context, contextStart: start - from, contextEnd: end - from };
}
