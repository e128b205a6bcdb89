// Merging a coder's copy of the project into the open one (see db/merge.ts).
import { ApiError } from '../../shared/api/errors';
import type { HandlerGroup } from './registry';

export const mergeHandlers: HandlerGroup = {
  'project.merge': () => {
    throw new ApiError('not_supported', 'Merging is not available yet.');
  },
};
