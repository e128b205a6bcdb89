// .txt and .md transcripts: decode, normalise, and point paragraphs at the non-blank lines. The
// stored text is the file's own text (markdown is not stripped) so nothing the user wrote is lost.
import { message } from '../../shared/messages';
import { decodeText, looksBinary } from './decode-text';
import { lineParagraphs, normaliseLineEnds } from './text-model';
import { ImportFileError, type ParagraphKind, type ParsedDocument } from './types';

const MD_HEADING = /^#{1,6}(?:\s|$)/;
const MD_LIST_ITEM = /^(?:[-*+]\s|\d{1,9}[.)]\s)/;

export function markdownKind(line: string): ParagraphKind {
  const trimmed = line.trimStart();
  if (MD_HEADING.test(trimmed)) return 'heading';
  if (MD_LIST_ITEM.test(trimmed)) return 'list-item';
  return 'paragraph';
}

export function parsePlainText(
  bytes: Uint8Array,
  format: 'txt' | 'md',
  fileName: string,
): ParsedDocument {
  const decoded = decodeText(bytes);
  if (looksBinary(decoded.text)) {
    throw new ImportFileError(
      'binary',
      `${fileName} looks like a binary file, not text; open it in its own program and save it as .docx or .txt.`,
    );
  }
  // NFC on the whole text is safe for offsets: lines are found after normalising.
  const text = normaliseLineEnds(decoded.text).normalize('NFC');
  const paragraphs = lineParagraphs(text, format === 'md' ? markdownKind : undefined);
  if (paragraphs.length === 0) {
    throw new ImportFileError('empty', `${fileName} contains no text.`);
  }
  const warnings =
    decoded.encoding === 'windows-1252' ? [message('notUtf8', { file: fileName })] : [];
  return { text, paragraphs, format, encoding: decoded.encoding, warnings };
}
