// The CLI's commands. Each validates its arguments, then calls the same handlers as the window.
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { GROUP_LABELS } from '../../shared/codebook/types';
import type { Context } from '../handlers/context';
import type { Registry } from '../handlers/registry';

export interface CommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  registry: Registry;
  ctx: Context;
  out: NodeJS.WritableStream;
}

export interface Command {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: CommandArgs): Promise<number>;
}

/** Thrown for wrong arguments; main.ts prints it as one line and exits 1. */
export class ArgumentError extends Error {}

function onePositional(args: CommandArgs, what: string): string {
  const [first, ...extra] = args.positionals;
  if (!first) throw new ArgumentError(`missing ${what}.`);
  if (extra.length) throw new ArgumentError(`unexpected argument "${extra[0] ?? ''}".`);
  return resolve(first);
}

function printJson(out: NodeJS.WritableStream, value: unknown) {
  out.write(JSON.stringify(value, null, 2) + '\n');
}

async function openProject(args: CommandArgs, path: string) {
  await args.registry.call('project.open', { path }, args.ctx);
}

export const commands: Record<string, Command> = {
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
