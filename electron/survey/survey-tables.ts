// The ranked table of one questionnaire question from the project, whole and, when asked, split
// by a respondent attribute: one table per value in the attribute's own order, then the
// respondents who have no value ("Uppgift saknas"), if any.
import type { Project } from '../../db/project';
import { ApiError } from '../../shared/api/errors';
import { valueKey } from '../../shared/attributes/values';
import { areasOf } from '../../shared/survey/areas';
import { computeRankedTable } from '../../shared/tables/ranked';
import type { ComputedTable } from '../../shared/tables/types';
import { tableWords } from '../../shared/tables/words';

export function rankedTables(project: Project, name: string, by: string | null): ComputedTable[] {
  const question = project.survey.question(name);
  const ranked = project.survey.questions().filter((q) => q.kind === 'ranked');
  if (!question)
    throw new ApiError(
      'question_missing',
      ranked.length
        ? `There is no question "${name}". Ranked questions: ${ranked.map((q) => q.name).join(', ')}.`
        : `There is no question "${name}": no questionnaire with a ranked question has been imported.`,
      { field: 'question', name },
    );
  if (question.kind !== 'ranked')
    throw new ApiError(
      'question_open',
      `"${question.name}" is an open question: its answers are documents to code, not a ranked table.`,
      { field: 'question', name: question.name },
    );

  const areas = areasOf(project.codes.list());
  const respondents = project.survey.respondentIds(question.surveyId);
  const answers = project.survey.answers(question.id);
  const survey = project.survey.list().find((s) => s.id === question.surveyId);
  const table = (title: string, ids: readonly number[], selection: string | null) =>
    computeRankedTable({
      survey: survey?.name ?? null,
      title,
      areas,
      alternatives: question.alternatives,
      respondents: ids,
      answers,
      selection,
    });
  const whole = table(question.name, respondents, null);
  if (by === null) return [whole];

  const attribute = project.attributes.list().find((a) => valueKey(a.name) === valueKey(by));
  const values = attribute ? project.survey.values(question.surveyId, attribute.id) : [];
  if (!attribute || values.length === 0)
    throw new ApiError(
      'split_no_values',
      `No respondent of "${question.name}" has a value of "${by}". Split by one of: ${
        survey?.attributes.join(', ') || 'none (the questionnaire was imported without attributes)'
      }.`,
      { field: 'by', question: question.name, by },
    );
  const groups = new Map<string, number[]>();
  const order = [
    ...attribute.choices,
    ...[...new Set(values.map((v) => v.value))].sort((a, b) => a.localeCompare(b, 'sv')),
  ];
  for (const value of order) groups.set(value, []);
  for (const v of values) groups.get(v.value)?.push(v.respondent);
  const withValue = new Set(values.map((v) => v.respondent));
  const missing = respondents.filter((r) => !withValue.has(r));
  const split = [...groups]
    .filter(([, ids]) => ids.length > 0)
    .map(([value, ids]) =>
      table(`${question.name} – ${attribute.name}: ${value}`, ids, `${attribute.name} = ${value}`),
    );
  if (missing.length) {
    const label = tableWords('sv').missing;
    split.push(
      table(
        `${question.name} – ${attribute.name}: ${label}`,
        missing,
        `${attribute.name}: ${label}`,
      ),
    );
  }
  return [whole, ...split];
}
