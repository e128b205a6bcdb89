// A .qdpx import that fails halfway (here: the disk refuses the second document, which cannot
// happen for real in a test) leaves no project file behind, and the open project stays open.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import { quirksQdpx } from './quirks-fixture';

vi.mock('../../../electron/refi/import-sources', async (original) => {
  const real = await original<typeof import('../../../electron/refi/import-sources')>();
  let calls = 0;
  return {
    ...real,
    importSource: (...args: Parameters<typeof real.importSource>) => {
      if (++calls === 2) throw new Error('disk I/O error');
      return real.importSource(...args);
    },
  };
});

describe('refi.importProject failing halfway', () => {
  it('removes the new project file and keeps the open project', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-refi-fail-'));
    const registry = createAppRegistry();
    const ctx = createContext('cli', { recent: noRecentStore });
    await registry.call('project.create', { path: join(dir, 'Öppet.kvalkod') }, ctx);
    const open = ctx.session.project;
    const file = join(dir, 'annat.qdpx');
    writeFileSync(file, quirksQdpx());
    const target = join(dir, 'Ny.kvalkod');

    await expect(
      registry.call('refi.importProject', { source: { path: file }, target }, ctx),
    ).rejects.toThrow(/annat\.qdpx could not be imported, nothing was saved: disk I\/O error/);
    expect(existsSync(target)).toBe(false);
    // Nor its -wal and -shm files.
    expect(readdirSync(dir).filter((name) => name.startsWith('Ny'))).toEqual([]);
    expect(ctx.session.project).toBe(open);
    await registry.call('project.close', {}, ctx);
  });
});
