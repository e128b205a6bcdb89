// A document's coded passages as the coding view holds them (the order of segments.list: start,
// end, id), changed by one saved passage without asking the server for the whole list again, so
// the passage is painted as soon as it is saved.
import type { Segment, SegmentCode } from './types';

const before = (a: Segment, b: Segment) => a.start - b.start || a.end - b.end || a.id - b.id;

/** The list with `segment` in its place: replacing the one with its id, or inserted in order. */
export function withSegment(list: readonly Segment[], segment: Segment): Segment[] {
  const rest = list.filter((s) => s.id !== segment.id);
  const at = rest.findIndex((s) => before(segment, s) < 0);
  return at < 0 ? [...rest, segment] : [...rest.slice(0, at), segment, ...rest.slice(at)];
}

/** Passages per code after a passage's codes went from `was` to `now`. */
export function countsAfter(
  counts: Readonly<Record<number, number>>,
  was: readonly number[],
  now: readonly number[],
): Record<number, number> {
  const out = { ...counts };
  for (const id of was) if (!now.includes(id)) out[id] = Math.max(0, (out[id] ?? 0) - 1);
  for (const id of now) if (!was.includes(id)) out[id] = (out[id] ?? 0) + 1;
  return out;
}

/**
 * `next` (a fresh list from the server) with every passage that equals the one of its id in
 * `previous` replaced by that object, and `previous` itself when nothing changed at all. Views that
 * compare by identity (the coding view's paragraphs) then draw again only what changed.
 */
export function keepUnchanged(previous: readonly Segment[], next: Segment[]): Segment[] {
  const before = new Map(previous.map((s) => [s.id, s]));
  let changed = previous.length !== next.length;
  const kept = next.map((s, i) => {
    const old = before.get(s.id);
    const same = old !== undefined && JSON.stringify(old) === JSON.stringify(s);
    if (!same || previous[i] !== old) changed = true;
    return same ? old : s;
  });
  return changed ? kept : (previous as Segment[]);
}

/**
 * A passage drawn before the server has saved it (a coding key paints at once). Its id is
 * negative, so it can never be taken for a saved one; the server's answer replaces it.
 */
export function provisionalSegment(
  id: number,
  documentId: number,
  range: { start: number; end: number },
  coder: string | null,
  codes: SegmentCode[],
): Segment {
  if (id >= 0) throw new Error('A provisional passage has a negative id.');
  return { id, documentId, ...range, coder, memo: '', codes, createdAt: '', updatedAt: '' };
}

export const isProvisional = (segment: Pick<Segment, 'id'>): boolean => segment.id < 0;

export const withoutSegment = (list: readonly Segment[], id: number): Segment[] =>
  list.filter((s) => s.id !== id);

/** A fresh list from the server with the passages still being saved (provisional) put in. */
export function keepProvisional(fresh: readonly Segment[], current: readonly Segment[]): Segment[] {
  return current.filter(isProvisional).reduce(withSegment, [...fresh]);
}
