// Why a questionnaire sheet was not imported, each failure with its own code and params (the file,
// and the row and field it concerns), worded in renderer/i18n/parts/errors-survey.ts; the CLI
// prints the English message, which lists every bad cell.
export const SURVEY_ERROR_CODES = [
  'survey_no_id_column', // {file}
  'survey_no_column', // {file, field, count}: the mapping names a column the sheet lacks
  'survey_column_repeated', // {file, field, columns, count}: several columns have that header
  'survey_column_reused', // {file, field, count}: one column in two roles
  'survey_question_named_twice', // {file, question, count}
  'survey_question_exists', // {file, question, count}: the project has a question of that name
  'survey_no_areas', // {file}: ranked answers but no numbered areas in the codebook
  'survey_cells_unreadable', // {file, count, row, field, value, reason}: the first bad cell
  'survey_document_exists', // {file, document, count}
] as const;
export type SurveyErrorCode = (typeof SURVEY_ERROR_CODES)[number];

export function isSurveyError(code: string): code is SurveyErrorCode {
  return (SURVEY_ERROR_CODES as readonly string[]).includes(code);
}
