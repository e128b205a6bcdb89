// What an import reports, file by file, in the window, the CLI and its --json output.
import type { Message } from '../messages';
import type { DetectionMode } from '../transcript/types';

/** Why a file could not be read (electron/import/types.ts throws these). */
export type ImportFailureReason =
  | 'empty'
  | 'not_docx'
  | 'corrupt_zip'
  | 'zip_bomb'
  | 'too_large'
  | 'binary'
  | 'unsupported_format'
  | 'timeout'
  | 'out_of_memory'
  | 'unreadable';

/**
 * `disk_full`: the project could not take the document (the batch stops there); `duplicate`: its
 * text is in the project already (imported only when asked for).
 */
export type SkipReason = ImportFailureReason | 'cancelled' | 'disk_full' | 'duplicate';

export type FileOutcome =
  | {
      file: string;
      status: 'imported';
      documentId: number;
      name: string;
      speakers: number;
      turns: number;
      warnings: Message[];
    }
  | { file: string; status: 'skipped'; reason: SkipReason; message: string };

export interface ImportReport {
  imported: number;
  skipped: number;
  cancelled: boolean;
  files: FileOutcome[];
}

export interface ImportSettings {
  speakers: DetectionMode;
  /** Attribute name -> values set on every imported document (`--attr Name=Value`). */
  attributes: Record<string, string[]>;
  /** `{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}`: values taken from each file name. */
  filenamePattern: string | null;
  /**
   * A text already in the project: 'skip' reports it skipped (the window's and CLI's default);
   * 'import' (or left out, as the example project does) imports it with a warning.
   */
  duplicates?: 'skip' | 'import';
}

export interface ImportProgress {
  total: number;
  done: number;
  current: string | null;
}
