// Contract entries for team coding: comparing coders (agreement), exporting the comparison,
// settling a disagreement, and merging a coder's copy of the project.
import { z } from 'zod';
import { MAX_CODERS } from '../agreement/compute';
import { AGREEMENT_UNITS, type AgreementResult } from '../agreement/types';
import type { MergeReport } from '../agreement/merge-report';
import type { Changed } from './contract-coding';
import type { ExportedFile } from './contract-export';
import { TABLE_EXPORT_FORMATS } from './contract-tables';
import { returns } from './define';

const name = z.string().trim().min(1).max(200);
const id = z.number().int().positive();

export const agreementQuerySchema = z
  .object({
    coders: z
      .array(name)
      .min(2, 'Choose at least two coders to compare.')
      .max(MAX_CODERS, `At most ${MAX_CODERS} coders can be compared at once.`),
    /** Groups, parent codes, code names or area numbers; none: every code the coders used. */
    codes: z.array(name).max(500).default([]),
    /** Document ids or names; none: the documents every chosen coder has coded. */
    documents: z
      .array(z.union([id, name]))
      .max(100_000)
      .default([]),
    unit: z.enum(AGREEMENT_UNITS).default('paragraph'),
    /** MAXQDA's segment view: the share of two passages' union they must share (0-1]. */
    overlap: z.number().gt(0, 'The overlap is a share above 0.').max(1).nullable().default(null),
    /** How many disagreements to list with their texts (all are counted). */
    disagreementLimit: z.number().int().min(0).max(1_000_000).default(1000),
  })
  .strict();

export type AgreementQuery = z.output<typeof agreementQuerySchema>;

export const agreementContract = {
  'agreement.compute': { input: agreementQuerySchema, output: returns<AgreementResult>() },
  'agreement.export': {
    input: z
      .object({
        query: agreementQuerySchema,
        format: z.enum(TABLE_EXPORT_FORMATS),
        delimiter: z.enum([';', ',']).default(';'),
        language: z.enum(['sv', 'en']).default('sv'),
        fileName: z.string().trim().max(200).default(''),
      })
      .strict(),
    output: returns<ExportedFile>(),
  },
  /**
   * Settles the disagreement in [start, end) of a document: the named coder's coding of the codes
   * there becomes every compared coder's ('all': each gets the codes of all). One undo step.
   */
  'agreement.settle': {
    input: z
      .object({
        documentId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        codeIds: z.array(id).min(1).max(500),
        coders: z.array(name).min(2).max(MAX_CODERS),
        keep: name.nullable(),
      })
      .strict(),
    output: returns<Changed<{ added: number; removed: number }>>(),
  },
  'project.merge': {
    input: z
      .object({
        paths: z.array(z.string().trim().min(1).max(4096)).min(1).max(100),
        addDiffering: z.boolean().default(false),
      })
      .strict(),
    output: returns<Changed<MergeReport>>(),
  },
};
