// Importing transcripts: a preview of what speaker detection finds, the batch import as a job with
// progress and Cancel, the system's file dialog, and the example project.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project } from '../../db/project';
import { createExchangeQueries } from '../../db/queries/exchange';
import { ApiError } from '../../shared/api/errors';
import { countWords } from '../../shared/documents/types';
import { exampleCodingsSchema, placeExampleCodings } from '../../shared/examples/example-codings';
import { detectTurns, previewSample } from '../../shared/transcript/detect';
import { checkSettings, defaultConcurrency, importBatch } from '../import/batch';
import { importWorkers, parseInWorker, type ImportWorkerHost } from '../import/parse-in-worker';
import { expandSources, type SourceFile } from '../import/sources';
import { rememberTextHash, textHashes } from '../import/text-hashes';
import { ImportFileError } from '../import/types';
import { planSheet } from '../../shared/attributes/sheet';
import { releaseSources, resolveSource } from './attributes';
import { requireProject, type Context } from './context';
import { normaliseProjectPath, replaceOpenProject } from './project';
import type { HandlerGroup } from './registry';

/** The example transcripts that ship with the app (resources/examples). */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../resources/examples/', import.meta.url));

function toSourceFiles(
  ctx: Context,
  sources: ({ path: string } | { uploadId: string; name: string })[],
): SourceFile[] {
  const paths = sources.filter((s): s is { path: string } => 'path' in s).map((s) => s.path);
  const uploads = sources
    .filter((s): s is { uploadId: string; name: string } => 'uploadId' in s)
    .map((s) => resolveSource(ctx, s));
  return [...expandSources(paths), ...uploads];
}

export const importHandlers: HandlerGroup = {
  'import.preview': async ({ source, speakers }, ctx) => {
    const file = resolveSource(ctx, source);
    // Start every import worker now, while the user reads the preview.
    importWorkers(defaultConcurrency());
    let parsed;
    try {
      parsed = await parseInWorker(file.path);
    } catch (err) {
      if (err instanceof ImportFileError)
        throw new ApiError('preview_unreadable', err.message, {
          field: file.name,
          file: file.name,
          reason: err.reason,
        });
      throw err;
    }
    rememberTextHash(file.path, parsed.text);
    const detection = detectTurns(parsed.text, parsed.paragraphs, speakers);
    return {
      file: file.name,
      format: parsed.format,
      chars: parsed.text.length,
      words: countWords(parsed.text),
      speakers: detection.speakers,
      patternIds: detection.patternIds,
      turns: detection.turns.length,
      sample: previewSample(parsed.text, detection),
    };
  },

  'import.duplicates': async ({ sources }, ctx) => {
    const project = requireProject(ctx);
    const files = toSourceFiles(ctx, sources);
    const hosts = importWorkers(defaultConcurrency());
    // One worker per core (at least one), the files spread over them.
    const hashes = await textHashes(files, (path, i) =>
      (hosts[i % hosts.length] as ImportWorkerHost).parse(path),
    );
    // A text met earlier in the same batch counts too: that file is imported first.
    const earlier = new Map<string, string[]>();
    return files.flatMap((file, i) => {
      const hash = hashes[i];
      if (!hash) return [];
      const documents = project.documents.findByHash(hash);
      const before = earlier.get(hash) ?? [];
      earlier.set(hash, [...before, file.name]);
      return documents.length || before.length
        ? [
            {
              file: file.name,
              documents: documents.map((d) => ({ id: d.id, name: d.name })),
              files: before,
            },
          ]
        : [];
    });
  },

  'import.start': ({ sources, settings }, ctx) => {
    const project = requireProject(ctx);
    checkSettings(project, settings);
    const files = toSourceFiles(ctx, sources);
    if (files.length === 0)
      throw new ApiError(
        'no_transcripts_found',
        `No transcripts (.docx, .txt, .md, .odt) were found in ${sources.map((s) => ('path' in s ? s.path : s.name)).join(', ')}.`,
        { field: 'sources' },
      );
    return {
      jobId: ctx.jobs.start(async (hooks) => {
        try {
          return await importBatch(project, files, settings, hooks);
        } finally {
          // Imported or reported not imported: the report names each file, choosing it again
          // uploads it again.
          releaseSources(ctx, sources);
        }
      }),
    };
  },

  'jobs.status': ({ jobId }, ctx) => ctx.jobs.status(jobId),
  'jobs.cancel': ({ jobId }, ctx) => {
    ctx.jobs.cancel(jobId);
    return null;
  },

  'dialog.pickImportFiles': async ({ folders }, ctx) => {
    if (!ctx.dialogs) throw new ApiError('not_supported', 'This window has no system file dialog.');
    return { paths: await ctx.dialogs.pickImportFiles(folders) };
  },

  'example.create': async ({ path, coded }, ctx) => {
    const project = Project.create(normaliseProjectPath(path));
    try {
      await fillExampleProject(project, EXAMPLES_DIR, { coded });
    } catch (err) {
      project.close();
      throw err;
    }
    return replaceOpenProject(ctx, project);
  },
};

/** Imports the shipped example transcripts and their attribute sheet into a new project. */
export async function fillExampleProject(
  project: Project,
  dir: string = EXAMPLES_DIR,
  options: { coded?: boolean } = {},
): Promise<void> {
  await importExampleDocuments(project, dir);
  if (options.coded) codeExampleProject(project, dir);
}

/** The passages the example ships coded (kodningar.json), written as they are: not an undo step
 * of the new project, whose history starts with the researcher's own first change. */
function codeExampleProject(project: Project, dir: string): void {
  const file = exampleCodingsSchema.parse(
    JSON.parse(readFileSync(join(dir, 'kodningar.json'), 'utf8')),
  );
  const ex = createExchangeQueries(project.db);
  const placed = placeExampleCodings(file, ex.documents(), project.codes.list());
  const now = new Date().toISOString();
  project.db.transaction(() => {
    const coderId = project.coders.idFor(file.coder);
    for (const p of placed) {
      ex.insertSegment(
        {
          guid: randomUUID(),
          document_id: p.documentId,
          start: p.start,
          end: p.end,
          coder_id: coderId,
          memo: '',
          created_at: now,
          updated_at: now,
        },
        p.codeIds,
      );
    }
  })();
}

async function importExampleDocuments(project: Project, dir: string): Promise<void> {
  const files = expandSources([dir]).filter((f) => !/^readme/i.test(f.name));
  await importBatch(project, files, {
    speakers: { kind: 'auto' },
    attributes: {},
    filenamePattern: null,
  });
  const sheetName = readdirSync(dir).find((f) => f.toLowerCase().endsWith('.csv'));
  if (!sheetName) return;
  // exceljs is loaded on use: the command line starts faster without it.
  const { readSheet } = await import('../sheets/read-sheet');
  const sheet = await readSheet(join(dir, sheetName), sheetName);
  const plan = planSheet(sheet, project.documents.list(), project.attributes.list());
  const byName = new Map(project.attributes.list().map((a) => [a.name, a]));
  project.db.transaction(() => {
    for (const a of plan.assignments) {
      const attribute = byName.get(a.attribute);
      if (attribute) project.attributes.setValues(a.documentId, attribute, a.values);
    }
  })();
}
