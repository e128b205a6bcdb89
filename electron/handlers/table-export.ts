// Export of tables: each source (a builder definition or a questionnaire question) is computed
// afresh through its own handler, so the file holds today's numbers, then all are written to one file.
import type { ExportedFile } from '../../shared/api/contract-export';
import type { ParsedInput } from '../../shared/api/contract';
import type { ComputedTable } from '../../shared/tables/types';
import type { Context } from './context';
import type { HandlerGroup } from './registry';
import { surveyHandlers } from './survey';
import { tableHandlers } from './tables';

type Source = ParsedInput<'tables.export'>['tables'][number];

async function computeSource(source: Source, ctx: Context): Promise<ComputedTable[]> {
  // Looked up at call time: the groups are filled by their own modules.
  if (source.kind === 'builder') {
    const compute = tableHandlers['tables.compute'];
    if (!compute) throw new Error('tables.compute has no handler');
    return [await compute(source.definition, ctx)];
  }
  const survey = surveyHandlers['survey.table'];
  if (!survey) throw new Error('survey.table has no handler');
  return survey({ question: source.question, by: source.by }, ctx);
}

export const tableExportHandlers: HandlerGroup = {
  'tables.export': async (input, ctx): Promise<ExportedFile> => {
    const tables: ComputedTable[] = [];
    for (const source of input.tables) tables.push(...(await computeSource(source, ctx)));
    // The writers (exceljs, docx) are loaded on use: the command line starts faster without them.
    const { tableFile } = await import('../export/table-files');
    const { exportFileName } = await import('../export/segments-export');
    // Labels are put in the file's language by the writers (tableFile), once.
    const bytes = await tableFile(tables, {
      format: input.format,
      delimiter: input.delimiter,
      language: input.language,
    });
    const extension = new RegExp(`\\.${input.format}$`, 'i');
    const name = input.fileName.replace(extension, '') || tables[0]?.title || '';
    return {
      fileName: exportFileName(name, input.format),
      base64: bytes.toString('base64'),
    };
  },
};
