// Contract entries for REFI-QDA exchange (.qdpx projects, .qdc codebooks).
import { z } from 'zod';
import type { ExportedFile } from './contract-export';
import { sourceSchema } from './contract-import';
import type { Message } from '../messages';
import { returns } from './define';

/** The report of `kvalkod refi ... --json` (a contract) and of the window's import and export. */
export interface RefiReport {
  documents: number;
  codes: number;
  segments: number;
  notes: number;
  cases: number;
  /** Imported cases with the documents they hold, by name (a document shows them as "Fall"). */
  caseDocuments?: { case: string; documents: string[] }[];
  variables: number;
  /** What was skipped or changed, worded by the window (and in English by the CLI). */
  warnings: Message[];
}

const path = z.string().trim().min(1, 'A file path is required.').max(4096);

export const refiContract = {
  /** The open project as a .qdpx project or a .qdc codebook, returned as a file. */
  'refi.export': {
    input: z.object({ format: z.enum(['qdpx', 'qdc']) }).strict(),
    output: returns<ExportedFile & { report: RefiReport }>(),
  },
  /** A .qdpx becomes a new project at `target` (never overwritten), which is then open. */
  'refi.importProject': {
    input: z.object({ source: sourceSchema, target: path }).strict(),
    output: returns<RefiReport & { path: string }>(),
  },
  /** A .qdc codebook merged into the open project: codes of the same name are matched. */
  'refi.importCodebook': {
    input: z.object({ source: sourceSchema }).strict(),
    output: returns<RefiReport>(),
  },
};
