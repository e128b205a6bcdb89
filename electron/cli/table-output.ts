// Prints or writes computed tables for `kvalkod table` and `kvalkod survey table`: JSON (the
// contract shape, one object, or an array when a split gives several tables) or a file format.
import { resolve } from 'node:path';
import { toTableJson, type ComputedTable } from '../../shared/tables/types';
import { ArgumentError, printJson, writeOutputFile, type CommandArgs } from './command';

export const OUTPUT_FORMATS = ['json', 'csv', 'xlsx', 'docx', 'md'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function outputFormat(value: unknown): OutputFormat {
  if (typeof value !== 'string')
    throw new ArgumentError('--format is required (json|csv|xlsx|docx|md).');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value))
    throw new ArgumentError(`--format must be one of json, csv, xlsx, docx, md (got "${value}").`);
  return value as OutputFormat;
}

/** JSON and text formats go to stdout unless --out is given; XLSX and DOCX need --out. */
export async function writeTables(
  args: CommandArgs,
  tables: ComputedTable[],
  format: OutputFormat,
  single: boolean,
): Promise<void> {
  const out = typeof args.values.out === 'string' ? resolve(args.values.out) : null;
  let bytes: Buffer;
  if (format === 'json') {
    const [first] = tables;
    const json =
      single && first && tables.length === 1 ? toTableJson(first) : tables.map(toTableJson);
    if (!out) {
      printJson(args.out, json);
      return;
    }
    bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n', 'utf8');
  } else {
    if (!out && (format === 'xlsx' || format === 'docx'))
      throw new ArgumentError(`--format ${format} writes a binary file: give --out <file>.`);
    const language = args.values.lang === 'en' ? 'en' : 'sv';
    const delimiter = args.values.delimiter === ',' ? ',' : ';';
    // The writers (exceljs, docx) are loaded on use: every other command starts faster.
    const { tableFile } = await import('../export/table-files');
    bytes = await tableFile(tables, { format, delimiter, language });
    if (!out) {
      args.out.write(bytes);
      return;
    }
  }
  writeOutputFile(out, bytes);
  args.out.write(`Wrote ${out}\n`);
}
