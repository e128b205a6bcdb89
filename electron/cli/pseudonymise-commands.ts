// `kvalkod pseudonymise scan|apply`: the candidates as JSON `[{text, kind, count, documents,
// proposal, forms}]` or CSV `text;kind;count;proposal` (contracts), and the pseudonymised copy with
// its key; the --json report `{documents, replaced, segments, warnings}` is a contract too.
import { resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { englishText } from '../../shared/messages';
import { candidatesToCsv, parseMap, type MapProblem } from '../../shared/pseudonymise/csv';
import type {
  ApplyReport,
  Candidate,
  ReviewCandidate,
  ScanResult,
} from '../../shared/pseudonymise/types';
import type { PseudoJob } from '../../shared/api/contract-pseudonymise';
import { readUserFileOrFail } from '../files/read-user-file';
import { ArgumentError, openProject, printJson, type Command, type CommandArgs } from './command';

const USAGE =
  'scan <project> [--json | --format csv] | apply <project> --out <new.kvalkod> --key <key.csv> [--map <edited.csv>] [--accept all] [--json]';

/** The contract's shape: a rejected candidate keeps its line with an empty proposal. */
export function toContract(c: ReviewCandidate): Candidate {
  return {
    text: c.text,
    kind: c.kind,
    count: c.count,
    documents: c.documents,
    proposal: c.status === 'rejected' ? '' : c.proposal,
    forms: c.forms,
  };
}

const MAP_REASONS: Record<MapProblem['reason'], string> = {
  missing_column: 'the column is missing (the header must name text, kind and proposal)',
  empty_text: 'the text is empty',
  unknown_kind: 'not a kind (personnummer, phone, email, address, name, other)',
  duplicate: 'the text is listed twice',
};

/** An edited candidate list is a few thousand rows; anything far larger is not one. */
const MAX_MAP_BYTES = 50 * 1024 * 1024;

async function readMap(path: string) {
  const bytes = await readUserFileOrFail(path, path, { maxBytes: MAX_MAP_BYTES });
  // iconv-lite's tables are half the CLI's script: loaded only when a map is read.
  const { decodeText } = await import('../import/decode-text');
  const { rows, problems } = parseMap(decodeText(bytes).text);
  const first = problems[0];
  if (first)
    throw new ApiError(
      'invalid_input',
      `${path}, row ${first.row}, column ${first.column}${first.value ? ` ("${first.value}")` : ''}: ${MAP_REASONS[first.reason]}.${problems.length > 1 ? ` (${problems.length - 1} more problems.)` : ''}`,
      { field: 'map', row: first.row, column: first.column },
    );
  return rows;
}

async function waitFor(args: CommandArgs, jobId: string) {
  const tty = process.stderr.isTTY;
  for (;;) {
    const state: PseudoJob = await args.registry.call('pseudonymise.job', { jobId }, args.ctx);
    if (state.status === 'done') {
      if (tty) process.stderr.write('\r\x1b[K');
      return state;
    }
    if (tty && state.total > 0)
      process.stderr.write(
        `\r\x1b[K${state.phase === 'scan' ? 'Scanning' : 'Writing the copy'} ${Math.round((100 * state.done) / state.total)}%${state.current ? ` ${state.current}` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

function projectArg(args: CommandArgs): string {
  const [, project, extra] = args.positionals;
  if (!project) throw new ArgumentError(`name the project. Usage: kvalkod pseudonymise ${USAGE}`);
  if (extra) throw new ArgumentError(`unexpected argument "${extra}".`);
  return resolve(project);
}

async function scan(args: CommandArgs): Promise<number> {
  const format = args.values.format as string | undefined;
  if (format !== undefined && format !== 'csv')
    throw new ArgumentError(`--format takes csv, not "${format}".`);
  if (format && args.values.json) throw new ArgumentError('give --json or --format csv, not both.');
  await openProject(args, projectArg(args));
  const { jobId } = await args.registry.call('pseudonymise.scan', {}, args.ctx);
  const result = (await waitFor(args, jobId)).scan as ScanResult;
  const list = result.candidates.map(toContract);
  if (args.values.json) printJson(args.out, list);
  else if (format === 'csv') args.out.write('\uFEFF' + candidatesToCsv(list) + '\r\n');
  else {
    for (const c of list)
      args.out.write(
        `${c.kind.padEnd(12)} ${String(c.count).padStart(5)}  ${c.text} -> ${c.proposal || '(kept)'}\n`,
      );
    args.out.write(`${list.length} candidates in ${result.documents} documents\n`);
  }
  return 0;
}

async function apply(args: CommandArgs): Promise<number> {
  const out = args.values.out as string | undefined;
  const key = args.values.key as string | undefined;
  const accept = args.values.accept as string | undefined;
  if (!out) throw new ArgumentError('--out <new.kvalkod> is required.');
  if (!key) throw new ArgumentError('--key <key.csv> is required.');
  if (accept !== undefined && accept !== 'all')
    throw new ArgumentError(`--accept takes all, not "${accept}".`);
  const project = projectArg(args);
  const map =
    typeof args.values.map === 'string' ? await readMap(resolve(args.values.map)) : undefined;
  await openProject(args, project);
  const { jobId } = await args.registry.call(
    'pseudonymise.apply',
    { out: resolve(out), key: resolve(key), acceptAll: accept === 'all', map },
    args.ctx,
  );
  const done = await waitFor(args, jobId);
  const report = done.report as ApplyReport;
  const warnings = report.warnings.map(englishText);
  if (args.values.json)
    printJson(args.out, {
      documents: report.documents,
      replaced: report.replaced,
      segments: report.segments,
      warnings,
    });
  else {
    const replaced = report.replaced.map((r) => `${r.count} ${r.kind}`).join(', ') || 'nothing';
    args.out.write(
      `Wrote ${done.path ?? out} (${report.documents} documents; replaced ${replaced}; coded passages: ${report.segments.kept} kept, ${report.segments.moved} moved) and the key ${resolve(key)}. Keep the key apart from the copy.\n`,
    );
    for (const w of warnings) args.out.write(`warning: ${w}\n`);
  }
  return 0;
}

export const pseudonymiseCommands: Record<string, Command> = {
  pseudonymise: {
    usage: USAGE,
    summary: 'find names, personal numbers, phones, e-mails, addresses; write a pseudonymised copy',
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      key: { type: 'string' },
      map: { type: 'string' },
      accept: { type: 'string' },
    },
    async run(args) {
      const sub = args.positionals[0];
      if (sub === 'scan') return scan(args);
      if (sub === 'apply') return apply(args);
      throw new ArgumentError(
        sub
          ? `unknown pseudonymise command "${sub}". Usage: kvalkod pseudonymise ${USAGE}`
          : `Usage: kvalkod pseudonymise ${USAGE}`,
      );
    },
  },
};
