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

/**
 * `--rows`/`--cols`; with `--cooccurrence` the code group given in `--cols` is both (a `--rows`
 * naming the same group may be given too).
 */
export function axes(
  rows: unknown,
  cols: unknown,
  cooccurrence: boolean,
): { rows: string; cols: string | null } {
  const fold = (s: string) => s.trim().toLocaleLowerCase('sv');
  if (!cooccurrence) {
    if (typeof rows !== 'string') throw new ArgumentError('--rows is required.');
    return { rows, cols: typeof cols === 'string' ? cols : null };
  }
  if (typeof cols !== 'string')
    throw new ArgumentError('--cooccurrence needs --cols <code group>: the codes on both axes.');
  if (typeof rows === 'string' && fold(rows) !== fold(cols))
    throw new ArgumentError(
      `--cooccurrence counts one code group against itself: leave out --rows, or give the same group as --cols (got --rows "${rows}", --cols "${cols}").`,
    );
  return { rows: cols, cols };
}

export const tableCommands: Record<string, Command> = {
  table: {
    usage:
      '<project> --rows <group or attribute> [--cols <group or attribute> | --cols documents | --cols <group> --cooccurrence] [--by <attribute>] --unit passages|interviews|participants|respondents [--filter Name=Value]... --format json|csv|xlsx|docx|md [--out <file>]',
    summary:
      'count codings as a table; --by splits it by an attribute (JSON: an array, the whole then one table per value; files: the blocks side by side); also --percent column|row|base|none, --pairing segment|overlap|turn, --interviewers, --coder <name>, --title, --lang sv|en, --delimiter ";"|","',
    options: {
      rows: { type: 'string' },
      cols: { type: 'string' },
      by: { type: 'string' },
      cooccurrence: { type: 'boolean' },
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
      const { rows, cols } = axes(v.rows, v.cols, v.cooccurrence === true);
      const by = typeof v.by === 'string' ? v.by : null;
      const definition = {
        title: typeof v.title === 'string' ? v.title : '',
        rows,
        cols,
        by,
        unit: oneOf(v.unit, TABLE_UNITS, '--unit'),
        percent: v.percent === undefined ? 'column' : oneOf(v.percent, PERCENT_BASES, '--percent'),
        pairing: v.pairing === undefined ? 'overlap' : oneOf(v.pairing, PAIRINGS, '--pairing'),
        filters: parseFilters(v.filter),
        coders: Array.isArray(v.coder) ? v.coder.map(String) : [],
        includeInterviewers: v.interviewers === true,
      };
      await openProject(args, path);
      // JSON with --by is the whole, then one table per value; a file holds them side by side.
      if (format === 'json' && by !== null) {
        const tables = await args.registry.call('tables.split', definition, args.ctx);
        await writeTables(args, tables, format, false);
        return 0;
      }
      const table = await args.registry.call('tables.compute', definition, args.ctx);
      await writeTables(args, [table], format, true);
      return 0;
    },
  },
};
