import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../db/migrations';
import { kvalkod, tempDir } from './cli-helper';

interface CodeJson {
  id: number;
  name: string;
  number: number | null;
  parent: number | null;
  group: string | null;
  color: string;
  description: string;
}

describe('kvalkod init / info / codes', () => {
  it('init then codes --json prints the template codebook in the contract shape', () => {
    const dir = tempDir();
    const init = kvalkod(['init', 'x.kvalkod'], dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const out = kvalkod(['codes', 'x.kvalkod', '--json'], dir);
    expect(out.code).toBe(0);
    const codes = JSON.parse(out.stdout) as CodeJson[];
    for (const c of codes)
      expect(Object.keys(c).sort()).toEqual([
        'color',
        'description',
        'group',
        'id',
        'name',
        'number',
        'parent',
      ]);
    const areas = codes.filter((c) => c.group === 'Områden' && c.number !== null);
    expect(areas.map((c) => c.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const root = codes.find((c) => c.name === 'Områden');
    expect(root).toMatchObject({ parent: null, number: null, group: 'Områden' });
    expect(areas.every((a) => a.parent === root?.id)).toBe(true);
    expect(codes.find((c) => c.name === 'Störst behov')).toMatchObject({
      group: 'Bedömning',
      number: null,
    });
    expect(codes.find((c) => c.name === 'Personalomsättning')).toMatchObject({ group: 'Teman' });
  });

  it('init --empty creates a project without codes', () => {
    const dir = tempDir();
    expect(kvalkod(['init', 'e.kvalkod', '--empty'], dir).code).toBe(0);
    expect(JSON.parse(kvalkod(['codes', 'e.kvalkod', '--json'], dir).stdout)).toEqual([]);
  });

  it('info prints name, schema version and counts', () => {
    const dir = tempDir();
    kvalkod(['init', 'Studie.kvalkod'], dir);
    const info = JSON.parse(kvalkod(['info', 'Studie.kvalkod', '--json'], dir).stdout) as Record<
      string,
      unknown
    >;
    expect(info).toMatchObject({
      name: 'Studie',
      schemaVersion: latestSchemaVersion(),
      counts: { codes: 35, documents: 0, segments: 0 },
    });
    const text = kvalkod(['info', 'Studie.kvalkod'], dir).stdout;
    expect(text).toMatch(/Name: +Studie/);
    expect(text).toMatch(new RegExp(`Schema version: +${latestSchemaVersion()}\\b`));
  });

  it.each([
    ['a missing file', ['info', 'nowhere.kvalkod'], /nowhere\.kvalkod does not exist/],
    [
      'a file that is not a project',
      ['codes', 'notes.txt', '--json'],
      /notes\.txt is not a Kvalkod project/,
    ],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    [
      'an unknown option',
      ['info', 'x.kvalkod', '--colour'],
      /Unknown option '--colour'.*Usage: kvalkod info/,
    ],
    ['a missing argument', ['init'], /missing project file/],
  ])('%s gives one readable line on stderr and exit code 1', (_label, args, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'just some notes');
    const res = kvalkod(args, dir);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('init refuses to overwrite an existing file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'taken.kvalkod'), 'keep me');
    const res = kvalkod(['init', 'taken.kvalkod'], dir);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/already exists/);
  });
});

describe('kvalkod example', () => {
  it('is uncoded by default; --coded adds the passages it ships coded', () => {
    const dir = tempDir();
    const codings = (file: string) =>
      (JSON.parse(kvalkod(['docs', file, '--json'], dir).stdout) as { codings: number }[]).map(
        (d) => d.codings,
      );
    expect(kvalkod(['example', 'plain.kvalkod'], dir).code).toBe(0);
    expect(codings('plain.kvalkod').every((n) => n === 0)).toBe(true);
    expect(kvalkod(['example', 'coded.kvalkod', '--coded'], dir).code).toBe(0);
    const coded = codings('coded.kvalkod');
    expect(coded.every((n) => n > 0)).toBe(true);
    expect(coded.reduce((a, b) => a + b, 0)).toBe(25);
  });
});
