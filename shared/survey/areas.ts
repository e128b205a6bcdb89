// Reads a questionnaire cell as an area of the action plan: by number ("2", "2.") or by label,
// tolerant of case, spacing, punctuation, a leading number and a label cut short by Excel. The
// areas come from the project's codebook (codes of the group "areas" that have a number).
import type { Code } from '../codebook/types';

export interface Area {
  number: number;
  name: string;
}

export type AreaCell = { kind: 'empty' } | { kind: 'area'; number: number } | { kind: 'unknown' };

/** The codebook's numbered areas, by number; a damaged file with a repeated number keeps the first. */
export function areasOf(codes: readonly Code[]): Area[] {
  const byNumber = new Map<number, Area>();
  for (const c of codes)
    if (c.group === 'areas' && c.number !== null && !byNumber.has(c.number))
      byNumber.set(c.number, { number: c.number, name: c.name });
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** "N. Name", the way a questionnaire and a report label an area. */
export function areaLabel(area: Area): string {
  return `${area.number}. ${area.name}`;
}

/** Letters and digits only, lower case: "Nära och tillgänglig ledning, ..." and "nära OCH tillgänglig" agree. */
export function labelKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A cut-off label must keep this many letters to name an area by its beginning. */
const MIN_PREFIX = 4;

const NUMBER_ONLY = /^(\d{1,3})\s*[.):]?$/;
const LEADING_NUMBER = /^(\d{1,3})(?:\s*[.):\-–]\s*|\s+)(\S.*)$/su;
const ELLIPSIS = /\s*(?:\.{2,}|…)\s*$/;

/** Areas whose label the text names: whole label first, else those it is the beginning of. */
function candidates(label: string, areas: readonly Area[]): number[] {
  const key = labelKey(label.replace(ELLIPSIS, ''));
  if (key === '') return [];
  const exact = areas.filter((a) => labelKey(a.name) === key);
  if (exact.length) return exact.map((a) => a.number);
  if (key.length < MIN_PREFIX) return [];
  return areas.filter((a) => labelKey(a.name).startsWith(key)).map((a) => a.number);
}

/**
 * One answer cell. A leading number is the area's identity (the number is printed on the form);
 * its label only has to agree with it, so a wording that has since changed still reads, but "2."
 * followed by area 5's label is refused rather than guessed.
 */
export function readAreaCell(raw: string, areas: readonly Area[]): AreaCell {
  const text = raw.normalize('NFC').trim();
  if (text === '') return { kind: 'empty' };
  const known = (n: number): AreaCell =>
    areas.some((a) => a.number === n) ? { kind: 'area', number: n } : { kind: 'unknown' };
  const bare = NUMBER_ONLY.exec(text);
  if (bare) return known(Number(bare[1]));
  const lead = LEADING_NUMBER.exec(text);
  // Only a label with letters counts: "2.5" or "2 5" (two numbers in one cell) is not area 2.
  if (lead && /\p{L}/u.test(lead[2] ?? '')) {
    const number = Number(lead[1]);
    const named = candidates(lead[2] ?? '', areas);
    return named.length === 0 || named.includes(number) ? known(number) : { kind: 'unknown' };
  }
  const named = candidates(text, areas);
  const [only] = named;
  return named.length === 1 && only !== undefined
    ? { kind: 'area', number: only }
    : { kind: 'unknown' };
}
