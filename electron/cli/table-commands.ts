// `kvalkod table`: a table from the table builder (being written).
import type { Command } from './command';

export const tableCommands: Record<string, Command> = {};
