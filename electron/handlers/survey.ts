// The questionnaire: preview and map a sheet, import it (all or nothing), list and delete it, and
// its ranked multiple-response tables. The work is in electron/survey/.
import { ApiError } from '../../shared/api/errors';
import { message } from '../../shared/messages';
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
    const project = requireProject(ctx);
    const survey = project.survey.list().find((s) => s.id === id);
    if (!survey)
      throw new ApiError('survey_missing', `There is no questionnaire ${id}.`, { field: 'id', id });
    // Whole, with its respondents, answers and open-answer documents (and their codings): one step.
    const what = message('surveyRemoved', { name: survey.name });
    const deleted = project.history.record({ action: 'survey.delete', message: what }, (rec) =>
      rec.removeAll([
        ...project.survey.answerDocumentIds(id).map((doc) => ({
          table: 'documents',
          key: { id: doc },
        })),
        { table: 'surveys', key: { id } },
      ]),
    );
    return { deleted: deleted > 0 ? 1 : 0 };
  },

  'survey.table': ({ question, by }, ctx) => rankedTables(requireProject(ctx), question, by),
};
