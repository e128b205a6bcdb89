// Byte-to-string decoding for plain-text transcripts: BOMs, UTF-8, and the Windows-1252 files that
// older Swedish Windows installations still write, plus the check that refuses binary files.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes a text file. Order matters: a BOM is the only reliable signal; then strict UTF-8, which
 * random Windows-1252 text with any non-ASCII letter almost never passes; Windows-1252 last because
 * it accepts every byte sequence. UTF-16 without a BOM is not guessed (it shows up as binary).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // TextDecoder drops exactly one leading BOM of its own encoding, which is what we want.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    // No BOM here, so a U+FEFF at the start would be content: ignoreBOM keeps it.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252' };
  }
}

const SAMPLE_CHARS = 64 * 1024;
const MAX_CONTROL_SHARE = 0.1;

/**
 * True when decoded text is really a binary file: any NUL, or more than a tenth control
 * characters in the first 64K characters. Tab, LF, CR, VT and FF occur in real text files.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}
