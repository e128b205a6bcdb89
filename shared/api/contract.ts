// The one API contract: method name -> zod input schema -> output type. Electron IPC, the browser
// host, the CLI and the renderer client all take their types from here.
import { z } from 'zod';
import type { Code } from '../codebook/types';
import { returns, type MethodSpec, type OutputOf } from './define';
import type {
  AppInfo,
  ProjectInfo,
  ProjectPathCheck,
  ProjectSummary,
  RecentProject,
} from './types';
import { importContract } from './contract-import';
import { codingContract } from './contract-coding';
import { exportContract } from './contract-export';
import { surveyContract } from './contract-survey';
import { tablesContract } from './contract-tables';
import { refiContract } from './contract-refi';
import { pseudonymiseContract } from './contract-pseudonymise';
import { projectFileContract } from './contract-project-file';
import { searchContract } from './contract-search';
import { agreementContract } from './contract-agreement';
import { attributeValuesContract } from './contract-attribute-values';

const projectPath = z
  .string()
  .trim()
  .min(1, 'A file path is required.')
  .max(4096, 'The file path is too long.')
  .refine((p) => !p.includes('\0'), 'The file path contains a NUL character.');

const empty = z.object({}).strict();

export const contract = {
  'app.info': { input: empty, output: returns<AppInfo>() },

  'recent.list': { input: empty, output: returns<RecentProject[]>() },
  'recent.forget': {
    input: z.object({ path: projectPath }).strict(),
    output: returns<RecentProject[]>(),
  },

  'dialog.pickProjectPath': {
    input: z
      .object({ mode: z.enum(['save', 'open']), suggestedName: z.string().max(255).optional() })
      .strict(),
    output: returns<{ path: string | null }>(),
  },

  'project.create': {
    input: z.object({ path: projectPath, empty: z.boolean().default(false) }).strict(),
    output: returns<ProjectSummary>(),
  },
  /** Where a new project file would go: whether it is taken, and whether its folder exists yet
   * (project.create makes it). */
  'project.checkPath': {
    input: z.object({ path: projectPath }).strict(),
    output: returns<ProjectPathCheck>(),
  },
  'project.open': {
    input: z.object({ path: projectPath }).strict(),
    output: returns<ProjectSummary>(),
  },
  'project.close': { input: empty, output: returns<null>() },
  'project.current': { input: empty, output: returns<ProjectSummary | null>() },
  'project.info': { input: empty, output: returns<ProjectInfo>() },

  'codes.list': { input: empty, output: returns<Code[]>() },

  ...importContract,
  ...codingContract,
  ...exportContract,
  ...surveyContract,
  ...tablesContract,
  ...refiContract,
  ...pseudonymiseContract,
  ...projectFileContract,
  ...searchContract,
  ...agreementContract,
  ...attributeValuesContract,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller may send (before defaults are applied). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = OutputOf<Contract[M]>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
