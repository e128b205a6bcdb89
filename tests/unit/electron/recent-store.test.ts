import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentStore } from '../../../electron/config/recent-store';

const dir = () => mkdtempSync(join(tmpdir(), 'kvalkod-recent-'));

describe('recent projects', () => {
  it('keeps the most recently opened first, without duplicates', () => {
    const d = dir();
    const files = ['a', 'b'].map((n) => join(d, `${n}.kvalkod`));
    files.forEach((f) => writeFileSync(f, ''));
    let t = 0;
    const store = createRecentStore(d, () => new Date(Date.UTC(2026, 0, 1, 0, t++)));
    store.touch(files[0] ?? '', 'a');
    store.touch(files[1] ?? '', 'b');
    store.touch(files[0] ?? '', 'a');
    expect(store.list().map((r) => r.name)).toEqual(['a', 'b']);
  });

  it('marks a file that is gone as missing instead of failing', () => {
    const d = dir();
    const file = join(d, 'gone.kvalkod');
    writeFileSync(file, '');
    const store = createRecentStore(d);
    store.touch(file, 'gone');
    rmSync(file);
    expect(store.list()).toEqual([expect.objectContaining({ name: 'gone', missing: true })]);
    store.forget(file);
    expect(store.list()).toEqual([]);
  });

  it.each([
    ['not JSON', '{{{'],
    ['the wrong shape', '{"version": 1, "projects": [{"path": 3}]}'],
    ['an empty file', ''],
  ])('treats a list that is %s as empty', (_label, content) => {
    const d = dir();
    writeFileSync(join(d, 'recent-projects.json'), content);
    expect(createRecentStore(d).list()).toEqual([]);
  });

  it('creates its folder when first written', () => {
    const d = join(dir(), 'nested', 'config');
    const store = createRecentStore(d);
    store.touch('/nowhere/x.kvalkod', 'x');
    expect(store.list()).toHaveLength(1);
  });
});
