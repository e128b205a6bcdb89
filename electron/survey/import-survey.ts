// Reads a questionnaire sheet into a project: the preview (sample, proposed mapping, every bad
// cell) and the import itself, all or nothing: a bad cell, a clashing name or a mapping that does
// not fit the sheet stops it before anything is written, and the write is one transaction.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Project } from '../../db/project';
import type { NewSurvey } from '../../db/queries/survey';
import { ApiError } from '../../shared/api/errors';
import type { SurveyErrorCode } from '../../shared/api/errors-survey';
import { valueKey } from '../../shared/attributes/values';
import { countWords } from '../../shared/documents/types';
import { message } from '../../shared/messages';
import { areasOf } from '../../shared/survey/areas';
import { proposeMapping } from '../../shared/survey/propose';
import { describeProblem, mappingIssues, readSurvey } from '../../shared/survey/read';
import type { SurveyImportReport, SurveyMapping, SurveyPreview } from '../../shared/survey/types';
import { lineParagraphs } from '../import/text-model';
import { readSheet, type Sheet } from '../sheets/read-sheet';

export interface SheetFile {
  /** Where the bytes are. */
  path: string;
  /** The name the user knows it by, for messages. */
  name: string;
  /** The worksheet of an .xlsx; without it, the one holding the most rows. */
  sheet?: string | undefined;
}

/** Rows shown in the mapping dialog. */
const SAMPLE_ROWS = 8;

/** The window words the failure from its code and params; the CLI prints the English message. */
function refuse(
  code: SurveyErrorCode,
  file: string,
  message: string,
  params: Record<string, string | number> = {},
) {
  return new ApiError(code, `${file} was not imported, nothing was saved: ${message}`, {
    file,
    ...params,
  });
}

function mappingErrors(file: string, sheet: Sheet, mapping: SurveyMapping): void {
  const issues = mappingIssues(sheet.header, mapping);
  const first = issues[0];
  if (first)
    throw refuse(first.code, file, issues.map((i) => i.text).join(' '), {
      ...first.params,
      count: issues.length,
    });
}

export async function previewSurvey(
  project: Project,
  file: SheetFile,
  mapping?: SurveyMapping,
): Promise<SurveyPreview> {
  const sheet = await readSheet(file.path, file.name, file.sheet ? { sheet: file.sheet } : {});
  const areas = areasOf(project.codes.list());
  const proposal = proposeMapping(sheet.header, sheet.rows, areas);
  if (mapping) mappingErrors(file.name, sheet, mapping);
  const used = mapping ?? proposal;
  // Without an ID column every row would be "missing its ID": the dialog asks for one first.
  const problems =
    used.idColumn === '' ? [] : readSurvey(sheet, used, areas, project.attributes.list()).problems;
  return {
    file: file.name,
    format: sheet.format,
    delimiter: sheet.delimiter,
    encoding: sheet.encoding,
    sheetName: sheet.sheetName,
    sheetNames: sheet.sheetNames,
    header: sheet.header,
    sample: sheet.rows.slice(0, SAMPLE_ROWS),
    rowCount: sheet.rows.length,
    proposal,
    problems,
  };
}

/** Everything the write needs, or an error naming what is wrong. Reads only. */
function planSurvey(
  project: Project,
  file: SheetFile,
  sheet: Sheet,
  mapping: SurveyMapping,
  name: string,
): NewSurvey {
  mappingErrors(file.name, sheet, mapping);
  const questionNames = [...mapping.ranked.map((q) => q.name), ...mapping.text];
  const existing = new Map(project.survey.questions().map((q) => [valueKey(q.name), q.name]));
  const clashes = questionNames.filter((n) => existing.has(valueKey(n)));
  const clash = clashes[0];
  if (clash !== undefined)
    throw refuse(
      'survey_question_exists',
      file.name,
      `the project already has ${clashes.map((c) => `a question "${existing.get(valueKey(c)) ?? c}"`).join(' and ')}. Question names are unique in a project: give the question another name, or delete the questionnaire it came from first.`,
      { question: existing.get(valueKey(clash)) ?? clash, count: clashes.length },
    );
  const areas = areasOf(project.codes.list());
  if (mapping.ranked.length && areas.length === 0)
    throw refuse(
      'survey_no_areas',
      file.name,
      'the codebook has no numbered areas to match the answers with.',
    );
  const attributes = project.attributes.list();
  const { respondents, problems } = readSurvey(sheet, mapping, areas, attributes);
  const bad = problems[0];
  if (bad)
    throw refuse(
      'survey_cells_unreadable',
      file.name,
      `${problems.length} ${problems.length === 1 ? 'cell' : 'cells'} cannot be read: ${problems.map(describeProblem).join('; ')}.`,
      {
        count: problems.length,
        row: bad.row,
        field: bad.column,
        value: bad.value,
        reason: bad.reason,
      },
    );

  // An attribute column fills the attribute of that name (case and spacing aside), else a new one.
  const known = new Map(attributes.map((a) => [valueKey(a.name), a.name]));
  const attributeOf = new Map(mapping.attributes.map((c) => [c, known.get(valueKey(c)) ?? c]));
  const taken = project.documents.names();
  const docName = (id: string, column: string) => `${id} – ${column}`;
  const clashing = respondents.flatMap((r) =>
    Object.keys(r.text)
      .map((c) => docName(r.id, c))
      .filter((n) => taken.has(n)),
  );
  const clashed = clashing[0];
  if (clashed !== undefined)
    throw refuse(
      'survey_document_exists',
      file.name,
      `documents named ${clashing.map((n) => `"${n}"`).join(', ')} already exist; rename them first.`,
      { document: clashed, count: clashing.length },
    );

  return {
    name,
    sourceName: file.name,
    newAttributes: mapping.attributes.filter((c) => !known.has(valueKey(c))),
    questions: [
      ...mapping.ranked.map((q) => ({ name: q.name, kind: 'ranked' as const, columns: q.columns })),
      ...mapping.text.map((c) => ({ name: c, kind: 'text' as const, columns: [c] })),
    ],
    respondents: respondents.map((r) => ({
      externalId: r.id,
      row: r.row,
      values: Object.entries(r.attributes).map(([column, values]) => ({
        attribute: attributeOf.get(column) ?? column,
        values,
      })),
      answers: Object.entries(r.ranked).flatMap(([question, areasNamed]) =>
        areasNamed.flatMap((area, i) => (area === null ? [] : [{ question, rank: i + 1, area }])),
      ),
      documents: Object.entries(r.text).map(([column, text]) => ({
        question: column,
        doc: {
          name: docName(r.id, column),
          kind: 'answer' as const,
          text,
          textHash: createHash('sha256').update(text, 'utf8').digest('hex'),
          words: countWords(text),
          sourceName: file.name,
          sourceFormat: sheet.format,
          paragraphs: lineParagraphs(text),
          speakers: [],
          turns: [],
        },
      })),
    })),
  };
}

/** The example questionnaire beside the example transcripts (resources/examples/enkat/). */
export const EXAMPLE_SURVEY = fileURLToPath(
  new URL('../../resources/examples/enkat/Enkät_HT2018.csv', import.meta.url),
);

/** Imports the example questionnaire with the mapping its headers propose, to try the tables. */
export async function importExampleSurvey(project: Project): Promise<SurveyImportReport> {
  const file = { path: EXAMPLE_SURVEY, name: 'Enkät_HT2018.csv' };
  const preview = await previewSurvey(project, file);
  return importSurvey(project, file, preview.proposal, 'Exempelenkät HT 2018');
}

export async function importSurvey(
  project: Project,
  file: SheetFile,
  mapping: SurveyMapping,
  name?: string,
): Promise<SurveyImportReport> {
  const sheet = await readSheet(file.path, file.name, file.sheet ? { sheet: file.sheet } : {});
  const plan = planSurvey(project, file, sheet, mapping, name ?? file.name.replace(/\.[^.]+$/, ''));
  // One undoable step: every row the import writes (the questionnaire, its respondents, answers,
  // open-answer documents, new attributes and values) is recorded as it stands after the import.
  const what = message('surveyImported', { name: plan.name });
  const saved = project.history.record({ action: 'survey.import', message: what }, (rec) => {
    const mark = rec.mark(['attributes', 'attribute_choices', 'surveys', 'documents']);
    const inserted = project.survey.insert(plan);
    rec.insertedSince(mark);
    return inserted;
  });
  const survey = project.survey.list().find((s) => s.id === saved.id);
  if (!survey) throw new ApiError('internal', `The questionnaire ${file.name} was not saved.`);
  return { survey, documents: saved.documents, answers: saved.answers };
}
