// The packed form of one document's coded passages: typed arrays the tables count from
// (electron/tables/count-by-document.ts). SQLite packs the passages into a string (unpack reads
// it); the copy kept in the file between sessions is the arrays' bytes (encode, decode), which
// read back without parsing.

const EMPTY = new Int32Array(0);
/** No passages. */
export const NONE: PackedPassages = {
  ids: EMPTY,
  starts: EMPTY,
  ends: EMPTY,
  coders: EMPTY,
  codeAt: new Int32Array(1),
  codes: EMPTY,
};

/** One document's passages in start order: parallel arrays, codes of passage i at codes[codeAt[i]..codeAt[i+1]). */
export interface PackedPassages {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** Coder id, 0 when none. */
  coders: Int32Array;
  codeAt: Int32Array;
  codes: Int32Array;
}

/** Reads the non-negative integers of `text` separated by any other character, by kind of separator. */
export function unpack(text: string): PackedPassages {
  if (text === '') {
    const none = new Int32Array(0);
    return {
      ids: none,
      starts: none,
      ends: none,
      coders: none,
      codeAt: new Int32Array(1),
      codes: none,
    };
  }
  // Passages are separated by ';', their fields by ',', their codes by '.'.
  let count = 1;
  let codeCount = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 59) count++;
    else if (ch === 46) codeCount++;
  }
  const ids = new Int32Array(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const coders = new Int32Array(count);
  const codeAt = new Int32Array(count + 1);
  const codes = new Int32Array(codeCount + count);
  let passage = 0;
  let field = 0;
  let code = 0;
  let num = 0;
  const put = () => {
    if (field === 0) ids[passage] = num;
    else if (field === 1) starts[passage] = num;
    else if (field === 2) ends[passage] = num;
    else if (field === 3) coders[passage] = num;
    else codes[code++] = num;
    num = 0;
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 59;
    if (ch >= 48 && ch <= 57) num = num * 10 + ch - 48;
    else if (ch === 44 || ch === 46) {
      put();
      field++;
    } else if (ch === 59) {
      put();
      passage++;
      codeAt[passage] = code;
      field = 0;
    }
  }
  return { ids, starts, ends, coders, codeAt: codeAt.subarray(0, count + 1), codes };
}

/** Marks the kept bytes as this layout in this byte order ("KVP1"); anything else is packed anew. */
const MAGIC = 0x3150564b;

/** The arrays' bytes: magic, passage count, code count, then ids, starts, ends, coders, codeAt, codes. */
export function encode(p: PackedPassages): Buffer {
  const n = p.ids.length;
  const k = p.codeAt[n] ?? 0;
  const out = new Int32Array(3 + 5 * n + 1 + k);
  out[0] = MAGIC;
  out[1] = n;
  out[2] = k;
  let at = 3;
  for (const part of [p.ids, p.starts, p.ends, p.coders, p.codeAt, p.codes.subarray(0, k)]) {
    out.set(part, at);
    at += part.length;
  }
  return Buffer.from(out.buffer);
}

/** The arrays from their kept bytes, or null when they are not in this layout. */
export function decode(bytes: Uint8Array): PackedPassages | null {
  if (bytes.byteLength < 12 || bytes.byteLength % 4 !== 0) return null;
  // A copy of exactly these bytes: SQLite's buffer need not start on a 4-byte boundary, and a
  // Buffer's slice() would share (and .buffer expose) the memory around it.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const all = new Int32Array(copy.buffer);
  const n = all[1] ?? -1;
  const k = all[2] ?? -1;
  if (all[0] !== MAGIC || n < 0 || k < 0 || all.length !== 3 + 5 * n + 1 + k) return null;
  let at = 3;
  const take = (length: number) => all.subarray(at, (at += length));
  return {
    ids: take(n),
    starts: take(n),
    ends: take(n),
    coders: take(n),
    codeAt: take(n + 1),
    codes: take(k),
  };
}
