// What SQLite says about the project file (another program holds the lock, and later: read-only,
// full disk) turned into an ApiError the user can act on. Any other failure is left as it is.
import { ApiError } from '../shared/api/errors';

export function sqliteFailure(err: unknown): ApiError | null {
  if (err instanceof ApiError) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new ApiError(
      'project_busy',
      'Another program is writing to the project right now, so this change was not saved. Try again in a moment.',
    );
  return null;
}
