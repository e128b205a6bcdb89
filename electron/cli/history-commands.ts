// `kvalkod history`: the audit trail, the same history that undo and redo walk through.
import { resolve } from 'node:path';
import { ArgumentError, openProject, printJson, type Command } from './command';

export const historyCommands: Record<string, Command> = {
  history: {
    usage: '<project> [--limit N] [--json]',
    summary: 'who changed what, when (newest first); the same history undo uses',
    options: { limit: { type: 'string' }, json: { type: 'boolean' } },
    async run(args) {
      const [project, extra] = args.positionals;
      if (!project) throw new ArgumentError('missing project file.');
      if (extra) throw new ArgumentError(`unexpected argument "${extra}".`);
      const raw = args.values.limit;
      const limit = raw === undefined ? 200 : Number(raw);
      if (!Number.isInteger(limit) || limit < 1)
        throw new ArgumentError(`--limit takes a whole number, not "${String(raw)}".`);
      await openProject(args, resolve(project));
      const entries = await args.registry.call('history.list', { limit }, args.ctx);
      if (args.values.json) printJson(args.out, entries);
      else
        for (const e of entries)
          args.out.write(
            `${e.at}  ${(e.coder ?? '-').padEnd(16)}  ${e.state.padEnd(9)}  ${e.summary}\n`,
          );
      return 0;
    },
  },
};
