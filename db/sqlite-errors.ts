// What SQLite says about the project file turned into an ApiError the user can act on: another
// program holds the lock, the disk is full, the file is read-only. Any other failure is left as
// it is (the registry words it as an internal error).
import { ApiError } from '../shared/api/errors';

export function sqliteFailure(err: unknown, path = ''): ApiError | null {
  if (err instanceof ApiError) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new ApiError(
      'project_busy',
      'Another program is writing to the project right now, so this change was not saved. Try again in a moment.',
    );
  // A short write is SQLITE_FULL; a write refused outright (no room for the user's quota, the
  // file-size limit) comes back as an I/O error while writing.
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE')
    return new ApiError(
      'disk_full',
      `Could not write ${path || 'the project'}: the disk is full, so this was not saved. Nothing saved before was changed; free some space and try again.`,
      { path },
    );
  if (code.startsWith('SQLITE_READONLY'))
    return new ApiError(
      'project_read_only',
      'The project is read-only, so this change was not saved. Copy the file to a folder you may write to in order to work in it.',
    );
  return null;
}
