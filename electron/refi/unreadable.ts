// The one error a REFI-QDA file that cannot be read fails with, for the zip reader and the XML
// reader alike: the CLI prints `why`; the window words `reason` (with `params`) in its language.
import { ApiError } from '../../shared/api/errors';
import type { RefiUnreadable } from '../../shared/api/errors-refi';

export const unreadable = (
  file: string,
  why: string,
  reason: RefiUnreadable,
  params: Record<string, string | number> = {},
) =>
  new ApiError('refi_unreadable', `${file} cannot be read: ${why}.`, { file, reason, ...params });
