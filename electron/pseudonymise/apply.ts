// Writes the pseudonymised copy and its key. The accepted candidates (saved decisions, or an edited
// list over them; with acceptAll every undecided one too) give the forms to replace; the copy is
// built by db/pseudonymise-copy.ts from the open project, which is only read. The key (each original
// form, its pseudonym and kind) goes to a file of its own that the copy does not mention.
import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Project } from '../../db/project';
import { writePseudonymisedCopy, type Rewriter } from '../../db/pseudonymise-copy';
import { ApiError } from '../../shared/api/errors';
import { formReplacements } from '../../shared/pseudonymise/candidates';
import { decisionsFromMap, type MapRow } from '../../shared/pseudonymise/csv';
import { applyEdits } from '../../shared/pseudonymise/edits';
import { FormMatcher, type Form } from '../../shared/pseudonymise/matcher';
import { message, type Message } from '../../shared/messages';
import type { ApplyReport, PseudoKind, ReviewCandidate } from '../../shared/pseudonymise/types';
import { PSEUDO_KINDS } from '../../shared/pseudonymise/types';
import { checkCancelled, type Progress } from './jobs';
import { scanProject } from './scan';
import { neutraliseCell } from '../../shared/export/csv-cell';
import { writeFileAtomic } from '../files/write-atomic';

export interface ApplyOptions {
  out: string;
  key: string;
  acceptAll: boolean;
  map?: MapRow[];
}

interface Tag {
  kind: PseudoKind;
  candidate: string;
}

const BOM = '\uFEFF';
const csvCell = (cell: string) => {
  const v = neutraliseCell(cell);
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

function accepted(c: ReviewCandidate, acceptAll: boolean): boolean {
  return c.status === 'accepted' || (acceptAll && c.status === 'pending');
}

/** Refuses before any work: both files must be new, apart, and not the project itself. */
export function checkPaths(project: Project, out: string, key: string): void {
  for (const [path, field] of [
    [out, 'out'],
    [key, 'key'],
  ] as const)
    if (existsSync(path))
      throw new ApiError('file_exists', `${path} already exists; choose another name.`, {
        path,
        field,
      });
  if (out === key)
    throw new ApiError('invalid_input', 'The copy and the key must be two different files.', {
      field: 'key',
    });
  if (resolve(project.path) === out)
    throw new ApiError('invalid_input', 'The copy must be a new file, not the project itself.', {
      field: 'out',
    });
  if (!existsSync(dirname(out)) || !existsSync(dirname(key)))
    throw new ApiError('cannot_write', `Could not write ${out}: the folder does not exist.`, {
      path: existsSync(dirname(out)) ? key : out,
    });
}

/** The key as a sheet: every original form with its pseudonym and kind. */
function keyCsv(candidates: readonly ReviewCandidate[]): string {
  const lines = ['original;pseudonym;kind'];
  for (const c of candidates)
    for (const f of formReplacements(c))
      lines.push([f.text, f.replacement, c.kind].map(csvCell).join(';'));
  return BOM + lines.join('\r\n') + '\r\n';
}

export async function applyPseudonyms(
  project: Project,
  options: ApplyOptions,
  signal: AbortSignal,
  progress: Progress,
): Promise<{ report: ApplyReport; path: string }> {
  const out = resolve(options.out);
  const key = resolve(options.key);
  checkPaths(project, out, key);
  const decisions = options.map
    ? decisionsFromMap(project.pseudonyms.decisions(), options.map)
    : project.pseudonyms.decisions();
  const scan = await scanProject(
    project,
    async (done, total) => {
      checkCancelled(signal);
      progress('scan', done, total, null);
      await new Promise((r) => setImmediate(r));
    },
    decisions,
  );
  const chosen = scan.candidates.filter((c) => accepted(c, options.acceptAll));
  if (chosen.length === 0)
    throw new ApiError(
      'nothing_accepted',
      'No candidate is accepted, so the copy would hold every name. Accept candidates in the review list, give an edited list with --map, or use --accept all.',
    );
  const forms: Form<Tag>[] = chosen.flatMap((c) =>
    formReplacements(c).map((f) => ({ ...f, tag: { kind: c.kind, candidate: c.text } })),
  );
  const matcher = new FormMatcher(forms);
  const rewriter: Rewriter = {
    edits: (text) => matcher.find(text),
    text: (value) => applyEdits(value, matcher.find(value)),
  };

  // What is replaced, counted over the fields the scan reads (each occurrence once).
  const byKind = new Map<PseudoKind, number>();
  const found = new Set<string>();
  for (const field of project.pseudonyms.fields())
    for (const m of matcher.find(field.text)) {
      byKind.set(m.form.tag.kind, (byKind.get(m.form.tag.kind) ?? 0) + 1);
      found.add(m.form.tag.candidate);
    }

  checkCancelled(signal);
  let outcome;
  try {
    outcome = await writePseudonymisedCopy(project.db, out, rewriter, (done, total, current) => {
      checkCancelled(signal);
      progress('copy', done, total, current);
    });
    writeFileAtomic(key, Buffer.from(keyCsv(chosen), 'utf8'), { mode: 0o600 });
  } catch (err) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(out + suffix, { force: true });
    rmSync(key, { force: true });
    if (err instanceof ApiError) throw err;
    throw new ApiError('cannot_write', `Could not write ${out}: ${(err as Error).message}`, {
      path: out,
    });
  }

  const warnings: Message[] = [];
  if (dirname(out) === dirname(key))
    warnings.push(message('pseudoKeyBesideCopy', { folder: dirname(out) }));
  for (const c of chosen)
    if (!found.has(c.text)) warnings.push(message('pseudoAcceptedNotFound', { text: c.text }));
  for (const s of outcome.mergedSpeakers)
    warnings.push(message('pseudoSpeakerMerged', { document: s.document, label: s.label }));
  for (const r of outcome.renamed)
    warnings.push(message('pseudoDocumentRenamed', { name: r.name, as: r.as }));
  return {
    path: out,
    report: {
      documents: outcome.documents,
      replaced: PSEUDO_KINDS.filter((k) => byKind.has(k)).map((kind) => ({
        kind,
        count: byKind.get(kind) ?? 0,
      })),
      segments: outcome.segments,
      warnings,
    },
  };
}
