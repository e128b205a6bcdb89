// `kvalkod refi export|import` in a child process: files valid against the schemas, the --json
// report contract, exit codes (0 with warnings, 1 when the file cannot be read), no overwriting.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectValid } from '../unit/refi/refi-fixture';
import { quirksQdpx } from '../unit/refi/quirks-fixture';
import { kvalkod, tempDir } from './cli-helper';

const REPORT_KEYS = ['cases', 'codes', 'documents', 'notes', 'segments', 'variables', 'warnings'];

describe('kvalkod refi', () => {
  const dir = tempDir();
  const project = join(dir, 'Studie.kvalkod');

  it('exports a project and its codebook, valid against the schemas', () => {
    expect(kvalkod(['example', project]).code).toBe(0);
    const coded = kvalkod([
      'code',
      project,
      '--doc',
      '1',
      '--start',
      '0',
      '--end',
      '40',
      '--code',
      '13',
      '--memo',
      'rad 1\nrad 2',
    ]);
    expect(coded.code).toBe(0);
    const run = kvalkod(['refi', 'export', project, join(dir, 'Studie.qdpx'), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(REPORT_KEYS);
    const info = JSON.parse(kvalkod(['info', project, '--json']).stdout) as {
      counts: { documents: number };
    };
    expect(report).toMatchObject({ documents: info.counts.documents, segments: 1, warnings: [] });
    expect(info.counts.documents).toBeGreaterThan(0);

    const qdc = kvalkod(['refi', 'export', project, join(dir, 'Studie.qdc')]);
    expect(qdc.code).toBe(0);
    expect(qdc.stdout).toMatch(/^Exported .*Studie\.qdc: 0 documents, 35 codes/);
    expectValid(readFileSync(join(dir, 'Studie.qdc')), 'Codebook.xsd');
  });

  it('imports a .qdpx as a new project and refuses to overwrite one', () => {
    const target = join(dir, 'Tillbaka.kvalkod');
    const run = kvalkod(['refi', 'import', join(dir, 'Studie.qdpx'), target, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ codes: 35, segments: 1, warnings: [] });
    const segments = JSON.parse(kvalkod(['segments', target, '--json']).stdout) as {
      memo: string;
    }[];
    expect(segments[0]?.memo).toBe('rad 1\nrad 2');

    const again = kvalkod(['refi', 'import', join(dir, 'Studie.qdpx'), target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('exits 0 with warnings, listing them, for a quirky file', () => {
    const file = join(dir, 'quirks.qdpx');
    writeFileSync(file, quirksQdpx());
    const run = kvalkod(['refi', 'import', file, join(dir, 'Quirks.kvalkod'), '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { warnings: string[] };
    expect(report.warnings.length).toBeGreaterThan(3);
    // The contract says text: the CLI words the report's messages in English.
    expect(report.warnings).toContain(
      '"Rapport.pdf" (PDF) was skipped: Kvalkod holds plain text only.',
    );
  });

  it('merges a .qdc into an existing project', () => {
    const other = join(dir, 'Annan.kvalkod');
    expect(kvalkod(['init', other, '--empty']).code).toBe(0);
    const run = kvalkod(['refi', 'import', join(dir, 'Studie.qdc'), other, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ codes: 35, documents: 0 });
    const codes = JSON.parse(kvalkod(['codes', other, '--json']).stdout) as {
      number: number | null;
    }[];
    expect(codes.filter((c) => c.number !== null)).toHaveLength(14);
  });

  it('exits 1 with a one-line message when the file cannot be read', () => {
    const bad = join(dir, 'trasig.qdpx');
    writeFileSync(bad, 'inte en zip');
    const run = kvalkod(['refi', 'import', bad, join(dir, 'Ny.kvalkod')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kvalkod: trasig\.qdpx cannot be read: .*\n$/);
    expect(existsSync(join(dir, 'Ny.kvalkod'))).toBe(false);
    expect(kvalkod(['refi', 'export', project, join(dir, 'x.zip')]).stderr).toMatch(
      /name a \.qdpx project or a \.qdc codebook/,
    );
  });
});
