// `kvalkod survey import|table`: the questionnaire (being written).
import type { Command } from './command';

export const surveyCommands: Record<string, Command> = {};
