// The questionnaire: preview and map a sheet, import it (all or nothing), list and delete it, and
// its ranked multiple-response tables. The work is in electron/survey/.
import { ApiError } from '../../shared/api/errors';
import { rankedTables } from '../survey/survey-tables';
import { releaseSources, resolveSource } from './attributes';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

// Sheet reading (exceljs) is loaded on use: the command line starts faster without it.
const sheets = () => import('../survey/import-survey');

export const surveyHandlers: HandlerGroup = {
  'survey.preview': async ({ source, mapping, sheet }, ctx) =>
    (await sheets()).previewSurvey(
      requireProject(ctx),
      { ...resolveSource(ctx, source), sheet },
      mapping,
    ),

  'survey.import': async ({ source, mapping, name, sheet }, ctx) => {
    const report = await (
      await sheets()
    ).importSurvey(requireProject(ctx), { ...resolveSource(ctx, source), sheet }, mapping, name);
    releaseSources(ctx, [source]);
    return report;
  },

  'survey.importExample': async (_input, ctx) =>
    (await sheets()).importExampleSurvey(requireProject(ctx)),

  'survey.list': (_input, ctx) => requireProject(ctx).survey.list(),

  'survey.delete': ({ id }, ctx) => {
    const deleted = requireProject(ctx).survey.delete(id);
    if (deleted === 0)
      throw new ApiError('survey_missing', `There is no questionnaire ${id}.`, { field: 'id', id });
    return { deleted };
  },

  'survey.table': ({ question, by }, ctx) => rankedTables(requireProject(ctx), question, by),
};
