// The CLI's commands. Each validates its arguments, then calls the same handlers as the window.
import { GROUP_LABELS } from '../../shared/codebook/types';
import { onePositional, openProject, printJson, type Command } from './command';
import { checkCommands } from './check-commands';
import { codingCommands } from './coding-commands';
import { historyCommands } from './history-commands';
import { importCommands } from './import-commands';
import { refiCommands } from './refi-commands';
import { pseudonymiseCommands } from './pseudonymise-commands';
import { surveyCommands } from './survey-commands';
import { tableCommands } from './table-commands';
import { agreementCommands } from './agreement-commands';

const projectCommands: Record<string, Command> = {
  init: {
    usage: '<file> [--empty]',
    summary: 'create a project (with the codebook "Handlingsplanen" unless --empty)',
    options: { empty: { type: 'boolean' } },
    async run(args) {
      const path = onePositional(args, 'project file');
      const created = await args.registry.call(
        'project.create',
        { path, empty: args.values.empty === true },
        args.ctx,
      );
      args.out.write(`Created ${created.path}\n`);
      return 0;
    },
  },

  info: {
    usage: '<file> [--json]',
    summary: "print a project's name, schema version and counts",
    options: { json: { type: 'boolean' } },
    async run(args) {
      await openProject(args, onePositional(args, 'project file'));
      const info = await args.registry.call('project.info', {}, args.ctx);
      if (args.values.json) printJson(args.out, info);
      else {
        args.out.write(
          [
            `Name:           ${info.name}`,
            `File:           ${info.path}`,
            `Schema version: ${info.schemaVersion}`,
            `Created:        ${info.createdAt} (Kvalkod ${info.createdWith})`,
            `Codes:          ${info.counts.codes}`,
            `Documents:      ${info.counts.documents}`,
            `Coded passages: ${info.counts.segments}`,
            ...(info.readOnly ? ['Read-only:      yes, opened for reading only'] : []),
          ].join('\n') + '\n',
        );
      }
      return 0;
    },
  },

  codes: {
    usage: '<file> [--json]',
    summary: 'print the codebook',
    options: { json: { type: 'boolean' } },
    async run(args) {
      await openProject(args, onePositional(args, 'project file'));
      const codes = await args.registry.call('codes.list', {}, args.ctx);
      if (args.values.json) {
        printJson(
          args.out,
          codes.map((c) => ({
            id: c.id,
            name: c.name,
            number: c.number,
            parent: c.parentId,
            group: c.group ? GROUP_LABELS[c.group] : null,
            color: c.color,
            description: c.description,
          })),
        );
      } else {
        const depth = new Map<number, number>();
        for (const c of codes) {
          const d = c.parentId === null ? 0 : (depth.get(c.parentId) ?? 0) + 1;
          depth.set(c.id, d);
          args.out.write(`${'  '.repeat(d)}${c.number !== null ? `${c.number}. ` : ''}${c.name}\n`);
        }
      }
      return 0;
    },
  },
};

export const commands: Record<string, Command> = {
  ...projectCommands,
  ...importCommands,
  ...codingCommands,
  ...historyCommands,
  ...tableCommands,
  ...surveyCommands,
  ...refiCommands,
  ...pseudonymiseCommands,
  ...checkCommands,
  ...agreementCommands,
};
export { ArgumentError, type Command } from './command';
