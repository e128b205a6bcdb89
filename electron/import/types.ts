// The shape of an imported transcript and the one error type every parser throws, so callers
// (handlers, CLI, UI) can react to `reason` without knowing which format failed.

import type { Message } from '../../shared/messages';
import type { Paragraph } from '../../shared/transcript/types';
import type { ImportFailureReason } from '../../shared/import/types';

export type { Paragraph, ParagraphKind } from '../../shared/transcript/types';
export type { ImportFailureReason } from '../../shared/import/types';

export type SourceFormat = 'docx' | 'txt' | 'md' | 'odt';

export interface ParsedDocument {
  text: string;
  paragraphs: Paragraph[];
  format: SourceFormat;
  /** Character encoding of a text file; null for zip-based formats (always UTF-8 XML). */
  encoding: string | null;
  /** What the researcher should check; worded in her language (shared/messages). */
  warnings: Message[];
  /** The text's words, counted where it was parsed (an import worker) to spare the main thread. */
  words?: number;
}

export const IMPORT_FAILURE_REASONS: readonly ImportFailureReason[] = [
  'empty',
  'not_docx',
  'corrupt_zip',
  'zip_bomb',
  'too_large',
  'binary',
  'unsupported_format',
  'timeout',
  'out_of_memory',
  'unreadable',
];

/** The message is English and names the file; the UI translates by `reason`. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';

  constructor(
    readonly reason: ImportFailureReason,
    message: string,
  ) {
    super(message);
  }
}

export function isImportFailureReason(value: unknown): value is ImportFailureReason {
  return typeof value === 'string' && (IMPORT_FAILURE_REASONS as readonly string[]).includes(value);
}

/** Size limits that keep a hostile file from exhausting disk reads, memory or CPU. */
export interface ImportLimits {
  /** Largest file read from disk, in bytes ('too_large'). */
  maxFileBytes: number;
  /** Most entries a .docx/.odt zip may hold ('zip_bomb'). */
  maxZipEntries: number;
  /** Most bytes all zip entries together may inflate to ('zip_bomb'). */
  maxZipUncompressedBytes: number;
}

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxZipUncompressedBytes: 300 * 1024 * 1024,
});

export function resolveLimits(limits?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
