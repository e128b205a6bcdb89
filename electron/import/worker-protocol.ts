// Messages between parse-in-worker (main thread) and worker.ts. Errors cannot cross a thread
// boundary as class instances, so an ImportFileError travels as { reason, message }.
import {
  ImportFileError,
  isImportFailureReason,
  type ImportFailureReason,
  type ImportLimits,
  type ParsedDocument,
} from './types';

export interface WorkerRequest {
  id: number;
  path: string;
  limits: ImportLimits;
}

export type WorkerResponse =
  | { id: number; ok: true; doc: ParsedDocument }
  | { id: number; ok: false; reason: ImportFailureReason; message: string };

export function failureResponse(id: number, error: unknown, fileName: string): WorkerResponse {
  if (error instanceof ImportFileError) {
    return { id, ok: false, reason: error.reason, message: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    id,
    ok: false,
    reason: 'unreadable',
    message: `${fileName} could not be read (${detail}).`,
  };
}

/** The worker is our own code, but a malformed reply must become an error, not a crash. */
export function isWorkerResponse(value: unknown): value is WorkerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'number') return false;
  if (v.ok === true) return typeof v.doc === 'object' && v.doc !== null;
  return v.ok === false && isImportFailureReason(v.reason) && typeof v.message === 'string';
}
