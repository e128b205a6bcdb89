// A project file deleted or replaced on disk while it is open: Kvalkod notices before the next
// write, stops with a clear message, never writes into the deleted file, and keeps what the old
// file held in a recovered copy beside it.
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../db/project';
import { codingProject, type CodingFixture } from './coding-fixture';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function code(f: CodingFixture, needle: string) {
  return f.call('segments.create', {
    documentId: f.docId(0),
    ...f.find(0, needle),
    codeIds: [f.code(3).id],
  });
}

function recovered(path: string): string[] {
  return readdirSync(dirname(path))
    .filter((n) => n.includes('.recovered-') && n.endsWith('.kvalkod'))
    .map((n) => join(dirname(path), n));
}

describe('a project file deleted or replaced while open', () => {
  it('deleted: the next coding is refused, nothing is written to the deleted file, a recovered copy keeps every earlier coding', async () => {
    const f = await codingProject();
    for (const needle of ['Introduktionen', 'Lönen är låg', 'Kontorslandskapet'])
      await code(f, needle);
    for (const suffix of ['', '-wal', '-shm']) rmSync(f.path + suffix, { force: true });

    const next = { documentId: f.docId(0), ...f.find(0, 'bullrigt'), codeIds: [f.code(3).id] };
    await expect(f.call('segments.create', next)).rejects.toMatchObject({
      code: 'project_file_changed',
      params: { reason: 'deleted' },
    });
    await expect(f.call('segments.create', next)).rejects.toMatchObject({
      code: 'no_project_open',
    });
    expect(existsSync(f.path)).toBe(false);

    const [copy] = recovered(f.path);
    expect(copy).toBeDefined();
    const rescued = Project.open(copy ?? '');
    expect(rescued.segments.ofDocument(f.docId(0))).toHaveLength(3);
    rescued.close();
  });

  it('replaced: the new file is left untouched, the old one is kept as a recovered copy', async () => {
    const f = await codingProject();
    await code(f, 'Introduktionen');
    const other = join(dirname(f.path), 'other.kvalkod');
    Project.create(other, { empty: true }).close();
    copyFileSync(other, `${other}.tmp`);
    renameSync(`${other}.tmp`, f.path);
    const before = sha(f.path);

    await expect(code(f, 'Lönen är låg')).rejects.toMatchObject({
      code: 'project_file_changed',
      params: { reason: 'replaced' },
    });
    expect(sha(f.path)).toBe(before);
    const [copy] = recovered(f.path);
    const rescued = Project.open(copy ?? '');
    expect(rescued.segments.ofDocument(f.docId(0))).toHaveLength(1);
    rescued.close();
  });

  it('opening the same path again opens the file that is there now, not the old one', async () => {
    const f = await codingProject();
    await code(f, 'Introduktionen');
    const other = join(dirname(f.path), 'other.kvalkod');
    Project.create(other, { empty: true }).close();
    renameSync(other, f.path);
    await f.call('project.open', { path: f.path });
    expect(f.project().codes.list()).toEqual([]);
    expect(recovered(f.path)).toHaveLength(1);
    await f.close();
  });

  it('the same file opened again stays the open project', async () => {
    const f = await codingProject();
    const first = f.project();
    await f.call('project.open', { path: f.path });
    expect(f.project()).toBe(first);
    expect(recovered(f.path)).toEqual([]);
    await f.close();
  });
});
