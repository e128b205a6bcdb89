// Contract entries for the questionnaire: preview and map a sheet, import it, list it, and its
// ranked multiple-response tables.
import { z } from 'zod';
import type { ComputedTable } from '../tables/types';
import type { SurveyImportReport, SurveyPreview, SurveySummary } from '../survey/types';
import { sourceSchema } from './contract-import';
import { returns } from './define';

const column = z.string().max(500);
const name = z.string().trim().min(1, 'A name is required.').max(200, 'The name is too long.');

/** The worksheet of an .xlsx to read; without it, the one holding the most rows. */
const sheet = z.string().min(1).max(200).optional();

export const surveyMappingSchema = z
  .object({
    idColumn: column.min(1, 'Choose the ID column.'),
    attributes: z.array(column).max(200).default([]),
    ranked: z
      .array(
        z
          .object({
            name,
            columns: z.array(column).min(1, 'A ranked question needs columns.').max(20),
          })
          .strict(),
      )
      .max(50)
      .default([]),
    text: z.array(column).max(200).default([]),
  })
  .strict();

export const surveyContract = {
  'survey.preview': {
    input: z
      .object({ source: sourceSchema, mapping: surveyMappingSchema.optional(), sheet })
      .strict(),
    output: returns<SurveyPreview>(),
  },
  /** All or nothing: a bad cell anywhere stops the import and nothing of the sheet is saved. */
  'survey.import': {
    input: z
      .object({ source: sourceSchema, mapping: surveyMappingSchema, name: name.optional(), sheet })
      .strict(),
    output: returns<SurveyImportReport>(),
  },
  /** The questionnaire that ships with Kvalkod (117 fictional respondents), read as proposed. */
  'survey.importExample': { input: z.object({}).strict(), output: returns<SurveyImportReport>() },
  'survey.list': { input: z.object({}).strict(), output: returns<SurveySummary[]>() },
  'survey.delete': {
    input: z.object({ id: z.number().int().positive() }).strict(),
    output: returns<{ deleted: number }>(),
  },
  /** One ranked table; split by a respondent attribute, one table per value after the whole. */
  'survey.table': {
    input: z.object({ question: name, by: name.nullable().default(null) }).strict(),
    output: returns<ComputedTable[]>(),
  },
};
