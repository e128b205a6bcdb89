// Names and labels at the REFI-QDA boundary: GUIDs as other tools write them, area numbers in code
// names ("13. Lämpliga lokaler ..."), the coded text some tools put in a selection's name, and
// the paths of files inside a .qdpx.

import { OffsetIndex } from './offsets';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** A GUID in Kvalkod's form (lower case, no braces), or null when it is not one. */
export function normaliseGuid(raw: string | undefined): string | null {
  const m = GUID.exec((raw ?? '').trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** "13. Lämpliga lokaler" -> 13 and the name; a name without a leading number -> null. */
export function parseNumberedName(raw: string): { number: number; name: string } | null {
  const m = /^\s*(\d{1,3})\s*[.):]\s+(\S.*)$/su.exec(raw);
  if (!m?.[1] || !m[2]) return null;
  const number = Number(m[1]);
  return number > 0 ? { number, name: m[2].trim() } : null;
}

/** A code's name as other tools show it: its area number first, as the action plan writes it. */
export function numberedName(name: string, number: number | null): string {
  return number === null ? name : `${number}. ${name}`;
}

export type InternalPath =
  | { kind: 'file'; name: string }
  | { kind: 'unsafe' }
  /** Not inside the .qdpx: relative://, absolute://, or no path at all. */
  | { kind: 'outside' };

/**
 * The file in sources/ that an `internal://` path names. Tools write `internal://x.txt`, and some
 * `internal:///x.txt` (as the standard writes `relative:///`) or `internal://sources/x.txt`. A name
 * that keeps a folder part or "..", after those, could point outside sources/ and is refused.
 */
export function internalPath(path: string | null): InternalPath {
  const m = /^internal:\/\/\/?(?:sources\/)?(.+)$/i.exec((path ?? '').trim());
  if (!m?.[1]) return { kind: 'outside' };
  const name = m[1];
  return /[/\\]/.test(name) || name.includes('..') ? { kind: 'unsafe' } : { kind: 'file', name };
}

const ELLIPSIS = /(?:…|\.\.\.)$/u;
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** The beginning of a passage for a selection's name: other tools show it as the passage's label. */
export function excerpt(text: string, maxCodePoints = 80): string {
  const short = squash(text);
  const cut = new OffsetIndex(short).toUnit(maxCodePoints);
  return cut === null ? short : short.slice(0, cut) + '…';
}

export type NameCheck = 'matches' | 'differs' | 'label';

/**
 * Compares a selection's name with the text its positions cover. Tools that write the coded text
 * there shorten it (with or without "…") and (in XML attributes) turn line breaks into spaces, so
 * whitespace runs count as one space. A name of the passage's length found elsewhere in the
 * document means the positions have drifted ('differs'); any other name is a label ('label').
 */
export function checkSelectionName(name: string, covered: string, documentText: string): NameCheck {
  const wanted = squash(name);
  const core = squash(wanted.replace(ELLIPSIS, ''));
  if (core === '') return 'label';
  const actual = squash(covered);
  // Some tools cut the name short without marking it ("…"): the text beginning with it is enough.
  if (actual.startsWith(core)) return 'matches';
  // Too short to tell a label from text ("Citat 1", "a").
  if (core.length < 12) return 'label';
  // Drift moves a passage but keeps its length; a name of another length is a label that happens
  // to use words of the text ("Lokalerna är för trånga" on another passage).
  const sameLength = ELLIPSIS.test(wanted)
    ? actual.length >= core.length
    : Math.abs(actual.length - core.length) <= Math.max(2, core.length / 10);
  return sameLength && squash(documentText).includes(core) ? 'differs' : 'label';
}
