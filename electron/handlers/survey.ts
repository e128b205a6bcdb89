// Handlers for survey (being written: see the contract in shared/api/contract-survey.ts).
import { ApiError } from '../../shared/api/errors';
import type { HandlerGroup } from './registry';

const todo = (): never => {
  throw new ApiError('not_supported', 'Not available yet.');
};

export const surveyHandlers: HandlerGroup = {
  'survey.preview': todo,
  'survey.import': todo,
  'survey.list': todo,
  'survey.delete': todo,
  'survey.table': todo,
};
