// CLI commands of the import feature: import, docs, text, example.
import { resolve } from 'node:path';
import { englishText } from '../../shared/messages';
import type { DetectionMode } from '../../shared/transcript/types';
import type { ImportReport } from '../../shared/import/types';
import {
  ArgumentError,
  onePositional,
  openProject,
  printJson,
  type Command,
  type CommandArgs,
} from './command';

/** `--speakers auto|none|<regex>` */
export function speakersOption(value: string | undefined): DetectionMode {
  if (value === undefined || value === 'auto') return { kind: 'auto' };
  if (value === 'none') return { kind: 'none' };
  return { kind: 'regex', source: value };
}

/** `--attr Name=Value` (repeatable; the same name twice gives several values). */
export function attrOptions(values: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const pair of values) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ArgumentError(`--attr takes Name=Value, not "${pair}".`);
    const name = pair.slice(0, eq).trim();
    (out[name] ??= []).push(pair.slice(eq + 1).trim());
  }
  return out;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The report with its warnings as English sentences, as `import --json` has always printed. */
function englishReport(report: ImportReport) {
  return {
    ...report,
    files: report.files.map((f) =>
      f.status === 'imported' ? { ...f, warnings: f.warnings.map(englishText) } : f,
    ),
  };
}

async function waitForJob(args: CommandArgs, jobId: string): Promise<ImportReport> {
  const tty = process.stderr.isTTY;
  for (;;) {
    const state = await args.registry.call('jobs.status', { jobId }, args.ctx);
    if (state.status === 'done') {
      if (tty) process.stderr.write('\r\x1b[K');
      return state.report;
    }
    if (tty && state.current)
      process.stderr.write(`\r\x1b[K${state.done + 1}/${state.total} ${state.current}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const importCommands: Record<string, Command> = {
  import: {
    usage:
      '<project> <file-or-folder>... [--attr Name=Value]... [--pattern "{A}_{B}"] [--speakers auto|none|<regex>] [--duplicates skip|import] [--json]',
    summary: 'import transcripts (.docx, .txt, .md, .odt); exit 2 when some were skipped',
    options: {
      attr: { type: 'string', multiple: true },
      pattern: { type: 'string' },
      speakers: { type: 'string' },
      duplicates: { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(args) {
      const [project, ...files] = args.positionals;
      const duplicates = (args.values.duplicates as string | undefined) ?? 'skip';
      if (duplicates !== 'skip' && duplicates !== 'import')
        throw new ArgumentError('--duplicates takes skip (the default) or import.');
      if (!project) throw new ArgumentError('missing project file.');
      if (files.length === 0)
        throw new ArgumentError('name at least one file or folder to import.');
      await openProject(args, resolve(project));
      const settings = {
        speakers: speakersOption(args.values.speakers as string | undefined),
        attributes: attrOptions(strings(args.values.attr)),
        filenamePattern: (args.values.pattern as string | undefined) ?? null,
        duplicates,
      } as const;
      const { jobId } = await args.registry.call(
        'import.start',
        { sources: files.map((f) => ({ path: resolve(f) })), settings },
        args.ctx,
      );
      const report = await waitForJob(args, jobId);
      if (args.values.json) printJson(args.out, englishReport(report));
      else {
        for (const f of report.files) {
          if (f.status === 'imported') {
            args.out.write(`imported  ${f.file}  (${f.speakers} speakers, ${f.turns} turns)\n`);
            for (const w of f.warnings) args.out.write(`          warning: ${englishText(w)}\n`);
          } else args.out.write(`skipped   ${f.file}  ${f.message}\n`);
        }
        args.out.write(`${report.imported} imported, ${report.skipped} skipped\n`);
      }
      return report.skipped > 0 ? 2 : 0;
    },
  },

  docs: {
    usage: '<project> [--json]',
    summary: 'list the documents with speakers, attributes and codings',
    options: { json: { type: 'boolean' } },
    async run(args) {
      await openProject(args, onePositional(args, 'project file'));
      const docs = await args.registry.call('documents.list', {}, args.ctx);
      if (args.values.json) {
        printJson(
          args.out,
          docs.map((d) => ({
            id: d.id,
            name: d.name,
            chars: d.chars,
            words: d.words,
            speakers: d.speakers.map((s) => ({ label: s.label, role: s.role, turns: s.turns })),
            attributes: d.attributes,
            codings: d.codings,
          })),
        );
      } else {
        for (const d of docs)
          args.out.write(
            `${String(d.id).padStart(4)}  ${d.name}  (${d.words} words, ${d.speakers.length} speakers)\n`,
          );
      }
      return 0;
    },
  },

  text: {
    usage: '<project> <document id or name>',
    summary: "print a document's stored text",
    options: {},
    async run(args) {
      const [project, ref, extra] = args.positionals;
      if (!project || !ref)
        throw new ArgumentError('name the project and the document (its id or name).');
      if (extra) throw new ArgumentError(`unexpected argument "${extra}".`);
      await openProject(args, resolve(project));
      const content = await args.registry.call(
        'documents.content',
        { ref: /^\d+$/.test(ref) ? Number(ref) : ref },
        args.ctx,
      );
      args.out.write(content.text);
      return 0;
    },
  },

  example: {
    usage: '<file>',
    summary:
      'create the example project from the transcripts that ship with Kvalkod (--coded: with its coded passages)',
    options: { coded: { type: 'boolean' } },
    async run(args) {
      const created = await args.registry.call(
        'example.create',
        { path: onePositional(args, 'project file'), coded: args.values.coded === true },
        args.ctx,
      );
      args.out.write(`Created ${created.path}\n`);
      return 0;
    },
  },
};
