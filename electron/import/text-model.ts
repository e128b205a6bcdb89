// The text model shared by every format: blocks of text become one LF-joined, NFC string plus
// paragraph offsets that point exactly into it.
import type { Paragraph, ParagraphKind } from './types';

/** One paragraph as a parser found it, before normalisation. */
export interface Block {
  kind: ParagraphKind;
  text: string;
}

export interface TextModel {
  text: string;
  paragraphs: Paragraph[];
}

export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Normalises one block's text. Each block is normalised on its own before offsets are taken, so
 * offsets match the final string; joining with '\n' cannot change NFC because '\n' never composes.
 * Leading blank lines (a <br> at the very start) and trailing whitespace carry no meaning.
 */
export function normaliseBlockText(text: string): string {
  return normaliseLineEnds(text)
    .normalize('NFC')
    .replace(/^(?:[^\S\n]*\n)+/, '')
    .trimEnd();
}

/** Joins blocks into the model; blocks that are empty after normalisation are dropped. */
export function buildTextModel(blocks: Iterable<Block>): TextModel {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = normaliseBlockText(block.text);
    if (text === '') continue;
    if (parts.length > 0) offset += 1; // the '\n' separator
    paragraphs.push({ start: offset, end: offset + text.length, kind: block.kind });
    parts.push(text);
    offset += text.length;
  }
  return { text: parts.join('\n'), paragraphs };
}

/**
 * For plain text the stored text is the whole file (so nothing the user wrote disappears);
 * paragraphs point at its non-blank lines, without trailing whitespace.
 */
export function lineParagraphs(
  text: string,
  kindOf: (line: string) => ParagraphKind = () => 'paragraph',
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(start, lineEnd);
    const trimmed = line.trimEnd();
    if (trimmed.trim() !== '') {
      paragraphs.push({ start, end: start + trimmed.length, kind: kindOf(line) });
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return paragraphs;
}
