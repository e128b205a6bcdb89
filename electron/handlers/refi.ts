// Handlers for refi (being written: see the contract in shared/api/contract-refi.ts).
import { ApiError } from '../../shared/api/errors';
import type { HandlerGroup } from './registry';

const todo = (): never => {
  throw new ApiError('not_supported', 'Not available yet.');
};

export const refiHandlers: HandlerGroup = {
  'refi.export': todo,
  'refi.importProject': todo,
  'refi.importCodebook': todo,
};
