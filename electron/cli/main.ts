// `kvalkod` command line: the same handler registry as the window, no window. Each command opens
// the project, calls handlers, prints, and closes. Errors: one readable line on stderr, exit 1.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ApiError } from '../../shared/api/errors';
import { createAppRegistry } from '../handlers';
import { shutdownImportWorker } from '../import/parse-in-worker';
import { createContext, noRecentStore } from '../handlers/create-context';
import { ArgumentError, commands, type Command } from './commands';

export class UsageError extends Error {}

const USAGE = `Usage: kvalkod <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${(name + ' ' + c.usage).padEnd(44)} ${c.summary}`)
  .join('\n')}
`;

export async function runCli(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.write(USAGE);
    return name ? 0 : 1;
  }
  const command: Command | undefined = Object.hasOwn(commands, name) ? commands[name] : undefined;
  const ctx = createContext('cli', { recent: noRecentStore });
  try {
    if (!command)
      throw new UsageError(`unknown command "${name}". Run kvalkod --help for the list.`);
    const config: ParseArgsConfig = {
      args: rest,
      options: command.options,
      allowPositionals: true,
      strict: true,
    };
    let parsed;
    try {
      parsed = parseArgs(config);
    } catch (err) {
      throw new UsageError(`${(err as Error).message}. Usage: kvalkod ${name} ${command.usage}`);
    }
    return await command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      registry: createAppRegistry(),
      ctx,
      out,
    });
  } catch (err) {
    process.stderr.write(`kvalkod: ${errorLine(err)}\n`);
    return 1;
  } finally {
    ctx.session.project?.close();
    // The import workers live for the session; a CLI run is one.
    await shutdownImportWorker();
  }
}

function errorLine(err: unknown): string {
  if (err instanceof ApiError || err instanceof UsageError || err instanceof ArgumentError)
    return err.message.replace(/\s*\n\s*/g, ' ');
  return `unexpected error: ${(err as Error).message}`;
}

// Run when executed directly from source (tsx electron/cli/main.ts); the bundle's entry is bin.ts.
if (/cli[/\\]main\.ts$/.test(process.argv[1] ?? '')) runAsMain();

/** Runs the command line of this process and sets its exit code. */
export function runAsMain(): void {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`kvalkod: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
