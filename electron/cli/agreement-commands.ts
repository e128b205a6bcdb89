// `kvalkod agreement` (coders compared, as JSON in the contract's shape or as a table file) and
// `kvalkod merge` (a coder's copy merged into the project, with its report).
import { resolve } from 'node:path';
import { agreementTables } from '../../shared/agreement/layout';
import type { MergeReport } from '../../shared/agreement/merge-report';
import { mergeWarningText } from '../../shared/agreement/merge-words';
import { AGREEMENT_UNITS, type AgreementResult } from '../../shared/agreement/types';
import { agreementNoteText } from '../../shared/agreement/words';
import {
  ArgumentError,
  onePositional,
  openProject,
  printJson,
  writeOutputFile,
  type Command,
} from './command';
import { OUTPUT_FORMATS, type OutputFormat } from './table-output';

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The contract's keys in the contract's order; then what was left out or undefined, and why. */
export function agreementJson(result: AgreementResult) {
  return {
    unit: result.unit,
    coders: result.coders,
    documents: result.documents,
    codes: result.codes,
    groups: result.groups,
    notes: result.notes.map((n) => agreementNoteText(n, 'en')),
    ...(result.overlap ? { overlap: result.overlap } : {}),
  };
}

export function mergeJson(report: MergeReport) {
  return { ...report, warnings: report.warnings.map((w) => mergeWarningText(w, 'en')) };
}

export const agreementCommands: Record<string, Command> = {
  agreement: {
    usage:
      '<project> --coders A,B[,C...] [--codes <group, code name or number>]... [--doc <id or name>]... [--unit paragraph|turn|sentence|document|character] [--overlap 0.9] [--format json|csv|xlsx|docx|md] [--out <file>]',
    summary:
      "how well coders agree, per code and per code group (also --lang sv|en, --delimiter ';'|',')",
    options: {
      coders: { type: 'string', multiple: true },
      codes: { type: 'string', multiple: true },
      doc: { type: 'string', multiple: true },
      unit: { type: 'string' },
      overlap: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      delimiter: { type: 'string' },
    },
    async run(args) {
      const path = onePositional(args, 'project file');
      const v = args.values;
      const coders = strings(v.coders)
        .flatMap((c) => c.split(','))
        .map((c) => c.trim())
        .filter(Boolean);
      if (coders.length < 2)
        throw new ArgumentError('name at least two coders: --coders "Anna,Bo".');
      const unit = v.unit ?? 'paragraph';
      if (typeof unit !== 'string' || !(AGREEMENT_UNITS as readonly string[]).includes(unit))
        throw new ArgumentError(`--unit must be one of ${AGREEMENT_UNITS.join(', ')}.`);
      let overlap: number | null = null;
      if (v.overlap !== undefined) {
        overlap = Number(String(v.overlap).replace(',', '.'));
        if (!Number.isFinite(overlap) || overlap <= 0 || overlap > 1)
          throw new ArgumentError(`--overlap takes a share above 0 and at most 1, like 0.9.`);
      }
      const format = (v.format ?? 'json') as OutputFormat;
      if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
        throw new ArgumentError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}.`);
      const out = typeof v.out === 'string' ? resolve(v.out) : null;
      if (!out && (format === 'xlsx' || format === 'docx'))
        throw new ArgumentError(`--format ${format} writes a binary file: give --out <file>.`);
      await openProject(args, path);
      const query = {
        coders,
        codes: strings(v.codes),
        documents: strings(v.doc),
        unit: unit as (typeof AGREEMENT_UNITS)[number],
        overlap,
      };
      const result = await args.registry.call('agreement.compute', query, args.ctx);
      let bytes: Buffer;
      if (format === 'json') {
        const json = agreementJson(result);
        if (!out) {
          printJson(args.out, json);
          return 0;
        }
        bytes = Buffer.from(JSON.stringify(json, null, 2) + '\n', 'utf8');
      } else {
        const language = v.lang === 'en' ? 'en' : 'sv';
        const delimiter = v.delimiter === ',' ? ',' : ';';
        // exceljs and docx load only for a file: every command loads this module at start.
        const { agreementFile } = await import('../export/agreement-files');
        bytes = await agreementFile(agreementTables(result, language), format, language, delimiter);
        if (!out) {
          args.out.write(bytes);
          return 0;
        }
      }
      writeOutputFile(out, bytes);
      args.out.write(`Wrote ${out}\n`);
      return 0;
    },
  },

  merge: {
    usage: '<project> <other.kvalkod>... [--add-differing] [--json]',
    summary: "merge coders' copies of the project (matched by text; one undo step)",
    options: { 'add-differing': { type: 'boolean' }, json: { type: 'boolean' } },
    async run(args) {
      const [project, ...others] = args.positionals;
      if (!project || others.length === 0)
        throw new ArgumentError('name the project and at least one copy to merge into it.');
      await openProject(args, resolve(project));
      const { value } = await args.registry.call(
        'project.merge',
        {
          paths: others.map((p) => resolve(p)),
          addDiffering: args.values['add-differing'] === true,
        },
        args.ctx,
      );
      const json = mergeJson(value);
      if (args.values.json) printJson(args.out, json);
      else {
        args.out.write(
          [
            `Documents: ${value.documents.matched} matched, ${value.documents.added} added` +
              (value.documents.differing.length
                ? `, ${value.documents.differing.length} with different text: ${value.documents.differing.join(', ')}`
                : ''),
            `Codes: ${value.codes.matched} matched, ${value.codes.added} added`,
            `Coded passages: ${value.segments.added} added, ${value.segments.skipped} already there`,
            `Memos: ${value.memos.added} added`,
            `Coders: ${value.coders.join(', ') || '-'}`,
            ...json.warnings.map((w) => `Warning: ${w}`),
          ].join('\n') + '\n',
        );
      }
      return 0;
    },
  },
};
