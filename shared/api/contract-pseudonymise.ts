// Contract entries for pseudonymisation (issue 14): the scan and the copy run as jobs the window
// polls; review decisions and never-propose words are saved in the project, each one undo step.
import { z } from 'zod';
import type { Changed } from './contract-coding';
import { returns } from './define';
import {
  DECISION_STATUSES,
  PSEUDO_KINDS,
  type ApplyReport,
  type Decision,
  type ScanResult,
} from '../pseudonymise/types';

const path = z.string().trim().min(1, 'A file path is required.').max(4096);
const text = z
  .string()
  .trim()
  .min(1, 'Write the word or phrase.')
  .max(300, 'The text is too long.')
  .refine((s) => !s.includes('\n'), 'One line only.');
const replacement = z
  .string()
  .trim()
  .min(1, 'Write a replacement (a candidate that should stay is rejected instead).')
  .max(100, 'The replacement is too long.')
  .refine((s) => !s.includes('\n'), 'One line only.');

export const mapRowSchema = z
  .object({ text, kind: z.enum(PSEUDO_KINDS), proposal: z.string().trim().max(100) })
  .strict();

export type PseudoJob =
  | {
      id: string;
      status: 'running';
      phase: 'scan' | 'copy';
      done: number;
      total: number;
      current: string | null;
    }
  | {
      id: string;
      status: 'done';
      scan: ScanResult | null;
      report: ApplyReport | null;
      path: string | null;
    };

export const pseudonymiseContract = {
  /** Starts the scan; poll pseudonymise.job for its progress and candidates. */
  'pseudonymise.scan': { input: z.object({}).strict(), output: returns<{ jobId: string }>() },
  /**
   * Starts writing the pseudonymised copy to `out` and the key to `key` (neither may exist yet).
   * `acceptAll`: candidates not yet decided are replaced too. `map`: the rows of an edited list,
   * which decide over the saved decisions (kvalkod pseudonymise apply --map).
   */
  'pseudonymise.apply': {
    input: z
      .object({
        out: path,
        key: path,
        acceptAll: z.boolean().default(false),
        map: z.array(mapRowSchema).max(100_000).optional(),
      })
      .strict(),
    output: returns<{ jobId: string }>(),
  },
  'pseudonymise.job': {
    input: z.object({ jobId: z.string().min(1).max(64) }).strict(),
    output: returns<PseudoJob>(),
  },
  'pseudonymise.cancel': {
    input: z.object({ jobId: z.string().min(1).max(64) }).strict(),
    output: returns<null>(),
  },
  /** Saves a decision about candidates (several at once are one undo step). */
  'pseudonymise.decide': {
    input: z
      .object({
        items: z
          .array(
            z
              .object({
                text,
                kind: z.enum(PSEUDO_KINDS),
                status: z.enum(DECISION_STATUSES).optional(),
                replacement: replacement.nullable().optional(),
                mergedInto: text.nullable().optional(),
                added: z.boolean().optional(),
              })
              .strict(),
          )
          .min(1)
          .max(10_000),
      })
      .strict(),
    output: returns<Changed<Decision[]>>(),
  },
  /** The saved decisions and never-propose words (cheap: the review list follows undo with it). */
  'pseudonymise.decisions': {
    input: z.object({}).strict(),
    output: returns<{ decisions: Decision[]; stopWords: string[] }>(),
  },
  /** Forgets decisions: the candidates are pending again; an own addition is removed. */
  'pseudonymise.forget': {
    input: z.object({ texts: z.array(text).min(1).max(10_000) }).strict(),
    output: returns<Changed<number>>(),
  },
  /** Adds a word to (or takes it from) the words never to propose. */
  'pseudonymise.stopWord': {
    input: z.object({ word: text, add: z.boolean() }).strict(),
    output: returns<Changed<string[]>>(),
  },
};
