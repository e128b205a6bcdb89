// Replacements in a text and where old offsets land in the new text. Offsets are UTF-16 code units,
// half-open [start, end), as everywhere in Kvalkod. A position inside a replaced span moves to the
// replacement's start or end (whichever the caller asks for), so a passage that began or ended
// inside a name comes to cover the whole pseudonym and never cuts it.

/** One replacement: the original's [start, end) becomes `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Which way a position inside a replaced span moves: to the replacement's start or its end. */
export type Side = 'start' | 'end';

/** Throws unless the edits are sorted, within the text, non-empty and non-overlapping. */
export function checkEdits(edits: readonly Edit[], length: number): void {
  let last = 0;
  for (const e of edits) {
    if (!(e.start >= last && e.end > e.start && e.end <= length))
      throw new RangeError(`Edit [${e.start}, ${e.end}) is out of order or out of range.`);
    last = e.end;
  }
}

/** The text with every edit made (edits sorted and non-overlapping). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Maps positions of the original text to positions of the edited one. Built once per text. */
export class OffsetMap {
  readonly #starts: number[];
  readonly #ends: number[];
  /** Where each edit's replacement starts in the new text. */
  readonly #newStarts: number[];
  readonly #newEnds: number[];

  constructor(edits: readonly Edit[]) {
    this.#starts = edits.map((e) => e.start);
    this.#ends = edits.map((e) => e.end);
    this.#newStarts = [];
    this.#newEnds = [];
    let delta = 0;
    for (const e of edits) {
      this.#newStarts.push(e.start + delta);
      this.#newEnds.push(e.start + delta + e.text.length);
      delta += e.text.length - (e.end - e.start);
    }
  }

  get changes(): boolean {
    return this.#starts.length > 0;
  }

  /** Index of the last edit starting before `p`, or -1. */
  #before(p: number): number {
    let lo = 0;
    let hi = this.#starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#starts[mid] ?? 0) < p) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The new position of `p`; inside a replaced span it moves to the replacement's `side`. */
  point(p: number, side: Side): number {
    const i = this.#before(p);
    if (i < 0) return p;
    const end = this.#ends[i] ?? 0;
    const newEnd = this.#newEnds[i] ?? 0;
    if (p >= end) return newEnd + (p - end);
    return side === 'start' ? (this.#newStarts[i] ?? 0) : newEnd;
  }

  /** A passage's new range: it keeps every word it had and covers a pseudonym it touched whole. */
  range(start: number, end: number): { start: number; end: number } {
    return { start: this.point(start, 'start'), end: this.point(end, 'end') };
  }
}
