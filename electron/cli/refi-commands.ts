// `kvalkod refi export|import`: REFI-QDA exchange from the command line. The --json report
// {documents, codes, segments, notes, cases, variables, warnings} is a contract. Exit 0 also with
// warnings; 1 when the file cannot be read (any error).
import { extname, resolve } from 'node:path';
import type { RefiReport } from '../../shared/api/contract-refi';
import { englishText } from '../../shared/messages';
import {
  ArgumentError,
  openProject,
  printJson,
  writeOutputFile,
  type Command,
  type CommandArgs,
} from './command';

const USAGE =
  'export <project> <file.qdpx | file.qdc> [--json] | import <file.qdpx> <new project> [--json] | import <file.qdc> <existing project> [--json]';

function kind(file: string): 'qdpx' | 'qdc' {
  const ext = extname(file).toLowerCase();
  if (ext === '.qdpx' || ext === '.qdc') return ext.slice(1) as 'qdpx' | 'qdc';
  throw new ArgumentError(`${file}: name a .qdpx project or a .qdc codebook.`);
}

function print(args: CommandArgs, verb: string, report: RefiReport): void {
  const { documents, codes, segments, notes, cases, variables } = report;
  // The contract's warnings are text: the CLI words the report's messages in English.
  const warnings = report.warnings.map(englishText);
  if (args.values.json) {
    printJson(args.out, { documents, codes, segments, notes, cases, variables, warnings });
    return;
  }
  args.out.write(
    `${verb}: ${documents} documents, ${codes} codes, ${segments} coded passages, ${notes} notes, ${cases} cases, ${variables} variables\n`,
  );
  for (const w of warnings) args.out.write(`warning: ${w}\n`);
}

function twoPositionals(args: CommandArgs): [string, string] {
  const [, first, second, extra] = args.positionals;
  if (!first || !second) throw new ArgumentError(`name two files. Usage: kvalkod refi ${USAGE}`);
  if (extra) throw new ArgumentError(`unexpected argument "${extra}".`);
  return [resolve(first), resolve(second)];
}

export const refiCommands: Record<string, Command> = {
  refi: {
    usage: USAGE,
    summary: 'REFI-QDA exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder (.qdpx, .qdc)',
    options: { json: { type: 'boolean' } },
    async run(args) {
      const sub = args.positionals[0];
      if (sub === 'export') {
        const [project, file] = twoPositionals(args);
        const format = kind(file);
        await openProject(args, project);
        const result = await args.registry.call('refi.export', { format }, args.ctx);
        writeOutputFile(file, Buffer.from(result.base64, 'base64'));
        print(args, `Exported ${file}`, result.report);
        return 0;
      }
      if (sub === 'import') {
        const [file, project] = twoPositionals(args);
        if (kind(file) === 'qdpx') {
          const report = await args.registry.call(
            'refi.importProject',
            { source: { path: file }, target: project },
            args.ctx,
          );
          print(args, `Created ${report.path}`, report);
        } else {
          await openProject(args, project);
          const report = await args.registry.call(
            'refi.importCodebook',
            { source: { path: file } },
            args.ctx,
          );
          print(args, `Merged ${file} into ${project}`, report);
        }
        return 0;
      }
      throw new ArgumentError(
        sub
          ? `unknown refi command "${sub}". Usage: kvalkod refi ${USAGE}`
          : `Usage: kvalkod refi ${USAGE}`,
      );
    },
  },
};
