// Positions at the REFI-QDA boundary. The standard counts Unicode code points (section 10.2);
// Kvalkod counts UTF-16 code units. They differ only after a character outside the Basic
// Multilingual Plane (an emoji), which takes two units but is one code point.

/** Converts between code-point and UTF-16 positions of one text; built once, used per selection. */
export class OffsetIndex {
  /** UTF-16 positions of the first unit of every surrogate pair, in order. */
  readonly #astral: number[] = [];
  readonly units: number;
  readonly codePoints: number;

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.#astral.push(i);
          i++;
        }
      }
    }
    this.units = text.length;
    this.codePoints = text.length - this.#astral.length;
  }

  /** How many pairs start before UTF-16 position `unit`. */
  #pairsBefore(unit: number): number {
    let lo = 0;
    let hi = this.#astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#astral[mid] ?? 0) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The code-point position of a UTF-16 position; null inside a pair or out of range. */
  toCodePoint(unit: number): number | null {
    if (!Number.isInteger(unit) || unit < 0 || unit > this.units) return null;
    const before = this.#pairsBefore(unit);
    // A position one unit past a pair's start splits the pair.
    if (before > 0 && this.#astral[before - 1] === unit - 1) return null;
    return unit - before;
  }

  /** The UTF-16 position of a code-point position; null out of range. */
  toUnit(codePoint: number): number | null {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.codePoints) return null;
    // The k-th pair (0-based) starts at code point astral[k] - k.
    let lo = 0;
    let hi = this.#astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#astral[mid] ?? 0) - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

/** A source text as Kvalkod stores it, and where each of the file's code points went. */
export interface NormalisedText {
  text: string;
  /** map[i]: the UTF-16 position in `text` of the file's code point i (i = count: the end). */
  map: Int32Array;
  /**
   * Code points inside a character that NFC changed (past its first), and where that character
   * ends: a selection that ends there takes the whole character. Empty for text already in NFC.
   */
  inside: Map<number, number>;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * Turns a source's text into Kvalkod's form: CRLF and lone CR as LF, Unicode NFC. Positions of the
 * file move with the text: a position inside a CRLF pair lands on the LF; one inside a character
 * that NFC changes lands on the start of what it became, or its end for a selection's end (see
 * selectionRange). `body` is the decoded text: the file's byte order mark is gone already
 * (decodeText drops it), so a U+FEFF still at the start is a character and counts.
 */
export function normaliseSourceText(body: string): NormalisedText {
  if (body.normalize('NFC') === body) return withLineFeeds(body);
  const out: string[] = [];
  const map: number[] = [];
  const inside = new Map<number, number>();
  let length = 0;
  // Graphemes keep a base and its combining marks together, so NFC can be applied piecewise.
  for (const { segment } of segmenter.segment(body)) {
    if (segment === '\r\n' || segment === '\r' || segment === '\n') {
      // One position for each code point of the line break (CR LF is two), all on the LF.
      for (let i = 0; i < segment.length; i++) map.push(length);
      out.push('\n');
      length += 1;
      continue;
    }
    const normal = segment.normalize('NFC');
    if (normal === segment) {
      for (const ch of segment) {
        map.push(length);
        length += ch.length;
      }
    } else {
      const first = map.length;
      for (let i = new OffsetIndex(segment).codePoints; i > 0; i--) map.push(length);
      length += normal.length;
      for (let cp = first + 1; cp < map.length; cp++) inside.set(cp, length);
    }
    out.push(normal);
  }
  map.push(length);
  return { text: out.join(''), map: Int32Array.from(map), inside };
}

/** CRLF and lone CR as LF, with the code-point map; the fast path for text already in NFC. */
function withLineFeeds(body: string): NormalisedText {
  const map = new Int32Array(body.length + 1);
  let cp = 0;
  let length = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    map[cp++] = length;
    if (c === 13) {
      // The LF of a CR LF lands on the same LF as its CR.
      if (body.charCodeAt(i + 1) === 10) {
        map[cp++] = length;
        i++;
      }
      length += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      length += 2;
    } else length += 1;
  }
  map[cp] = length;
  return { text: body.replace(/\r\n?/g, '\n'), map: map.subarray(0, cp + 1), inside: new Map() };
}

/** Code points of a string, counted without building an array. */
export function codePointLength(text: string): number {
  return new OffsetIndex(text).codePoints;
}

/**
 * The UTF-16 range of the file's selection [start, end) (code points, both within the text). A
 * selection that cuts into a character NFC changed takes all of it: it never loses a letter.
 */
export function selectionRange(n: NormalisedText, start: number, end: number) {
  const from = n.map[start] ?? 0;
  return { start: from, end: end > start ? (n.inside.get(end) ?? n.map[end] ?? 0) : from };
}
