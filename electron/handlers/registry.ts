// The one handler registry. Every front door (IPC, browser host, CLI) calls `dispatch`, which
// validates input against the contract before any handler runs and turns every failure into a
// readable ApiErrorShape: no stack trace ever leaves the Node side.
import type { z } from 'zod';
import {
  contract,
  isMethod,
  type Method,
  type Output,
  type ParsedInput,
} from '../../shared/api/contract';
import { ApiError, type CallResult } from '../../shared/api/errors';
import { sqliteFailure } from '../../db/sqlite-errors';
import type { Context } from './context';

export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  ctx: Context,
) => Output<M> | Promise<Output<M>>;
export type HandlerGroup = { [M in Method]?: Handler<M> };
type HandlerTable = { [M in Method]: Handler<M> };

export interface Registry {
  dispatch(method: string, input: unknown, ctx: Context): Promise<CallResult<unknown>>;
  /** Like dispatch, but typed and throwing ApiError: for the CLI and tests. */
  call<M extends Method>(method: M, input: unknown, ctx: Context): Promise<Output<M>>;
}

/** Joins feature handler groups; a name defined twice, or a contract method left out, is refused. */
export function createRegistry(
  groups: HandlerGroup[],
  options: { partial?: boolean } = {},
): Registry {
  const table: Partial<Record<Method, unknown>> = {};
  for (const group of groups) {
    for (const name of Object.keys(group)) {
      if (!isMethod(name)) throw new Error(`Handler "${name}" is not in the API contract.`);
      if (name in table) throw new Error(`Handler "${name}" is defined twice.`);
      table[name] = group[name];
    }
  }
  if (!options.partial) {
    const missing = Object.keys(contract).filter((m) => !(m in table));
    if (missing.length) throw new Error(`No handler for: ${missing.join(', ')}.`);
  }
  const handlers = table as HandlerTable;

  async function run(method: string, input: unknown, ctx: Context): Promise<unknown> {
    if (!isMethod(method) || !(method in handlers)) {
      throw new ApiError('unknown_method', `Unknown method "${method}".`, { method });
    }
    const schema: z.ZodType = contract[method].input;
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'input';
      throw new ApiError(
        'invalid_input',
        `Invalid ${field} for ${method}: ${issue?.message ?? 'not accepted'}`,
        {
          method,
          field,
        },
      );
    }
    const handler = handlers[method] as (input: unknown, ctx: Context) => unknown;
    try {
      return await handler(parsed.data, ctx);
    } catch (err) {
      throw sqliteFailure(err, ctx.session.project?.path) ?? err;
    }
  }

  return {
    async dispatch(method, input, ctx) {
      try {
        return { ok: true, value: await run(method, input, ctx) };
      } catch (err) {
        return { ok: false, error: toErrorShape(err, ctx) };
      }
    },
    async call(method, input, ctx) {
      return (await run(method, input, ctx)) as Output<typeof method>;
    },
  };
}

function toErrorShape(err: unknown, ctx: Context) {
  if (err instanceof ApiError) return err.toShape();
  // Unexpected: keep the details in the log for us, give the user a sentence they can act on.
  ctx.log.error(err);
  return new ApiError(
    'internal',
    'Something went wrong inside Kvalkod, and this last change may not have been saved: check it. What was saved before is untouched; report it if it keeps happening.',
  ).toShape();
}
