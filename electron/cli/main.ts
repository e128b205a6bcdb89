// `kvalkod` command line: the same handler registry as the window, no window. Each command opens
// the project, calls handlers, prints, and closes. Errors: one readable line on stderr, exit 1.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ApiError } from '../../shared/api/errors';
import { createAppRegistry } from '../handlers';
import { shutdownImportWorker } from '../import/parse-in-worker';
import type { Context } from '../handlers/context';
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
  running = ctx;
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
    running = null;
    ctx.session.project?.close();
    // The import workers live for the session; a CLI run is one.
    await shutdownImportWorker();
  }
}

/** The run in progress, so that a closed pipe can close its project before the process ends. */
let running: Context | null = null;

function errorLine(err: unknown): string {
  const known =
    err instanceof ApiError || err instanceof UsageError || err instanceof ArgumentError;
  const text = err instanceof Error ? err.message : String(err);
  return (known ? text : `unexpected error: ${text}`).replace(/\s*\n\s*/g, ' ');
}

// Run when executed directly from source (tsx electron/cli/main.ts); the bundle's entry is bin.ts.
if (/cli[/\\]main\.ts$/.test(process.argv[1] ?? '')) runAsMain();

/** Runs the command line of this process and sets its exit code. */
export function runAsMain(): void {
  // `kvalkod docs P | head`: once the reader has gone there is no one left to tell, so the run
  // ends quietly and successfully, with its project closed (as `cat` or `git log` do).
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') {
        running?.session.project?.close();
        process.exit(0);
      }
      fail(err);
    });
  const fatal = (err: unknown) => {
    fail(err);
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  runCli(process.argv.slice(2)).then((code) => (process.exitCode = code), fail);
}

/** Whatever goes wrong outside a command's own handling is still one line, never a stack trace. */
function fail(err: unknown): void {
  try {
    process.stderr.write(`kvalkod: ${errorLine(err)}\n`);
  } finally {
    process.exitCode = 1;
  }
}
