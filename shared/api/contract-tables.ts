// Contract entries for tables: what can be put on the axes, computing a table from a definition,
// saved definitions, and the export of computed tables (builder and questionnaire alike).
import { z } from 'zod';
import type { ComputedTable, TableUnit } from '../tables/types';
import { PAIRINGS, PERCENT_BASES, TABLE_UNITS } from '../tables/types';
import type { ExportedFile } from './contract-export';
import { returns } from './define';

const name = z.string().trim().min(1, 'A name is required.').max(200, 'The name is too long.');

export const tableDefinitionSchema = z
  .object({
    title: z.string().trim().max(200).default(''),
    rows: name,
    cols: name.nullable().default(null),
    unit: z.enum(TABLE_UNITS).default('passages'),
    percent: z.enum(PERCENT_BASES).default('column'),
    filters: z
      .array(
        z
          .object({ name, values: z.array(z.string().max(500)).min(1, 'Choose a value.').max(500) })
          .strict(),
      )
      .max(20)
      .default([]),
    coders: z.array(name).max(100).default([]),
    includeInterviewers: z.boolean().default(false),
    pairing: z.enum(PAIRINGS).default('overlap'),
    /** Split by this attribute: the whole and one block per value, side by side. */
    by: name.nullable().default(null),
  })
  .strict();

/** One table to export: a builder definition (computed afresh) or a questionnaire question. */
export const tableSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builder'), definition: tableDefinitionSchema }).strict(),
  z
    .object({ kind: z.literal('survey'), question: name, by: name.nullable().default(null) })
    .strict(),
]);

export const TABLE_EXPORT_FORMATS = ['xlsx', 'docx', 'csv', 'md'] as const;
export type TableExportFormat = (typeof TABLE_EXPORT_FORMATS)[number];

/** Something that can be put on an axis or filtered on, with the units it makes sense for. */
export interface AxisOption {
  /** The name used in a definition (and on the command line). */
  name: string;
  /** 'documents': one line per interview (a code x document matrix). */
  kind: 'group' | 'code' | 'attribute' | 'documents';
  /** For attributes: on interviews (documents) or respondents. */
  of: 'documents' | 'respondents' | null;
  /** The values (attribute) or child codes (group, parent code), in display order. */
  values: { key: string; label: string }[];
  units: TableUnit[];
}

export interface SavedTable {
  id: number;
  name: string;
  definition: z.output<typeof tableDefinitionSchema>;
  updatedAt: string;
}

export const tablesContract = {
  'tables.axes': { input: z.object({}).strict(), output: returns<AxisOption[]>() },
  /** One table; with `by`, the whole and each value's block side by side in one table. */
  'tables.compute': { input: tableDefinitionSchema, output: returns<ComputedTable>() },
  /** With `by`: the whole table, then one table per value (`kvalkod table --by`). */
  'tables.split': { input: tableDefinitionSchema, output: returns<ComputedTable[]>() },
  'tables.saved.list': { input: z.object({}).strict(), output: returns<SavedTable[]>() },
  /** Saves under `name`, replacing a saved table of that name. */
  'tables.saved.save': {
    input: z.object({ name, definition: tableDefinitionSchema }).strict(),
    output: returns<SavedTable>(),
  },
  'tables.saved.delete': {
    input: z.object({ name }).strict(),
    output: returns<{ deleted: number }>(),
  },
  /** Computes the tables afresh and writes them to one file: XLSX one sheet per table. */
  'tables.export': {
    input: z
      .object({
        tables: z.array(tableSourceSchema).min(1).max(100),
        format: z.enum(TABLE_EXPORT_FORMATS),
        delimiter: z.enum([';', ',']).default(';'),
        language: z.enum(['sv', 'en']).default('sv'),
        fileName: z.string().trim().max(200).default(''),
      })
      .strict(),
    output: returns<ExportedFile>(),
  },
};
