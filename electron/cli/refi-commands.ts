// `kvalkod refi export|import`: REFI-QDA exchange (being written).
import type { Command } from './command';

export const refiCommands: Record<string, Command> = {};
