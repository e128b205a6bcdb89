// The quick palette's search: what a few typed characters ("13", "lokal", "stö") pick out of the
// codebook, best first, and how a code's keyboard shortcut is shown beside it.
import type { Code } from '../codebook/types';

export type PaletteCode = Pick<Code, 'id' | 'name' | 'number' | 'codable'>;

/** Match kinds, best first; the palette lists a better kind before any worse one. */
export const MATCH_RANKS = [
  'number',
  'number-prefix',
  'name',
  'word',
  'word-prefix',
  'substring',
  'subsequence',
] as const;
export type MatchKind = (typeof MATCH_RANKS)[number];

/** How a query was found as letters in order: in how many pieces, the first starting where. */
interface Cut {
  pieces: number;
  at: number;
}

interface Match {
  kind: MatchKind;
  /** Ranks subsequence matches among themselves: fewer pieces, then an earlier start, first. */
  cut: Cut;
}

const WHOLE: Cut = { pieces: 0, at: 0 };
/**
 * Swedish inflectional endings (the Snowball stemmer's first step): a word that is the query plus
 * one of these is the query's own word ("lokal" -> lokaler, lokalen), not merely one starting like
 * it ("lokal" -> Lokalt, an adverb). A trailing s (genitive) counts too.
 */
const ENDINGS = new Set(
  (
    'a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er heter or ' +
    'as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast s'
  ).split(' '),
);
const KEEP = new Set(['å', 'ä', 'ö']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const collator = new Intl.Collator('sv');

/**
 * Lower case, single spaces, and accents dropped (é -> e, ü -> u) except on å, ä and ö, which
 * are letters of their own in Swedish.
 */
export function normalizeForSearch(text: string): string {
  const lower = text.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ');
  let out = '';
  for (const ch of lower) {
    out += KEEP.has(ch) || ch < '\u0080' ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

function startsAWord(name: string, at: number): boolean {
  return at === 0 || !LETTER_OR_DIGIT.test(name.charAt(at - 1));
}

/** In the letters-in-order tier only, a plain a or o typed also finds å, ä or ö. */
const PLAIN: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };

function sameLetter(nameCh: string, queryCh: string): boolean {
  return nameCh === queryCh || PLAIN[nameCh] === queryCh;
}

/**
 * The fewest pieces `query` can be cut into so that each piece is found in `name`, in order, each
 * piece starting a word ("asc" -> Administrativt Stöd till Chefer, "lamplig" -> Lämpliga), or null
 * when it cannot. Letters must run on or jump to a word start, which keeps "lön" from finding
 * "Ledning ... stÖd ... uppmuNtran".
 */
function cutInPieces(name: string, query: string): Cut | null {
  const n = name.length;
  const m = query.length;
  if (m === 0) return null;
  const wordStarts: number[] = [];
  for (let j = 0; j < n; j++) if (startsAWord(name, j)) wordStarts.push(j);
  // Built from the query's end: next[j] is the fewest further pieces once query[q + 1] sits at
  // name[j] (Infinity if the rest cannot be found from there).
  let next = new Array<number>(n).fill(0);
  for (let q = m - 1; q >= 0; q--) {
    const cost = new Array<number>(n).fill(Infinity); // the same for query[q]
    for (let j = 0; j < n; j++) {
      if (!sameLetter(name.charAt(j), query.charAt(q))) continue;
      if (q === m - 1) {
        cost[j] = 0;
        continue;
      }
      let best = next[j + 1] ?? Infinity; // run on
      for (const w of wordStarts) if (w > j + 1) best = Math.min(best, 1 + (next[w] ?? Infinity));
      cost[j] = best;
    }
    next = cost;
  }
  let best: Cut | null = null;
  for (const w of wordStarts) {
    const cut = 1 + (next[w] ?? Infinity);
    if (Number.isFinite(cut) && (best === null || cut < best.pieces)) best = { pieces: cut, at: w };
  }
  return best;
}

/** The letters and digits that follow position `at` up to the end of the word. */
function restOfWord(name: string, at: number): string {
  let end = at;
  while (end < name.length && LETTER_OR_DIGIT.test(name.charAt(end))) end++;
  return name.slice(at, end);
}

function matchName(name: string, query: string): Match | null {
  if (name === query) return { kind: 'name', cut: WHOLE };
  let best: MatchKind | null = null;
  for (let at = name.indexOf(query); at !== -1; at = name.indexOf(query, at + 1)) {
    if (!startsAWord(name, at)) {
      best ??= 'substring';
      continue;
    }
    const rest = restOfWord(name, at + query.length);
    if (rest === '' || ENDINGS.has(rest)) return { kind: 'word', cut: WHOLE };
    best = 'word-prefix';
  }
  if (best !== null) return { kind: best, cut: WHOLE };
  const cut = cutInPieces(name, query.replace(/ /gu, ''));
  return cut === null ? null : { kind: 'subsequence', cut };
}

function matchCode(code: PaletteCode, query: string): Match | null {
  if (/^\d+$/u.test(query) && code.number !== null) {
    if (code.number === Number(query)) return { kind: 'number', cut: WHOLE };
    if (String(code.number).startsWith(query)) return { kind: 'number-prefix', cut: WHOLE };
  }
  return matchName(normalizeForSearch(code.name), query);
}

/** Codebook order for equal matches: numbered codes by number, then the rest by name. */
function compareCodes(a: PaletteCode, b: PaletteCode): number {
  if (a.number !== b.number) {
    if (a.number === null) return 1;
    if (b.number === null) return -1;
    return a.number - b.number;
  }
  return collator.compare(a.name, b.name) || a.id - b.id;
}

/**
 * The codable codes that match `query`, best first, at most `limit`. A number finds the area with
 * that number first, then areas whose number starts with it ("1" -> 1, 10, ..., 14). Text finds
 * an exact name, then names with the query as a word of their own or inflected ("lokal" ->
 * "Lämpliga lokaler"), then names with a word starting with it ("Lokalt ..."), then names
 * containing it, then names holding its letters in order in pieces that start words. Case does
 * not matter. Å, ä and ö are letters of their own ("stö" is not "sto"), except that in the last,
 * letters-in-order tier a plain a or o may stand for them, so "lamplig" still finds "Lämpliga".
 * Equal matches keep codebook order; an empty query lists codable codes in that order.
 */
export function searchCodes<C extends PaletteCode>(
  codes: readonly C[],
  query: string,
  limit = 10,
): C[] {
  if (limit <= 0) return [];
  const q = normalizeForSearch(query);
  const codable = codes.filter((c) => c.codable);
  if (q === '') return codable.sort(compareCodes).slice(0, limit);
  const found: { code: C; rank: number; cut: Cut }[] = [];
  for (const code of codable) {
    const match = matchCode(code, q);
    if (match !== null) found.push({ code, rank: MATCH_RANKS.indexOf(match.kind), cut: match.cut });
  }
  return found
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.cut.pieces - b.cut.pieces ||
        a.cut.at - b.cut.at ||
        compareCodes(a.code, b.code),
    )
    .slice(0, limit)
    .map((f) => f.code);
}

const MAC_KEYS: Record<string, string> = { mod: '⌘', ctrl: '⌃', alt: '⌥', shift: '⇧' };
const PC_KEYS: Record<string, string> = { mod: 'Ctrl', ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift' };

/**
 * A shortcut as shown in a tooltip or beside a code: "b" -> "B", "mod+shift+k" -> "Ctrl+Shift+K"
 * (or "⌘⇧K" on a Mac). Empty for a code without a shortcut.
 */
export function formatShortcut(shortcut: string | null, mac = false): string {
  if (shortcut === null || shortcut.trim() === '') return '';
  const names = mac ? MAC_KEYS : PC_KEYS;
  const parts = shortcut
    .split(/\+(?=.)/u) // "mod++" is Ctrl and the plus key
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => names[p.toLowerCase()] ?? (p.length === 1 ? p.toUpperCase() : p));
  return parts.join(mac ? '' : '+');
}
