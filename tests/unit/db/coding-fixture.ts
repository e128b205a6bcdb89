// A real project file in a temp folder with small transcripts (one turn per line), driven through
// the app's handler registry exactly as the window and the CLI drive it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Project } from '../../../db/project';
import { textHash } from '../../../db/integrity';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import type { Input, Method, Output } from '../../../shared/api/contract';
import type { Code } from '../../../shared/codebook/types';

export interface FixtureDoc {
  name: string;
  /** One paragraph per line; "Label: words" starts a turn (labels starting with "I" interview). */
  lines: string[];
  attributes?: Record<string, string[]>;
}

export const DOCS: FixtureDoc[] = [
  {
    name: 'Bergsjön HT2017 Chefer',
    lines: [
      'Intervjuare: Var har arbetet kommit längst?',
      'IP1: Introduktionen fungerar bra. Lönen är låg, men lon är inget ord.',
      'IP2: Kontorslandskapet är bullrigt! Kontorslandskap är inte bra för samtal.',
      'Ett stycke utan talare om kontorslandskapet.',
    ],
    attributes: { Grupp: ['Chefer'], Intervjuomgång: ['HT 2017'] },
  },
  {
    name: 'Angered VT2018 Medarbetare',
    lines: [
      'Intervjuare: Och behovet?',
      'IP1: Arbetsbelastningen är hög. Vi har kontorslandskap här också.',
      'IP2: Lön och lokaler, det är det vi pratar om. Löner är viktiga.',
    ],
    attributes: { Grupp: ['Medarbetare'], Intervjuomgång: ['VT 2018'] },
  },
];

function insertDoc(project: Project, doc: FixtureDoc): number {
  const text = doc.lines.join('\n');
  let at = 0;
  const paragraphs = doc.lines.map((line) => {
    const p = { start: at, end: at + line.length, kind: 'paragraph' as const };
    at += line.length + 1;
    return p;
  });
  const turns = doc.lines.flatMap((line, i) => {
    const m = /^(\w+): /u.exec(line);
    const p = paragraphs[i];
    return m?.[1] && p
      ? [{ start: p.start, labelEnd: p.start + m[0].length, end: p.end, speaker: m[1] }]
      : [];
  });
  const labels = [...new Set(turns.map((t) => t.speaker))];
  const id = project.documents.insert({
    name: doc.name,
    kind: 'transcript',
    text,
    textHash: textHash(text),
    words: 0,
    sourceName: `${doc.name}.docx`,
    sourceFormat: 'docx',
    paragraphs,
    speakers: labels.map((label) => ({
      label,
      role: label.startsWith('I') && !/^IP/.test(label) ? 'interviewer' : 'participant',
    })),
    turns,
  });
  const byName = new Map(project.attributes.list().map((a) => [a.name, a]));
  for (const [name, values] of Object.entries(doc.attributes ?? {})) {
    const attribute = byName.get(name);
    if (attribute) project.attributes.setValues(id, attribute, values);
  }
  return id;
}

export async function codingProject(docs: FixtureDoc[] = DOCS) {
  const path = join(mkdtempSync(join(tmpdir(), 'kvalkod-coding-')), 'p.kvalkod');
  const registry = createAppRegistry();
  const ctx = createContext('cli', { recent: noRecentStore });
  await registry.call('project.create', { path }, ctx);
  const project = () => {
    if (!ctx.session.project) throw new Error('no project open');
    return ctx.session.project;
  };
  const ids = project().db.transaction(() => docs.map((d) => insertDoc(project(), d)))();
  const call = <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> =>
    registry.call(method, input, ctx);
  const codes = () => project().codes.list();
  /** A code by area number or exact name. */
  const code = (ref: number | string): Code => {
    const found = codes().find((c) =>
      typeof ref === 'number' ? c.number === ref : c.name === ref,
    );
    if (!found) throw new Error(`no code ${ref}`);
    return found;
  };
  const text = (docIndex: number) => docs[docIndex]?.lines.join('\n') ?? '';
  return {
    path,
    ctx,
    call,
    project,
    codes,
    code,
    text,
    docId: (i: number) => ids[i] ?? 0,
    /** Offsets of the first occurrence of `needle` in document `docIndex`. */
    find(docIndex: number, needle: string, from = 0) {
      const start = text(docIndex).indexOf(needle, from);
      if (start < 0) throw new Error(`"${needle}" not in document ${docIndex}`);
      return { start, end: start + needle.length };
    },
    /** Codes the first occurrence of `needle` in document `docIndex` with codes by number or name. */
    async codePhrase(docIndex: number, needle: string, refs: (number | string)[]) {
      const at = text(docIndex).indexOf(needle);
      if (at < 0) throw new Error(`"${needle}" not in document ${docIndex}`);
      return call('segments.create', {
        documentId: ids[docIndex] ?? 0,
        start: at,
        end: at + needle.length,
        codeIds: refs.map((r) => code(r).id),
      });
    },
    async reopen() {
      await registry.call('project.close', {}, ctx);
      await registry.call('project.open', { path }, ctx);
    },
    close: () => registry.call('project.close', {}, ctx),
  };
}

export type CodingFixture = Awaited<ReturnType<typeof codingProject>>;
