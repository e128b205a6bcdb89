// Computed tables written as files: XLSX (one sheet per table), DOCX (Word tables with caption and
// base), CSV (UTF-8 with BOM) and Markdown (being written).
import { ApiError } from '../../shared/api/errors';
import type { TableExportFormat } from '../../shared/api/contract-tables';
import type { ComputedTable } from '../../shared/tables/types';
import type { TableLanguage } from '../../shared/tables/words';

export interface TableFileOptions {
  format: TableExportFormat;
  delimiter: ';' | ',';
  language: TableLanguage;
}

export function tableFile(
  _tables: readonly ComputedTable[],
  options: TableFileOptions,
): Promise<Buffer> {
  throw new ApiError('not_supported', `Tables cannot be written as ${options.format} yet.`);
}
