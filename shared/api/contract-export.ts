// Contract entries for exports: the retrieved coded passages as a Word document, a workbook or a
// CSV file. The file travels back as base64, so the same call serves IPC, HTTP and the CLI.
import { z } from 'zod';
import { codingContract } from './contract-coding';
import { returns } from './define';

import { EXPORT_FORMATS, type ExportFormat } from '../export/formats';

export { EXPORT_FORMATS, type ExportFormat };

export interface ExportedFile {
  fileName: string;
  base64: string;
}

export const exportContract = {
  'segments.export': {
    // The very query of segments.retrieve, so the file holds what the screen showed.
    input: codingContract['segments.retrieve'].input.extend({
      format: z.enum(EXPORT_FORMATS),
      /** CSV only: ';' for Swedish spreadsheets, ',' for English ones. */
      delimiter: z.enum([';', ',']).default(';'),
      title: z.string().trim().min(1).max(200),
      /** The language of column names and roles in the file. */
      language: z.enum(['sv', 'en']).default('sv'),
      /** The query stated in words, as the screen shows it (Word document only). */
      description: z.string().max(5000).default(''),
    }),
    output: returns<ExportedFile>(),
  },
};
