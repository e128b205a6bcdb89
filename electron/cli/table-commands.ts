// `kvalkod table`: a table from the table builder, printed as JSON (the contract shape) or written
// as CSV, XLSX, DOCX or Markdown. The same handler and counting rules as the Tables view.
import { PAIRINGS, PERCENT_BASES, TABLE_UNITS, type TableFilter } from '../../shared/tables/types';
import { ArgumentError, onePositional, openProject, type Command } from './command';
import { outputFormat, writeTables } from './table-output';

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    throw new ArgumentError(`${flag} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/** `--filter Grupp=Chefer --filter Grupp=Medarbetare` -> Grupp in (Chefer, Medarbetare). */
export function parseFilters(raw: unknown): TableFilter[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const filters = new Map<string, string[]>();
  for (const item of list) {
    const text = String(item);
    const at = text.indexOf('=');
    const name = text.slice(0, at).trim();
    const value = text.slice(at + 1).trim();
    if (at < 1 || !name || !value)
      throw new ArgumentError(`--filter must be written Name=Value (got "${text}").`);
    filters.set(name, [...(filters.get(name) ?? []), value]);
  }
  return [...filters].map(([name, values]) => ({ name, values }));
}

export const tableCommands: Record<string, Command> = {
  table: {
    usage:
      '<project> --rows <group or attribute> [--cols <group or attribute>] --unit passages|interviews|participants|respondents [--filter Name=Value]... --format json|csv|xlsx|docx|md [--out <file>]',
    summary:
      'count codings as a table (also --percent column|row|base|none, --pairing segment|overlap|turn, --interviewers, --coder <name>, --title, --lang sv|en, --delimiter ";"|",")',
    options: {
      rows: { type: 'string' },
      cols: { type: 'string' },
      unit: { type: 'string' },
      filter: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      percent: { type: 'string' },
      pairing: { type: 'string' },
      interviewers: { type: 'boolean' },
      coder: { type: 'string', multiple: true },
      title: { type: 'string' },
      lang: { type: 'string' },
      delimiter: { type: 'string' },
    },
    async run(args) {
      const path = onePositional(args, 'project file');
      const format = outputFormat(args.values.format);
      const v = args.values;
      if (typeof v.rows !== 'string') throw new ArgumentError('--rows is required.');
      const definition = {
        title: typeof v.title === 'string' ? v.title : '',
        rows: v.rows,
        cols: typeof v.cols === 'string' ? v.cols : null,
        unit: oneOf(v.unit, TABLE_UNITS, '--unit'),
        percent: v.percent === undefined ? 'column' : oneOf(v.percent, PERCENT_BASES, '--percent'),
        pairing: v.pairing === undefined ? 'overlap' : oneOf(v.pairing, PAIRINGS, '--pairing'),
        filters: parseFilters(v.filter),
        coders: Array.isArray(v.coder) ? v.coder.map(String) : [],
        includeInterviewers: v.interviewers === true,
      };
      await openProject(args, path);
      const table = await args.registry.call('tables.compute', definition, args.ctx);
      await writeTables(args, [table], format, true);
      return 0;
    },
  },
};
