// CLI commands of the coding workspace: code, segments, search, autocode. Codes are named by area
// number or by exact name (case-insensitive); documents by name or id.
import { resolve } from 'node:path';
import type { Code } from '../../shared/codebook/types';
import type { AutocodeUnit } from '../../shared/coding/types';
import { chooseAll } from '../../shared/coding/hit-choice';
import { EXISTING_PASSAGE } from '../../shared/api/contract-search';
import {
  ArgumentError,
  onePositional,
  openProject,
  printJson,
  type Command,
  type CommandArgs,
} from './command';

const UNITS: readonly AutocodeUnit[] = ['match', 'sentence', 'paragraph', 'turn'];
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const oneLine = (s: string, max = 100) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A number is an area number; anything else an exact code name, case-insensitive. */
export function resolveCode(codes: Code[], ref: string): Code {
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed)) {
    const code = codes.find((c) => c.number === Number(trimmed));
    if (!code) throw new ArgumentError(`no code has the number ${trimmed}.`);
    return code;
  }
  const wanted = trimmed.toLocaleLowerCase('sv');
  const named = codes.filter((c) => c.name.toLocaleLowerCase('sv') === wanted);
  if (named.length === 0) throw new ArgumentError(`there is no code named "${trimmed}".`);
  if (named.length > 1)
    throw new ArgumentError(
      `"${trimmed}" names ${named.length} codes; rename one of them, or give an area by its number.`,
    );
  return named[0] as Code;
}

async function codeIds(args: CommandArgs, refs: string[]): Promise<number[]> {
  const codes = await args.registry.call('codes.list', {}, args.ctx);
  return refs.map((r) => resolveCode(codes, r).id);
}

function offset(value: unknown, name: string): number {
  if (typeof value !== 'string') throw new ArgumentError(`--${name} is required.`);
  if (!/^\d+$/.test(value.trim()))
    throw new ArgumentError(`--${name} takes an offset (0 or more), not "${value}".`);
  return Number(value.trim());
}

function projectAndQuery(args: CommandArgs): [string, string] {
  const [project, query, extra] = args.positionals;
  if (!project || !query) throw new ArgumentError('name the project and what to search for.');
  if (extra !== undefined)
    throw new ArgumentError(`unexpected argument "${extra}"; put a phrase in quotes.`);
  return [resolve(project), query];
}

export const codingCommands: Record<string, Command> = {
  code: {
    usage:
      '<project> --doc <id or name> --start N --end M --code <name or number>... [--memo text] [--coder <name>]',
    summary: 'code one passage (UTF-16 offsets, end not included) with one or more codes',
    options: {
      doc: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      code: { type: 'string', multiple: true },
      memo: { type: 'string' },
      coder: { type: 'string' },
    },
    async run(args) {
      await openProject(args, onePositional(args, 'project file'));
      const ref = args.values.doc;
      if (typeof ref !== 'string') throw new ArgumentError('--doc is required.');
      const refs = strings(args.values.code);
      if (refs.length === 0) throw new ArgumentError('give at least one --code.');
      const docs = await args.registry.call('documents.list', {}, args.ctx);
      const doc =
        docs.find((d) => d.name === ref) ??
        (/^\d+$/.test(ref) ? docs.find((d) => d.id === Number(ref)) : undefined);
      if (!doc) throw new ArgumentError(`there is no document "${ref}" in this project.`);
      const { value } = await args.registry.call(
        'segments.create',
        {
          documentId: doc.id,
          start: offset(args.values.start, 'start'),
          end: offset(args.values.end, 'end'),
          codeIds: await codeIds(args, refs),
          memo: typeof args.values.memo === 'string' ? args.values.memo : '',
          ...(typeof args.values.coder === 'string' ? { coder: args.values.coder } : {}),
        },
        args.ctx,
      );
      const names = value.codes.map((c) => c.name).join(', ');
      args.out.write(
        `Coded passage ${value.id} in ${doc.name} [${value.start}, ${value.end}): ${names}\n`,
      );
      return 0;
    },
  },

  segments: {
    usage: '<project> [--code <name or number>]... [--json]',
    summary: 'list coded passages (with several --code: those carrying all of them)',
    options: { code: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    async run(args) {
      await openProject(args, onePositional(args, 'project file'));
      const all = await codeIds(args, strings(args.values.code));
      const segments = await args.registry.call(
        'segments.retrieve',
        {
          codes: { all },
          speakerRoles: ['interviewer', 'participant', 'none'],
          limit: 100_000,
        },
        args.ctx,
      );
      const rows = segments.map((s) => ({
        id: s.id,
        document: s.document,
        start: s.start,
        end: s.end,
        text: s.text,
        speaker: s.speaker,
        coder: s.coder,
        codes: s.codes.map((c) => ({ id: c.id, name: c.name, number: c.number })),
        memo: s.memo,
      }));
      if (args.values.json) printJson(args.out, rows);
      else
        for (const s of rows)
          args.out.write(
            `${s.id}  ${s.document}  ${s.start}-${s.end}  [${s.codes.map((c) => c.name).join(', ')}]  ${oneLine(s.text)}\n`,
          );
      return 0;
    },
  },

  search: {
    usage: '<project> <query> [--limit N] [--json]',
    summary: 'full-text search: words, "a phrase", prefix*, OR; with keyword in context',
    options: { limit: { type: 'string' }, json: { type: 'boolean' } },
    async run(args) {
      const [project, query] = projectAndQuery(args);
      // Every hit unless a limit is asked for: nothing is left out silently.
      const limit =
        args.values.limit === undefined ? 10_000_000 : offset(args.values.limit, 'limit');
      await openProject(args, project);
      const hits = await args.registry.call('search.text', { query, limit }, args.ctx);
      const rows = hits.map((h) => ({
        document: h.document,
        start: h.start,
        end: h.end,
        context: h.context,
      }));
      if (args.values.json) printJson(args.out, rows);
      else
        for (const h of rows) args.out.write(`${h.document}  ${h.start}-${h.end}  ${h.context}\n`);
      return 0;
    },
  },

  autocode: {
    usage:
      '<project> <query> --code <name or number> --unit match|sentence|paragraph|turn [--existing widen|skip]',
    summary:
      'code every search hit, widened to the unit, as one undo step; a passage that already has the code is widened (or skipped)',
    options: { code: { type: 'string' }, unit: { type: 'string' }, existing: { type: 'string' } },
    async run(args) {
      const [project, query] = projectAndQuery(args);
      const given = typeof args.values.unit === 'string' ? args.values.unit : 'match';
      const unit = UNITS.find((u) => u === given);
      if (!unit) throw new ArgumentError(`--unit takes ${UNITS.join(', ')}; not "${given}".`);
      const asked = typeof args.values.existing === 'string' ? args.values.existing : 'widen';
      const existing = EXISTING_PASSAGE.find((e) => e === asked);
      if (!existing)
        throw new ArgumentError(`--existing takes ${EXISTING_PASSAGE.join(', ')}; not "${asked}".`);
      const ref = args.values.code;
      if (typeof ref !== 'string') throw new ArgumentError('--code is required.');
      await openProject(args, project);
      const [codeId] = await codeIds(args, [ref]);
      if (codeId === undefined) throw new ArgumentError('--code is required.');
      const { value } = await args.registry.call(
        'autocode.apply',
        { query, unit, codeId, existing, choice: chooseAll(true) },
        args.ctx,
      );
      args.out.write(
        `${value.hits} ${value.hits === 1 ? 'hit' : 'hits'}: ${value.created} created, ${value.extended} extended, ${value.already} already coded\n`,
      );
      return 0;
    },
  },
};
