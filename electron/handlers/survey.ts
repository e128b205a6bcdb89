// The questionnaire: preview and map a sheet, import it (all or nothing), list and delete it, and
// its ranked multiple-response tables. The work is in electron/survey/.
import { ApiError } from '../../shared/api/errors';
import { importExampleSurvey, importSurvey, previewSurvey } from '../survey/import-survey';
import { rankedTables } from '../survey/survey-tables';
import { resolveSource } from './attributes';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

export const surveyHandlers: HandlerGroup = {
  'survey.preview': ({ source, mapping, sheet }, ctx) =>
    previewSurvey(requireProject(ctx), { ...resolveSource(ctx, source), sheet }, mapping),

  'survey.import': ({ source, mapping, name, sheet }, ctx) =>
    importSurvey(requireProject(ctx), { ...resolveSource(ctx, source), sheet }, mapping, name),

  'survey.importExample': (_input, ctx) => importExampleSurvey(requireProject(ctx)),

  'survey.list': (_input, ctx) => requireProject(ctx).survey.list(),

  'survey.delete': ({ id }, ctx) => {
    const deleted = requireProject(ctx).survey.delete(id);
    if (deleted === 0)
      throw new ApiError('invalid_input', `There is no questionnaire ${id}.`, { field: 'id' });
    return { deleted };
  },

  'survey.table': ({ question, by }, ctx) => rankedTables(requireProject(ctx), question, by),
};
