// Two doors at once: the browser host and CLI processes write one project file at the same time.
// Every coding reported done must be in the file afterwards, and none may be refused for a lock
// held shorter than the busy timeout; a lock held longer is reported as another program writing
// (never as saved), and undo keeps its history through it.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Project } from '../../db/project';
import { BUSY_TIMEOUT_MS } from '../../db/connection';
import type { Changed } from '../../shared/api/contract-coding';
import type { Segment, UndoState } from '../../shared/coding/types';
import { createAppRegistry } from '../../electron/handlers';
import { createContext, noRecentStore } from '../../electron/handlers/create-context';
import { tempDir } from './cli-helper';
import { holdWriteLock, kvalkodAsync, startHost, type HostProcess } from './process-helpers';

interface Doc {
  id: number;
  name: string;
  chars: number;
}

let dir: string;
let path: string;
let host: HostProcess;
let docs: Doc[];
let area3: number;

beforeEach(async () => {
  dir = tempDir();
  path = join(dir, 'Studie.kvalkod');
  const ctx = createContext('cli', { recent: noRecentStore });
  const registry = createAppRegistry();
  await registry.call('example.create', { path }, ctx);
  docs = (await registry.call('documents.list', {}, ctx)).map((d) => ({
    id: d.id,
    name: d.name,
    chars: d.chars,
  }));
  area3 = (await registry.call('codes.list', {}, ctx)).find((c) => c.number === 3)?.id ?? -1;
  ctx.session.project?.close();
  host = await startHost();
  expect((await host.call('project.open', { path })).ok).toBe(true);
});

afterEach(async () => {
  await host.stop();
});

function segmentsInFile(): Segment[] {
  const project = Project.open(path);
  try {
    return docs.flatMap((d) => project.segments.ofDocument(d.id));
  } finally {
    project.close();
  }
}

describe('the browser host and the CLI writing one file at once', () => {
  it('keeps every coding either side reported done, and refuses none', async () => {
    const [hostDoc, cliDoc] = docs as [Doc, Doc];
    const hostDone: number[] = [];
    const hostRefused: string[] = [];
    const cliDone: number[] = [];
    const cliRefused: string[] = [];

    const cliWorker = async (w: number) => {
      for (let i = 0; i < 4; i++) {
        const start = (w * 4 + i) * 7;
        const run = await kvalkodAsync([
          'code',
          path,
          '--doc',
          String(cliDoc.id),
          '--start',
          String(start),
          '--end',
          String(start + 5),
          '--code',
          '3',
          '--memo',
          `cli-${w}-${i}`,
        ]);
        const id = /Coded passage (\d+)/.exec(run.stdout)?.[1];
        if (run.code === 0 && id) cliDone.push(Number(id));
        else cliRefused.push(run.stderr);
      }
    };
    const cli = { running: true };
    const workers = Promise.all([0, 1, 2].map(cliWorker)).then(() => (cli.running = false));

    for (let i = 0; cli.running || i < 20; i++) {
      const start = (i * 5) % (hostDoc.chars - 5);
      const res = await host.call<Changed<Segment>>('segments.create', {
        documentId: hostDoc.id,
        start,
        end: start + 4,
        codeIds: [area3],
        memo: `host-${i}`,
      });
      if (res.ok) hostDone.push(res.value.value.id);
      else hostRefused.push(`${res.error.code}: ${res.error.message}`);
    }
    await workers;
    await host.stop();

    expect(hostRefused).toEqual([]);
    expect(cliRefused).toEqual([]);
    expect(cliDone).toHaveLength(12);
    const inFile = new Map(segmentsInFile().map((s) => [s.id, s]));
    for (const id of [...hostDone, ...cliDone]) expect(inFile.has(id), `passage ${id}`).toBe(true);
    expect(inFile.size).toBe(hostDone.length + cliDone.length);
  }, 180_000);

  it('waits for a lock held shorter than the busy timeout: coding and undo both go through', async () => {
    const [doc] = docs as [Doc];
    const lock = holdWriteLock(path, BUSY_TIMEOUT_MS / 3);
    await lock.locked;
    const coded = await host.call<Changed<Segment>>('segments.create', {
      documentId: doc.id,
      start: 0,
      end: 4,
      codeIds: [area3],
      memo: '',
    });
    expect(coded.ok).toBe(true);
    await lock.done;

    const again = holdWriteLock(path, BUSY_TIMEOUT_MS / 3);
    await again.locked;
    const undone = await host.call<UndoState>('history.undo', {});
    expect(undone.ok).toBe(true);
    await again.done;
    expect(segmentsInFile()).toEqual([]);
  }, 60_000);

  it('a lock held longer than the busy timeout: "another program is writing", nothing saved, history kept', async () => {
    const [doc] = docs as [Doc];
    const first = await host.call<Changed<Segment>>('segments.create', {
      documentId: doc.id,
      start: 0,
      end: 4,
      codeIds: [area3],
      memo: 'först',
    });
    expect(first.ok).toBe(true);

    // The host answers one call at a time, so each call meets a lock of its own.
    const longLock = async <T>(call: () => Promise<T>, ms = BUSY_TIMEOUT_MS + 1500): Promise<T> => {
      const lock = holdWriteLock(path, ms);
      await lock.locked;
      const res = await call();
      await lock.done;
      return res;
    };
    const coded = await longLock(() =>
      host.call('segments.create', {
        documentId: doc.id,
        start: 10,
        end: 14,
        codeIds: [area3],
        memo: 'inte sparad',
      }),
    );
    const undone = await longLock(() => host.call('history.undo', {}));
    // The CLI needs a few seconds to start: its lock is held long enough for that too.
    const cli = await longLock(
      () =>
        kvalkodAsync([
          'code',
          path,
          '--doc',
          String(doc.id),
          '--start',
          '20',
          '--end',
          '24',
          '--code',
          '3',
        ]),
      3 * BUSY_TIMEOUT_MS,
    );
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/^kvalkod: Another program is writing to the project.*not saved/);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);

    for (const res of [coded, undone]) {
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('project_busy');
    }
    expect(segmentsInFile().map((s) => s.memo)).toEqual(['först']);
    // The busy undo discarded nothing: the same entry is still there to undo.
    const state = await host.call<UndoState>('history.state', {});
    expect(state.ok && state.value.canUndo).toBe(true);
    expect((await host.call('history.undo', {})).ok).toBe(true);
    expect(segmentsInFile()).toEqual([]);
  }, 90_000);
});
