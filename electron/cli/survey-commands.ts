// `kvalkod survey import|table`: the questionnaire. The import checks the whole sheet first and,
// when any cell cannot be read, prints every one of them and saves nothing (exit 1).
import { resolve } from 'node:path';
import { describeProblem } from '../../shared/survey/read';
import type { SurveyImportReport, SurveyMapping } from '../../shared/survey/types';
import { ArgumentError, openProject, printJson, type Command, type CommandArgs } from './command';
import { outputFormat, writeTables } from './table-output';

const list = (raw: unknown): string[] =>
  (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String);

/** `--ranked "Längst=Längst 1,Längst 2,Längst 3"` -> { name: 'Längst', columns: [...] }. */
export function parseRanked(raw: unknown): SurveyMapping['ranked'] {
  return list(raw).map((text) => {
    const at = text.indexOf('=');
    const name = text.slice(0, at).trim();
    const columns = text
      .slice(at + 1)
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (at < 1 || !name || columns.length === 0)
      throw new ArgumentError(
        `--ranked must be written "Name=column,column,column" (got "${text}").`,
      );
    return { name, columns };
  });
}

/** The positionals after the subcommand, exactly `count` of them. */
function operands(args: CommandArgs, names: string[]): string[] {
  const rest = args.positionals.slice(1);
  if (rest.length < names.length) throw new ArgumentError(`missing ${names[rest.length] ?? ''}.`);
  if (rest.length > names.length)
    throw new ArgumentError(`unexpected argument "${rest[names.length] ?? ''}".`);
  return rest;
}

function summary(report: SurveyImportReport): string {
  const s = report.survey;
  const lines = [
    `Imported ${s.sourceName} as "${s.name}": ${s.respondents} respondents.`,
    `  Attributes: ${s.attributes.join(', ') || 'none'}`,
    ...s.questions.map((q) =>
      q.kind === 'ranked'
        ? `  ${q.name}: ranked, ${q.alternatives} alternatives (${q.columns.join(', ')})`
        : `  ${q.name}: open question`,
    ),
    `  ${report.answers} ranked answers; ${report.documents} open answers became documents.`,
  ];
  return lines.join('\n') + '\n';
}

async function importSurvey(args: CommandArgs): Promise<number> {
  const [project = '', file = ''] = operands(args, ['project file', 'sheet file']);
  const v = args.values;
  if (typeof v.id !== 'string' || v.id.trim() === '')
    throw new ArgumentError('--id <column> is required: the column that holds respondent IDs.');
  const mapping: SurveyMapping = {
    idColumn: v.id,
    attributes: list(v.attr),
    ranked: parseRanked(v.ranked),
    text: list(v.text),
  };
  await openProject(args, resolve(project));
  const source = { path: resolve(file) };
  const sheet = typeof v.sheet === 'string' ? { sheet: v.sheet } : {};
  // The preview reads the whole sheet with this mapping: every bad cell, one per line.
  const preview = await args.registry.call(
    'survey.preview',
    { source, mapping, ...sheet },
    args.ctx,
  );
  if (preview.problems.length) {
    const n = preview.problems.length;
    process.stderr.write(
      `kvalkod: ${preview.file} was not imported, nothing was saved: ${n} ${n === 1 ? 'cell' : 'cells'} cannot be read:\n` +
        preview.problems.map((p) => `  ${describeProblem(p)}\n`).join(''),
    );
    return 1;
  }
  const name = typeof v.name === 'string' ? v.name : undefined;
  const report = await args.registry.call(
    'survey.import',
    { source, mapping, ...sheet, ...(name ? { name } : {}) },
    args.ctx,
  );
  if (v.json) printJson(args.out, report);
  else args.out.write(summary(report));
  return 0;
}

async function surveyTable(args: CommandArgs): Promise<number> {
  const [project = ''] = operands(args, ['project file']);
  const v = args.values;
  const format = outputFormat(v.format);
  if (typeof v.question !== 'string') throw new ArgumentError('--question <Name> is required.');
  const by = typeof v.by === 'string' ? v.by : null;
  await openProject(args, resolve(project));
  const tables = await args.registry.call('survey.table', { question: v.question, by }, args.ctx);
  await writeTables(args, tables, format, by === null);
  return 0;
}

export const surveyCommands: Record<string, Command> = {
  survey: {
    usage:
      'import <project> <file> --id <column> [--attr <column>]... [--ranked "<Name>=<col>,<col>,<col>"]... [--text <column>]... [--name <name>] [--sheet <worksheet>] [--json] | table <project> --question <Name> [--by <attribute>] --format json|csv|xlsx|docx|md [--out <file>]',
    summary: 'import a questionnaire sheet (.xlsx, .csv), or print a ranked question as a table',
    options: {
      id: { type: 'string' },
      attr: { type: 'string', multiple: true },
      ranked: { type: 'string', multiple: true },
      text: { type: 'string', multiple: true },
      name: { type: 'string' },
      sheet: { type: 'string' },
      json: { type: 'boolean' },
      question: { type: 'string' },
      by: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      delimiter: { type: 'string' },
    },
    async run(args) {
      const sub = args.positionals[0];
      if (sub === 'import') return importSurvey(args);
      if (sub === 'table') return surveyTable(args);
      throw new ArgumentError(
        sub
          ? `unknown survey command "${sub}" (import or table).`
          : 'survey import or survey table?',
      );
    },
  },
};
