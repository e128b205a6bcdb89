// Handlers for tables (being written: see the contract in shared/api/contract-tables.ts).
import { ApiError } from '../../shared/api/errors';
import type { HandlerGroup } from './registry';

const todo = (): never => {
  throw new ApiError('not_supported', 'Not available yet.');
};

export const tableHandlers: HandlerGroup = {
  'tables.axes': todo,
  'tables.compute': todo,
  'tables.saved.list': todo,
  'tables.saved.save': todo,
  'tables.saved.delete': todo,
  'tables.export': todo,
};
