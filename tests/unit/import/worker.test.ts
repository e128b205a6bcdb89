// The worker path: real parsing off-thread, errors across the thread boundary, and the host's
// handling of hangs, crashes and out-of-memory (provoked by a stub worker).
import { mkdirSync, symlinkSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Paragraph, TextRun } from 'docx';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/import/parse-file';
import {
  ImportWorkerHost,
  parseInWorker,
  shutdownImportWorker,
  workerFailure,
  workerScriptUrl,
} from '../../../electron/import/parse-in-worker';
import { ImportFileError } from '../../../electron/import/types';
import { countWords } from '../../../shared/documents/types';
import { docxBuffer, minimalDocx, tmpDir, writeTemp } from './fixtures';
import { repeatedDeflate } from './zip-helper';

const docx = await docxBuffer([
  new Paragraph({
    children: [new TextRun('Åsa: Första raden.'), new TextRun({ text: 'Andra – åäö', break: 1 })],
  }),
]);
const stubUrl = new URL('./stub-worker.ts', import.meta.url);
const hosts: ImportWorkerHost[] = [];
function stubHost(): ImportWorkerHost {
  const host = new ImportWorkerHost(stubUrl);
  hosts.push(host);
  return host;
}

afterAll(async () => {
  await shutdownImportWorker();
  await Promise.all(hosts.map((h) => h.close()));
});

describe('parseInWorker with the real worker', () => {
  it('returns exactly what parseFile returns', async () => {
    const path = writeTemp('intervju.docx', docx);
    expect(await parseInWorker(path)).toEqual(await parseFile(path));
  });

  it('counts the words where it parses, as the importer would on the main thread', async () => {
    const parsed = await parseInWorker(writeTemp('ord.docx', docx));
    expect(parsed.words).toBe(countWords(parsed.text));
    expect(parsed.words).toBe(5); // Åsa, Första, raden, Andra, åäö
  });

  it.each([
    ['an empty file', 'tom.docx', Buffer.alloc(0), {}, 'empty'],
    ['a text renamed .docx', 'text.docx', Buffer.from('hej'), {}, 'not_docx'],
    [
      'a file over the limit',
      'stor.txt',
      Buffer.from('x'.repeat(50)),
      { maxFileBytes: 10 },
      'too_large',
    ],
    [
      'a zip bomb',
      'bomb.docx',
      minimalDocx(repeatedDeflate(Buffer.alloc(1 << 20, 32), 400)),
      {},
      'zip_bomb',
    ],
  ])('rebuilds ImportFileError for %s', async (_name, file, bytes, limits, reason) => {
    const path = writeTemp(file, bytes);
    const error = await parseInWorker(path, { limits }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ reason });
    const inProcess = await parseFile(path, limits).catch((e: unknown) => e);
    expect((error as Error).message).toBe((inProcess as Error).message);
  });

  it('finds worker.ts beside the source when no bundled worker.mjs exists', () => {
    const url = workerScriptUrl();
    expect(url.pathname.endsWith('/electron/import/worker.ts')).toBe(true);
    expect(existsSync(fileURLToPath(url))).toBe(true);
  });
});

describe('ImportWorkerHost', () => {
  it('stops a hanging parse at the timeout and then carries on with a new worker', async () => {
    const host = stubHost();
    const started = performance.now();
    await expect(host.parse('/x/intervju.hang', { timeoutMs: 1500 })).rejects.toMatchObject({
      reason: 'timeout',
      message: expect.stringMatching(/^intervju\.hang took longer than 2 s/) as unknown,
    });
    expect(performance.now() - started).toBeLessThan(5000);
    await expect(host.parse('/x/next.txt')).resolves.toMatchObject({ text: '/x/next.txt' });
  });

  it.each([
    ['runs out of memory', '/x/a.oom', 'out_of_memory'],
    ['exits', '/x/a.exit', 'unreadable'],
    ['sends a malformed reply', '/x/a.garbage', 'unreadable'],
  ])('fails the file when the worker %s, then recovers', async (_name, path, reason) => {
    const host = stubHost();
    await expect(host.parse(path, { maxOldGenerationSizeMb: 32 })).rejects.toMatchObject({
      reason,
    });
    await expect(host.parse('/x/after.txt')).resolves.toMatchObject({ text: '/x/after.txt' });
  });

  it('parses queued files one at a time, in order', async () => {
    const host = stubHost();
    const paths = ['/x/1.txt', '/x/2.hang', '/x/3.txt'];
    const results = await Promise.allSettled(paths.map((p) => host.parse(p, { timeoutMs: 2000 })));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('fails pending files on close', async () => {
    const host = new ImportWorkerHost(stubUrl);
    const pending = host.parse('/x/slow.hang').catch((e: unknown) => e);
    await host.close();
    expect(await pending).toMatchObject({
      reason: 'unreadable',
      message: /slow\.hang .*cancelled/,
    });
  });

  it('runs the worker bundled by esbuild as worker.mjs', async () => {
    // Same settings as scripts/build-node.mjs; packages stay external, so node_modules is linked.
    const dir = tmpDir();
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'dist'));
    await build({
      entryPoints: { worker: 'electron/import/worker.ts' },
      outdir: join(dir, 'dist'),
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    const host = new ImportWorkerHost(pathToFileURL(join(dir, 'dist', 'worker.mjs')));
    hosts.push(host);
    const path = writeTemp('bundled.docx', docx);
    expect(await host.parse(path)).toEqual(await parseFile(path));
  });
});

describe('workerFailure', () => {
  const oom = Object.assign(new Error('Worker terminated due to reaching memory limit'), {
    code: 'ERR_WORKER_OUT_OF_MEMORY',
  });
  it.each([
    ['out of memory', oom, 'out_of_memory'],
    ['any other error', new Error('boom'), 'unreadable'],
    ['a thrown string', 'boom', 'unreadable'],
    ['an ImportFileError as is', new ImportFileError('timeout', 'x'), 'timeout'],
  ])('maps %s', (_name, error, reason) => {
    const mapped = workerFailure(error, 'a.docx');
    expect(mapped).toBeInstanceOf(ImportFileError);
    expect(mapped.reason).toBe(reason);
  });
});
