// Contract entries for documents, attributes, speakers and import (issue: import transcripts).
import { z } from 'zod';
import type { Attribute } from '../attributes/types';
import { ATTRIBUTE_TYPES } from '../attributes/types';
import type { DocumentContent, DocumentSummary } from '../documents/types';
import type { Message } from '../messages';
import type { ImportReport } from '../import/types';
import type { Detection, TurnPreview } from '../transcript/types';
import { returns } from './define';
import type { ProjectSummary } from './types';

const name = z.string().trim().min(1, 'A name is required.').max(200, 'The name is too long.');
const path = z.string().trim().min(1, 'A file path is required.').max(4096);

/** A file to import: a path on this computer, or a file the browser uploaded to the host. */
export const sourceSchema = z.union([
  z.object({ path }).strict(),
  z
    .object({
      uploadId: z.string().regex(/^[\w-]{8,64}$/, 'Unknown upload.'),
      name: z.string().min(1).max(255),
    })
    .strict(),
]);

export const detectionModeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('auto') }),
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('patterns'),
    ids: z.array(z.string().max(40)).min(1, 'Choose at least one label form.'),
  }),
  z.object({
    kind: z.literal('regex'),
    source: z.string().min(1, 'Write a regular expression.').max(500),
  }),
]);

export const importSettingsSchema = z
  .object({
    speakers: detectionModeSchema.default({ kind: 'auto' }),
    attributes: z.record(name, z.array(z.string().max(500)).min(1)).default({}),
    filenamePattern: z.string().max(500).nullable().default(null),
    /** A text already in the project: skipped (reported), or imported as a new document. */
    duplicates: z.enum(['skip', 'import']).default('skip'),
  })
  .strict();

export interface ImportPreview {
  file: string;
  format: string;
  chars: number;
  words: number;
  speakers: Detection['speakers'];
  patternIds: string[];
  turns: number;
  sample: TurnPreview[];
}

/** A chosen file whose text is in the project already, or in a file chosen before it. */
export interface DuplicateFile {
  file: string;
  documents: { id: number; name: string }[];
  /** Files earlier in the same batch with the same text. */
  files: string[];
}

export type JobState =
  | { id: string; status: 'running'; total: number; done: number; current: string | null }
  | {
      id: string;
      status: 'done';
      total: number;
      done: number;
      current: null;
      report: ImportReport;
    };

const documentRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(500)]);
const ids = z
  .array(z.number().int().positive())
  .min(1, 'Choose at least one document.')
  .max(100_000);

export const importContract = {
  'documents.list': { input: z.object({}).strict(), output: returns<DocumentSummary[]>() },
  'documents.content': {
    input: z.object({ ref: documentRef }).strict(),
    output: returns<DocumentContent>(),
  },
  /** Removes documents with all that hangs on them, as one undoable step. */
  'documents.delete': { input: z.object({ ids }).strict(), output: returns<{ deleted: number }>() },
  /** What removing them would take along, for the confirmation. */
  'documents.usage': {
    input: z.object({ ids }).strict(),
    output: returns<{ segments: number; memos: number }>(),
  },

  'attributes.list': { input: z.object({}).strict(), output: returns<Attribute[]>() },
  'attributes.create': {
    input: z
      .object({ name, type: z.enum(ATTRIBUTE_TYPES), multiple: z.boolean().default(false) })
      .strict(),
    output: returns<Attribute[]>(),
  },
  'attributes.setValues': {
    input: z
      .object({ documentIds: ids, attribute: name, values: z.array(z.string().max(500)).max(50) })
      .strict(),
    output: returns<{ updated: number }>(),
  },
  'attributes.fromFilenames': {
    input: z.object({ pattern: z.string().min(1).max(500), documentIds: ids.optional() }).strict(),
    output: returns<{ updated: number; unmatched: string[] }>(),
  },
  'attributes.importSheet': {
    input: z.object({ source: sourceSchema }).strict(),
    output: returns<{ updated: number; unknownDocuments: string[]; warnings: Message[] }>(),
  },

  'speakers.update': {
    input: z
      .object({
        speakerId: z.number().int().positive(),
        label: name.optional(),
        role: z.enum(['interviewer', 'participant']).optional(),
      })
      .strict(),
    output: returns<null>(),
  },
  'speakers.merge': {
    input: z
      .object({ from: z.number().int().positive(), into: z.number().int().positive() })
      .strict(),
    output: returns<null>(),
  },

  'import.preview': {
    input: z
      .object({ source: sourceSchema, speakers: detectionModeSchema.default({ kind: 'auto' }) })
      .strict(),
    output: returns<ImportPreview>(),
  },
  /** Which chosen files hold a text already in the project, asked before importing them. */
  'import.duplicates': {
    input: z
      .object({ sources: z.array(sourceSchema).min(1, 'Choose at least one file.').max(10_000) })
      .strict(),
    output: returns<DuplicateFile[]>(),
  },
  'import.start': {
    input: z
      .object({
        sources: z.array(sourceSchema).min(1, 'Choose at least one file.').max(10_000),
        settings: importSettingsSchema,
      })
      .strict(),
    output: returns<{ jobId: string }>(),
  },
  'jobs.status': {
    input: z.object({ jobId: z.string().max(64) }).strict(),
    output: returns<JobState>(),
  },
  'jobs.cancel': {
    input: z.object({ jobId: z.string().max(64) }).strict(),
    output: returns<null>(),
  },

  'dialog.pickImportFiles': {
    input: z.object({ folders: z.boolean().default(false) }).strict(),
    output: returns<{ paths: string[] }>(),
  },
  /** The example project; `coded` adds the passages it ships coded (its tables show numbers). */
  'example.create': {
    input: z.object({ path, coded: z.boolean().default(false) }).strict(),
    output: returns<ProjectSummary>(),
  },
};
