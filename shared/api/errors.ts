// The one error shape that crosses every boundary (IPC, HTTP, CLI). It carries a stable code the UI
// translates, an English message the CLI prints, and never a stack trace.
import { COMMON_ERROR_CODES } from './errors-common';
import { REFI_ERROR_CODES } from './errors-refi';
import { SURVEY_ERROR_CODES } from './errors-survey';

export const ERROR_CODES = [
  'invalid_input',
  'access_denied',
  'unknown_method',
  'no_project_open',
  'file_exists',
  'file_missing',
  'not_a_project',
  'not_kvalkod_project',
  'newer_version',
  'damaged_project',
  'cannot_write',
  'project_busy',
  'history_moved',
  'project_file_changed',
  'project_file_lost',
  'disk_full',
  'project_read_only',
  'not_supported',
  'cancelled',
  'nothing_accepted',
  'table_split_unknown',
  'table_split_axis',
  'table_split_owner',
  'table_documents_unit',
  'internal',
  ...COMMON_ERROR_CODES,
  ...SURVEY_ERROR_CODES,
  ...REFI_ERROR_CODES,
  // Team coding (agreement, merge): docs/agreement.md.
  'too_few_coders',
  'unknown_coder',
  'unknown_code',
  'unknown_document',
  'merge_same_project',
  'disagreement_settled',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  /** Values the UI puts into its translated message (file names, versions, field paths). */
  params?: Record<string, string | number>;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }

  toShape(): ApiErrorShape {
    return this.params
      ? { code: this.code, message: this.message, params: this.params }
      : { code: this.code, message: this.message };
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    typeof v.message === 'string'
  );
}

/** What every transport returns for one call. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
