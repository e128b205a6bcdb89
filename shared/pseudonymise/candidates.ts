// The scan: from a project's texts (as fields), its speakers and the researcher's saved decisions
// to the review list. Pattern identifiers and names are found, spellings of one identifier joined,
// never-propose words left out, own additions and merges applied, pseudonyms proposed, and every
// candidate counted with the same matcher the copy replaces with.
import { findPatternHits, ordinaryStreet } from './detect-patterns';
import { NameScanner, type SpeakerLabel } from './detect-names';
import { FormMatcher, type Form } from './matcher';
import {
  COORDINATION_PROPOSAL,
  FIXED_PROPOSALS,
  genitive,
  genitiveForm,
  Numbering,
} from './proposals';
import type { Context, Decision, Field, PseudoKind, ReviewCandidate } from './types';

export interface ScanInput {
  fields: readonly Field[];
  /** One entry per label; interviewer when the label is an interviewer in any document. */
  speakers: readonly SpeakerLabel[];
  /** Words of the project itself (code names, attribute names and values): never names. */
  projectWords: readonly string[];
  decisions: readonly Decision[];
  stopWords: readonly string[];
}

interface Draft {
  text: string;
  kind: PseudoKind;
  forms: string[];
  speaker: SpeakerLabel['role'] | null;
  coordination: boolean;
  added: boolean;
  merged: string[];
}

const CONTEXTS = 3;
const CONTEXT_CHARS = 45;

/** Each form of a candidate with what it becomes: a name's genitive becomes the pseudonym's. */
export function formReplacements(c: {
  kind: PseudoKind;
  forms: readonly string[];
  proposal: string;
}): { text: string; replacement: string }[] {
  const set = new Set(c.forms);
  return c.forms.map((text) => ({
    text,
    replacement:
      c.kind === 'name' && text.endsWith('s') && set.has(text.slice(0, -1))
        ? genitive(c.proposal)
        : c.proposal,
  }));
}

/** Called between pieces of work, so a long scan can report progress and let others run. */
export type Step = (done: number, total: number) => void | Promise<void>;
const STEP_EVERY = 16;

async function patternDrafts(
  fields: readonly Field[],
  scanner: NameScanner,
  step: (i: number) => Promise<void>,
): Promise<Draft[]> {
  const byKey = new Map<string, Draft>();
  for (const [i, f] of fields.entries()) {
    await step(i);
    for (const hit of findPatternHits(f.text)) {
      // "Handlingsplan 3" has a street's shape but is an ordinary word and a number.
      if (
        hit.kind === 'address' &&
        ordinaryStreet(hit.text, scanner.ordinary, scanner.writtenInLowercase)
      )
        continue;
      const d = byKey.get(hit.key);
      if (d) {
        if (!d.forms.includes(hit.text)) d.forms.push(hit.text);
        continue;
      }
      byKey.set(hit.key, {
        text: hit.text,
        kind: hit.kind,
        forms: [hit.text],
        speaker: null,
        coordination: hit.coordination === true,
        added: false,
        merged: [],
      });
    }
  }
  return [...byKey.values()];
}

async function nameDrafts(
  input: ScanInput,
  scanner: NameScanner,
  step: (i: number) => Promise<void>,
): Promise<Draft[]> {
  for (const [i, f] of input.fields.entries()) {
    await step(i);
    if (f.kind !== 'speaker') scanner.add(f.text);
  }
  return scanner.names(input.speakers).map((seed) => ({
    text: seed.text,
    kind: 'name',
    forms: seed.forms,
    speaker: seed.speaker,
    coordination: false,
    added: false,
    merged: [],
  }));
}

/**
 * One draft per text: a word both scans find ("Hamngatan", a street alone and a recurring capitalised
 * word) is the pattern's kind, with the name's forms ("Hamngatans") added. Two drafts of one text
 * would otherwise each take the other for a merge, and both would be lost.
 */
function oneDraftPerText(drafts: readonly Draft[]): Draft[] {
  const byText = new Map<string, Draft>();
  for (const d of drafts) {
    const seen = byText.get(d.text);
    if (!seen) byText.set(d.text, d);
    else {
      const [keep, other] = seen.kind === 'name' && d.kind !== 'name' ? [d, seen] : [seen, d];
      byText.set(d.text, { ...keep, forms: [...new Set([...keep.forms, ...other.forms])] });
    }
  }
  return [...byText.values()];
}

/** Applies own additions and merges; a merge chain (B into C into A) ends at A. */
function applyDecisions(drafts: Draft[], decisions: readonly Decision[]): Draft[] {
  const byText = new Map(drafts.map((d) => [d.text, d]));
  for (const d of decisions)
    if (d.added && !byText.has(d.text)) {
      const draft: Draft = {
        text: d.text,
        kind: d.kind,
        forms: [d.text],
        speaker: null,
        coordination: false,
        added: true,
        merged: [],
      };
      drafts.push(draft);
      byText.set(d.text, draft);
    }
  const into = new Map(decisions.filter((d) => d.mergedInto).map((d) => [d.text, d.mergedInto]));
  const root = (text: string): string => {
    const seen = new Set<string>();
    let t = text;
    while (into.has(t) && !seen.has(t) && byText.has(into.get(t) ?? '')) {
      seen.add(t);
      t = into.get(t) ?? t;
    }
    return t;
  };
  const gone = new Set<string>();
  for (const d of drafts) {
    const target = byText.get(root(d.text));
    if (!target || target === d) continue;
    target.forms.push(...d.forms);
    target.merged.push(d.text, ...d.merged);
    gone.add(d.text);
  }
  return drafts.filter((d) => !gone.has(d.text));
}

function kwic(text: string, start: number, end: number): Omit<Context, 'document' | 'field'> {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const line = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + line(text.slice(from, start)),
    match: text.slice(start, end),
    after: line(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}

export async function buildCandidates(
  input: ScanInput,
  onStep: Step = () => {},
): Promise<ReviewCandidate[]> {
  const n = input.fields.length;
  const at = (pass: number) => async (i: number) => {
    if (i % STEP_EVERY === 0) await onStep(pass * n + i, 3 * n);
  };
  const scanner = new NameScanner(
    new Set(input.projectWords.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{M}-]+/u))),
  );
  const names = await nameDrafts(input, scanner, at(0));
  const stop = new Set(input.stopWords.map((w) => w.toLowerCase()));
  let drafts = [...names, ...(await patternDrafts(input.fields, scanner, at(1)))]
    .filter((d) => !stop.has(d.text.toLowerCase()))
    .map((d) => ({ ...d, forms: d.forms.filter((f) => !stop.has(f.toLowerCase())) }));
  drafts = applyDecisions(oneDraftPerText(drafts), input.decisions);

  // A form belongs to one candidate: the first that claims it (its own text before anything else).
  const owner = new Map<string, Draft>(drafts.map((d) => [d.text, d]));
  for (const d of drafts) {
    const forms = new Set<string>();
    for (const f of d.forms) if ((owner.get(f) ?? d) === d) forms.add(f);
    if (d.kind === 'name')
      for (const f of [...forms]) {
        const g = genitiveForm(f);
        if (g && (owner.get(g) ?? d) === d) forms.add(g);
      }
    for (const f of forms) owner.set(f, d);
    d.forms = [...forms];
  }

  const decisions = new Map(input.decisions.map((d) => [d.text, d]));
  const numbering = new Numbering();
  for (const s of input.speakers) numbering.take(s.label);
  for (const d of input.decisions) if (d.replacement) numbering.take(d.replacement);
  const interviewers = drafts.filter((d) => d.speaker === 'interviewer').length;
  const proposalOf = (d: Draft): string => {
    if (d.kind !== 'name') return d.coordination ? COORDINATION_PROPOSAL : FIXED_PROPOSALS[d.kind];
    if (d.speaker === 'interviewer')
      return interviewers === 1 ? 'Intervjuare' : numbering.next('Intervjuare');
    return numbering.next(d.speaker ? 'Deltagare' : 'Person');
  };
  const auto = drafts.map(proposalOf);
  const proposals = drafts.map((d, i) => decisions.get(d.text)?.replacement ?? auto[i] ?? '');

  const matcher = new FormMatcher<number>(
    drafts.flatMap((d, i): Form<number>[] =>
      formReplacements({ ...d, proposal: proposals[i] ?? '' }).map((f) => ({ ...f, tag: i })),
    ),
  );
  const counts = drafts.map(() => 0);
  const docs = drafts.map(() => new Set<string>());
  const contexts: Context[][] = drafts.map(() => []);
  const counting = at(2);
  for (const [f, field] of input.fields.entries()) {
    await counting(f);
    for (const m of matcher.find(field.text)) {
      const i = m.form.tag;
      counts[i] = (counts[i] ?? 0) + 1;
      if (field.document !== null) docs[i]?.add(field.document);
      const list = contexts[i];
      if (list && list.length < CONTEXTS)
        list.push({
          document: field.document,
          field: field.kind,
          ...kwic(field.text, m.start, m.end),
        });
    }
  }
  await onStep(3 * n, 3 * n);

  return drafts.flatMap((d, i): ReviewCandidate[] => {
    if (!d.added && counts[i] === 0) return [];
    const decision = decisions.get(d.text);
    return [
      {
        text: d.text,
        kind: decision?.kind ?? d.kind,
        count: counts[i] ?? 0,
        documents: [...(docs[i] ?? [])].sort((a, b) => a.localeCompare(b, 'sv')),
        proposal: proposals[i] ?? '',
        forms: d.forms,
        status: decision?.status ?? 'pending',
        edited: Boolean(decision?.replacement),
        autoProposal: auto[i] ?? '',
        speaker: d.speaker !== null,
        added: d.added,
        merged: d.merged,
        contexts: contexts[i] ?? [],
      },
    ];
  });
}
