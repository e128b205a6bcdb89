// `kvalkod check`: the project's whole check (every page of the file, the foreign keys, every
// document's text against its stored SHA-256). Exit 1 when anything is damaged, so scripts and
// backups can rely on it.
import { onePositional, openProject, printJson, type Command } from './command';

export const checkCommands: Record<string, Command> = {
  check: {
    usage: '<project> [--json]',
    summary: 'check the file and every document; exit 1 when something is damaged',
    options: { json: { type: 'boolean' } },
    async run(args) {
      const path = onePositional(args, 'project file');
      await openProject(args, path);
      const report = await args.registry.call('project.check', {}, args.ctx);
      if (args.values.json) printJson(args.out, report);
      else {
        const lines = [
          `${path}: ${report.ok ? 'no damage found' : 'DAMAGED'}`,
          `Database:    ${report.databaseProblems.length === 0 ? 'ok' : `${report.databaseProblems.length} problem(s)`}`,
          ...report.databaseProblems.map((p) => `  ${p}`),
          `Links:       ${report.foreignKeyProblems === 0 ? 'ok' : `${report.foreignKeyProblems} row(s) point at rows that are not there`}`,
          `Documents:   ${report.documentsChecked} checked, ${report.damagedDocuments.length === 0 ? 'every text matches its SHA-256' : `${report.damagedDocuments.length} do not match their SHA-256:`}`,
          ...report.damagedDocuments.map((d) => `  ${d.id}  ${d.name}`),
        ];
        args.out.write(lines.join('\n') + '\n');
      }
      return report.ok ? 0 : 1;
    },
  },
};
