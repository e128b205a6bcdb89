// Imports a batch of transcripts into a project: parse each file in the worker (time and memory
// limits), find speakers, fill attributes, and write each document in its own transaction so a
// failure or a killed process leaves every document whole or absent. Bad files are skipped with
// their reason; the rest go in.
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import type { Project } from '../../db/project';
import { sqliteFailure } from '../../db/sqlite-errors';
import { ApiError } from '../../shared/api/errors';
import type { Attribute } from '../../shared/attributes/types';
import {
  checkValue,
  compileFilenamePattern,
  matchFilename,
  valueError,
} from '../../shared/attributes/values';
import { countWords } from '../../shared/documents/types';
import { englishText, message, type Message } from '../../shared/messages';
import type {
  FileOutcome,
  ImportProgress,
  ImportReport,
  ImportSettings,
} from '../../shared/import/types';
import { compileLabelRegex, detectTurns } from '../../shared/transcript/detect';
import { importWorkers } from './parse-in-worker';
import type { SourceFile } from './sources';
import { hashText } from './text-hashes';
import { ImportFileError, type ParsedDocument } from './types';

export interface BatchHooks {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Parses one file; defaults to worker threads with limits. Tests may pass the in-process parser. */
  parse?: (path: string) => Promise<ParsedDocument>;
  /** How many worker threads parse ahead (default: one per core the machine offers). */
  concurrency?: number;
  /** The worker script (default: found beside this module, see parse-in-worker.ts). */
  workerScript?: URL;
}

/** Checks settings before any file is read: a usage error must not leave half a batch behind. */
export function checkSettings(project: Project, settings: ImportSettings): Map<string, Attribute> {
  const attributes = new Map(project.attributes.list().map((a) => [a.name, a]));
  const unknown = (name: string) =>
    new ApiError(
      'attribute_missing',
      `There is no attribute "${name}". Known attributes: ${[...attributes.keys()].join(', ')}.`,
      { field: name, name },
    );
  for (const [name, values] of Object.entries(settings.attributes)) {
    const attribute = attributes.get(name);
    if (!attribute) throw unknown(name);
    if (values.length > 1 && !attribute.multiple)
      throw new ApiError('attribute_one_value', `${name} takes one value, not ${values.length}.`, {
        field: name,
        name,
        count: values.length,
      });
    for (const v of values) {
      const checked = checkValue(attribute, v);
      if (!checked.ok) throw valueError(checked.problem, name);
    }
  }
  if (settings.filenamePattern) {
    const { names } = compileFilenamePattern(settings.filenamePattern);
    for (const name of names) if (!attributes.has(name)) throw unknown(name);
  }
  if (settings.speakers.kind === 'regex') compileLabelRegex(settings.speakers.source);
  return attributes;
}

/** Workers: one per core (availableParallelism), so every core parses while the main thread writes. */
export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

/** Files queued per worker: enough to hide a document's write, few enough to bound memory. */
const LOOKAHEAD_PER_WORKER = 3;

type Parsed = { ok: true; doc: ParsedDocument } | { ok: false; error: unknown };

export async function importBatch(
  project: Project,
  sources: SourceFile[],
  settings: ImportSettings,
  hooks: BatchHooks = {},
): Promise<ImportReport> {
  const attributes = checkSettings(project, settings);
  const pattern = settings.filenamePattern
    ? compileFilenamePattern(settings.filenamePattern)
    : null;
  const hosts = hooks.parse
    ? []
    : importWorkers(hooks.concurrency ?? defaultConcurrency(), hooks.workerScript);
  const width = Math.max(1, hosts.length);
  // The worker with the fewest files waiting takes the next file: one slowed down (by its garbage
  // collection, or the core it shares with the writing) gets fewer, so the documents, written in
  // file order, do not wait on it while the other runs dry.
  const idlest = () => hosts.reduce((a, b) => (b.backlog < a.backlog ? b : a));
  const parseAt = (i: number): Promise<Parsed> => {
    const source = sources[i];
    if (!source) return Promise.resolve({ ok: false, error: new Error('no such file') });
    const run = hooks.parse ?? ((path: string) => idlest().parse(path));
    return run(source.path).then(
      (doc) => ({ ok: true, doc }),
      (error: unknown) => ({ ok: false, error }),
    );
  };
  // Parsing runs ahead in the workers; writing stays in file order, one transaction per document.
  const pending = new Map<number, Promise<Parsed>>();
  const files: FileOutcome[] = [];
  // One sync of the log per batch instead of per document: a crash mid-batch can lose the last
  // documents written (never damage the file: WAL), and once the batch returns, the checkpoint
  // below has synced them all, as synchronous=FULL would have.
  project.db.pragma('synchronous = NORMAL');
  try {
    for (const [index, source] of sources.entries()) {
      if (hooks.signal?.aborted) {
        files.push({
          file: source.name,
          status: 'skipped',
          reason: 'cancelled',
          message: `${source.name} was not imported: the import was cancelled.`,
        });
        continue;
      }
      // Each worker keeps a few files queued, so none waits while the main thread writes.
      for (
        let ahead = index;
        ahead < Math.min(sources.length, index + width * LOOKAHEAD_PER_WORKER);
        ahead++
      ) {
        if (!pending.has(ahead)) pending.set(ahead, parseAt(ahead));
      }
      hooks.onProgress?.({ total: sources.length, done: index, current: source.name });
      const parsed = await (pending.get(index) as Promise<Parsed>);
      pending.delete(index);
      try {
        files.push(storeOne(project, source, parsed, settings, attributes, pattern));
      } catch (err) {
        // A full disk stops the batch: this file and every one after it are listed as not
        // imported, the documents before it are whole in the project.
        if (sqliteFailure(err)?.code !== 'disk_full') throw err;
        for (const [i, rest] of sources.slice(index).entries())
          files.push({
            file: rest.name,
            status: 'skipped',
            reason: 'disk_full',
            message:
              i === 0
                ? `${rest.name} was not imported: the disk is full.`
                : `${rest.name} was not imported: the import stopped at ${source.name} because the disk is full.`,
          });
        break;
      }
    }
  } finally {
    project.db.pragma('synchronous = FULL');
    try {
      project.db.pragma('wal_checkpoint(FULL)');
    } catch {
      // A full disk: every document written is committed in the WAL (folded in at close or the
      // next open), and the report below says what was imported.
    }
    await Promise.all(pending.values());
  }
  hooks.onProgress?.({ total: sources.length, done: sources.length, current: null });
  const imported = files.filter((f) => f.status === 'imported').length;
  return {
    imported,
    skipped: files.length - imported,
    cancelled: hooks.signal?.aborted ?? false,
    files,
  };
}

function storeOne(
  project: Project,
  source: SourceFile,
  result: Parsed,
  settings: ImportSettings,
  attributes: Map<string, Attribute>,
  pattern: ReturnType<typeof compileFilenamePattern> | null,
): FileOutcome {
  if (!result.ok) {
    const err = result.error;
    const e =
      err instanceof ImportFileError
        ? err
        : new ImportFileError(
            'unreadable',
            `${source.name} could not be read (${(err as Error).message}).`,
          );
    // The worker names the file by its path on disk; the user knows it by its own name.
    return {
      file: source.name,
      status: 'skipped',
      reason: e.reason,
      message: e.message.replaceAll(basename(source.path), source.name),
    };
  }

  const parsed = result.doc;
  // The worker knows the file by its path on disk (an upload's temporary name in the browser).
  const warnings: Message[] = parsed.warnings.map((w) =>
    'file' in w.params ? { ...w, params: { ...w.params, file: source.name } } : w,
  );
  const detection = detectTurns(parsed.text, parsed.paragraphs, settings.speakers);
  const values = new Map<Attribute, string[]>();
  if (pattern) {
    const fromName = matchFilename(pattern, source.name);
    if (!fromName)
      warnings.push(
        message('patternMismatch', { file: source.name, pattern: settings.filenamePattern ?? '' }),
      );
    for (const [name, raw] of Object.entries(fromName ?? {})) {
      const attribute = attributes.get(name);
      if (!attribute) continue;
      const checked = checkValue(attribute, raw);
      if (checked.ok) values.set(attribute, [checked.value]);
      else
        warnings.push(
          message('nameValueInvalid', { file: source.name, attribute: name, value: raw }),
        );
    }
  }
  for (const [name, raw] of Object.entries(settings.attributes)) {
    const attribute = attributes.get(name);
    if (attribute)
      values.set(
        attribute,
        raw.map((v) => (checkValue(attribute, v) as { value: string }).value),
      );
  }

  const textHash = hashText(parsed.text);
  const twins = project.documents.findByHash(textHash);
  if (twins.length) {
    const same = message('sameText', {
      file: source.name,
      documents: twins.map((t) => `"${t.name}"`).join(', '),
    });
    if (settings.duplicates === 'skip')
      return {
        file: source.name,
        status: 'skipped',
        reason: 'duplicate',
        message: `${englishText(same)} It was not imported again.`,
      };
    warnings.push(same);
  }

  const name = uniqueName(project.documents.names(), basename(source.name, extname(source.name)));
  const documentId = project.db.transaction(() => {
    const id = project.documents.insert({
      name,
      kind: 'transcript',
      text: parsed.text,
      textHash,
      words: parsed.words ?? countWords(parsed.text),
      sourceName: source.name,
      sourceFormat: parsed.format,
      paragraphs: parsed.paragraphs,
      speakers: detection.speakers.map((s) => ({ label: s.label, role: s.role })),
      turns: detection.turns,
    });
    for (const [attribute, list] of values) project.attributes.setValues(id, attribute, list);
    return id;
  })();
  return {
    file: source.name,
    status: 'imported',
    documentId,
    name,
    speakers: detection.speakers.length,
    turns: detection.turns.length,
    warnings,
  };
}

/** "Intervju" -> "Intervju (2)" when the name is taken: names identify documents in the CLI. */
export function uniqueName(taken: Set<string>, wanted: string): string {
  const base = wanted.trim() || 'Dokument';
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`)) return `${base} (${i})`;
}
