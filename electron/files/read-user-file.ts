// The one reader for every file a user names (transcripts, sheets, questionnaires, REFI-QDA files,
// a pseudonymisation map): regular files only, the size limit checked before a byte is read, and
// never a wait on a FIFO or a device (opened non-blocking; the checks are made on the open handle,
// so a symlink to /dev/urandom or a file swapped meanwhile is judged as what is actually read).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { ApiError } from '../../shared/api/errors';

export type UserFileRefusal =
  'missing' | 'denied' | 'folder' | 'not_a_file' | 'too_large' | 'empty' | 'unreadable';

export class UserFileError extends Error {
  override name = 'UserFileError';

  constructor(
    readonly reason: UserFileRefusal,
    /** The file as the user knows it. */
    readonly file: string,
    why: string,
    /** The size limit, for too_large ("50 MB"). */
    readonly limit?: string,
  ) {
    super(`${file} cannot be read: ${why}.`);
  }
}

/** "50 MB", "1 GB": a limit as people say it. */
export function sizeText(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${Math.round(gb * 10) / 10} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

export interface ReadLimits {
  maxBytes: number;
  /** An empty file is refused unless allowed (an empty transcript or sheet is a mistake). */
  allowEmpty?: boolean;
}

/** The whole file, or a UserFileError saying in one sentence why it was not read. */
export async function readUserFile(
  path: string,
  file: string,
  limits: ReadLimits,
): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw openFailure(err, file);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new UserFileError('folder', file, 'it is a folder, not a file');
    if (!stat.isFile())
      throw new UserFileError(
        'not_a_file',
        file,
        'it is not a regular file (a device or a pipe), so it was not read',
      );
    if (stat.size > limits.maxBytes)
      throw new UserFileError(
        'too_large',
        file,
        `it is larger than ${sizeText(limits.maxBytes)}`,
        sizeText(limits.maxBytes),
      );
    if (stat.size === 0 && !limits.allowEmpty)
      throw new UserFileError('empty', file, 'it is empty');
    return await handle.readFile();
  } catch (err) {
    if (err instanceof UserFileError) throw err;
    throw new UserFileError('unreadable', file, (err as Error).message);
  } finally {
    await handle.close();
  }
}

function openFailure(err: unknown, file: string): UserFileError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new UserFileError('missing', file, 'it does not exist');
  if (code === 'EACCES' || code === 'EPERM')
    return new UserFileError('denied', file, 'access is denied');
  // Opening a folder for reading succeeds on Linux and fails with EISDIR elsewhere.
  if (code === 'EISDIR') return new UserFileError('folder', file, 'it is a folder, not a file');
  // A socket cannot be opened at all (ENXIO); a FIFO without a writer opens non-blocking.
  if (code === 'ENXIO')
    return new UserFileError('not_a_file', file, 'it is not a regular file, so it was not read');
  return new UserFileError('unreadable', file, (err as Error).message);
}

/** The same refusal as an ApiError for the window and the CLI (codes worded in i18n). */
export function userFileApiError(err: UserFileError): ApiError {
  switch (err.reason) {
    case 'missing':
      return new ApiError('file_missing', err.message, { path: err.file });
    case 'folder':
    case 'not_a_file':
      return new ApiError('not_a_file', err.message, { file: err.file });
    case 'too_large':
      return new ApiError('file_too_large', err.message, {
        file: err.file,
        limit: err.limit ?? '',
      });
    default:
      return new ApiError('invalid_input', err.message, { field: err.file });
  }
}

/** readUserFile for the window and the CLI: a refusal is an ApiError. */
export async function readUserFileOrFail(
  path: string,
  file: string,
  limits: ReadLimits,
): Promise<Buffer> {
  try {
    return await readUserFile(path, file, limits);
  } catch (err) {
    throw err instanceof UserFileError ? userFileApiError(err) : err;
  }
}
