// Layout of the coding margin: which lane (column) each coded passage's stripe is drawn in, so
// overlapping passages stand side by side, and a fast lookup of the passages a paragraph shows.

export type LaneId = number | string;

export interface LaneSegment<Id extends LaneId = LaneId> {
  id: Id;
  start: number;
  end: number;
}

function compareIds(a: LaneId, b: LaneId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Margin order: by start, then the longer passage first (it encloses the shorter), then by id. */
export function compareSegments(a: LaneSegment, b: LaneSegment): number {
  return a.start - b.start || b.end - a.end || compareIds(a.id, b.id);
}

/**
 * A lane (0, 1, 2, ...) per segment: overlapping segments never share a lane, and each segment
 * takes the lowest lane free at its start. Taken in margin order this uses as few lanes as the
 * most segments over any one character, and gives the same answer whatever the input order.
 * Touching segments ([0,5) and [5,9)) may share a lane. Ids are assumed unique; pass
 * "segment:code" ids to draw one stripe per code of a passage.
 */
export function assignLanes<Id extends LaneId>(
  segments: readonly LaneSegment<Id>[],
): Map<Id, number> {
  const lanes = new Map<Id, number>();
  // Where each lane's last segment ends; a lane is free from that offset on.
  const laneEnds: number[] = [];
  for (const seg of [...segments].sort(compareSegments)) {
    let lane = laneEnds.findIndex((end) => end <= seg.start);
    if (lane === -1) lane = laneEnds.length;
    // An empty segment still occupies its lane at its offset.
    laneEnds[lane] = Math.max(seg.end, seg.start + 1);
    lanes.set(seg.id, lane);
  }
  return lanes;
}

/** How many lanes the margin needs for an assignment (0 when nothing is coded). */
export function laneCount(lanes: ReadonlyMap<unknown, number>): number {
  let count = 0;
  for (const lane of lanes.values()) count = Math.max(count, lane + 1);
  return count;
}

/** Segments in margin order with the running maximum of their ends, for range lookups. */
export interface SegmentIndex<S extends LaneSegment = LaneSegment> {
  readonly segments: readonly S[];
  /** maxEnd[i] is the largest end among segments[0..i]; it never decreases. */
  readonly maxEnd: readonly number[];
}

/** Builds the lookup index once per set of segments (O(n log n)). */
export function indexSegments<S extends LaneSegment>(segments: readonly S[]): SegmentIndex<S> {
  const sorted = [...segments].sort(compareSegments);
  const maxEnd: number[] = [];
  let max = -Infinity;
  for (const seg of sorted) {
    max = Math.max(max, seg.end);
    maxEnd.push(max);
  }
  return { segments: sorted, maxEnd };
}

/** The first index in [0, length) where `pass` holds, for a predicate false-then-true. */
function firstWhere(length: number, pass: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pass(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The segments that share a character with [start, end), in margin order. Two binary searches
 * bound the candidates: segments from `hi` on start at or after `end`, and all segments before
 * `lo` end at or before `start` (the running maximum says so). Only those in between are checked.
 */
export function segmentsInRange<S extends LaneSegment>(
  index: SegmentIndex<S>,
  start: number,
  end: number,
): S[] {
  const { segments, maxEnd } = index;
  if (start >= end) return [];
  const hi = firstWhere(segments.length, (i) => (segments[i]?.start ?? Infinity) >= end);
  const lo = firstWhere(hi, (i) => (maxEnd[i] ?? Infinity) > start);
  const found: S[] = [];
  for (let i = lo; i < hi; i++) {
    const seg = segments[i];
    if (seg !== undefined && seg.end > start && seg.start < seg.end) found.push(seg);
  }
  return found;
}
