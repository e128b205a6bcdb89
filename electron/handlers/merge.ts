// Merging coders' copies of the project into the open one. Each copy is read from a private
// duplicate (the coder's file itself is only ever read byte by byte, never opened as a database),
// checked and brought up to this version there; then everything goes in as ONE undo step.
import { copyFileSync, existsSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { mergeProject } from '../../db/merge';
import { Project } from '../../db/project';
import { readMergeSource, type MergeSource } from '../../db/queries/merge-source';
import type { MergeReport } from '../../shared/agreement/merge-report';
import { ApiError } from '../../shared/api/errors';
import { message } from '../../shared/messages';
import { expandHome } from '../config/paths';
import { changed } from './coding-checks';
import { requireProject } from './context';
import type { HandlerGroup } from './registry';

function sameFile(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** The copy's content, read from a duplicate in a temporary folder that is removed afterwards. */
export function readCopy(path: string, known: ReadonlySet<string>): MergeSource {
  const dir = mkdtempSync(join(tmpdir(), 'kvalkod-merge-'));
  const copy = join(dir, 'copy.kvalkod');
  try {
    copyFileSync(path, copy);
    // Changes the coder saw saved may still sit in the write-ahead log beside the file.
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    let project: Project;
    try {
      project = Project.open(copy);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      // Name the coder's file, not the duplicate.
      throw new ApiError(err.code, err.message.replaceAll(copy, path), {
        ...(err.params ?? {}),
        path,
      });
    }
    try {
      return readMergeSource(project.db, known);
    } finally {
      project.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function add(total: MergeReport, part: MergeReport): MergeReport {
  return {
    documents: {
      matched: total.documents.matched + part.documents.matched,
      added: total.documents.added + part.documents.added,
      differing: [...total.documents.differing, ...part.documents.differing],
    },
    codes: {
      matched: total.codes.matched + part.codes.matched,
      added: total.codes.added + part.codes.added,
    },
    segments: {
      added: total.segments.added + part.segments.added,
      skipped: total.segments.skipped + part.segments.skipped,
    },
    memos: { added: total.memos.added + part.memos.added },
    coders: [...new Set([...total.coders, ...part.coders])].sort((a, b) =>
      a.localeCompare(b, 'sv'),
    ),
    warnings: [...total.warnings, ...part.warnings],
  };
}

const EMPTY: MergeReport = {
  documents: { matched: 0, added: 0, differing: [] },
  codes: { matched: 0, added: 0 },
  segments: { added: 0, skipped: 0 },
  memos: { added: 0 },
  coders: [],
  warnings: [],
};

export const mergeHandlers: HandlerGroup = {
  'project.merge': ({ paths, addDiffering }, ctx) => {
    const project = requireProject(ctx);
    const files = paths.map((p) => resolve(expandHome(p)));
    const known = project.agreement.textHashes();
    // Every copy is checked and read before anything is written: one bad file changes nothing.
    const sources = files.map((path) => {
      if (!existsSync(path))
        throw new ApiError('file_missing', `${path} does not exist.`, { path });
      if (sameFile(path, project.path))
        throw new ApiError(
          'merge_same_project',
          `${path} is the project that is open; choose the coder's copy to merge.`,
          { path },
        );
      return { file: basename(path), source: readCopy(path, known) };
    });
    const names = sources.map((s) => s.file).join(', ');
    const report = project.history.record(
      {
        action: 'project.merge',
        message: (r: MergeReport) =>
          message('projectMerged', {
            files: names,
            documents: r.documents.added,
            codes: r.codes.added,
            segments: r.segments.added,
            memos: r.memos.added,
          }),
      },
      (rec) =>
        sources.reduce(
          (total, { file, source }) =>
            add(total, mergeProject(project, rec, source, { file, addDiffering })),
          EMPTY,
        ),
    );
    const nothing =
      report.documents.added + report.codes.added + report.segments.added + report.memos.added;
    if (nothing === 0) report.warnings.push({ code: 'alreadyMerged', params: { file: names } });
    return changed(project, report);
  },
};
