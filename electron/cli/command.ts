// What every CLI command is given and shares: parsed arguments, the registry, small helpers.
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { writeOutput } from '../files/write-atomic';
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

export function onePositional(args: CommandArgs, what: string): string {
  const [first, ...extra] = args.positionals;
  if (!first) throw new ArgumentError(`missing ${what}.`);
  if (extra.length) throw new ArgumentError(`unexpected argument "${extra[0] ?? ''}".`);
  return resolve(first);
}

export function printJson(out: NodeJS.WritableStream, value: unknown) {
  out.write(JSON.stringify(value, null, 2) + '\n');
}

export async function openProject(args: CommandArgs, path: string) {
  await args.registry.call('project.open', { path }, args.ctx);
}

/**
 * Writes a command's output file whole or not at all (a file already there survives a failure); a
 * missing folder or a full disk is one readable line.
 */
export function writeOutputFile(path: string, bytes: Buffer): void {
  writeOutput(path, bytes);
}
