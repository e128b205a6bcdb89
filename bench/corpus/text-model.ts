// The plain paragraph model of one synthetic transcript: heading, turns with speaker labels, the
// odd table. The .docx writer renders it, and benchmarks that need text without Word use it directly.
import { at, createRng, type Rng } from './prng';
import * as P from './phrases';
import {
  AREAS,
  DISTRICTS,
  FIRST_NAMES,
  GROUPS,
  ROLES,
  ROUNDS,
  SERVICE_AREAS,
  THEME_WORDS,
  TIMES,
  UNITS,
  interviewerLabel,
  participantLabels,
  roundLabel,
  type LabelStyle,
  type SpokenArea,
} from './vocabulary';

/**
 * One block of the document. `label` is set on the paragraph that opens a turn and is also the
 * start of its text; a paragraph without it continues the previous turn (or is preamble).
 * A soft line break inside a paragraph is a "\n" in `text`. A table row's `text` is its cells
 * joined by tabs, so word counts cover tables too.
 */
export type TranscriptParagraph =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; label?: string }
  | { kind: 'table-row'; text: string; cells: string[] };

export interface TranscriptMeta {
  district: string;
  /** File-name form, e.g. "HT2017". */
  round: string;
  group: string;
}

/** Words as the corpus counts them: runs of non-whitespace, labels and table cells included. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// Areas people tend to call furthest along or most in need in the real material; skewing towards
// them gives the benchmark tables the lopsided counts that real reports have.
const OFTEN_FURTHEST = [2, 8, 9, 11, 12];
const OFTEN_NEEDED = [3, 6, 7, 13];

const MANAGER_STYLES: LabelStyle[] = ['chef', 'chef', 'ip', 'name', 'deltagare', 'd', 'bracket'];
const STAFF_STYLES: LabelStyle[] = ['ip', 'deltagare', 'd', 'name', 'name', 'bracket'];

const areaByNumber = (n: number): SpokenArea => AREAS.find((a) => a.number === n) ?? at(AREAS, 0);
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Builds a transcript of about `words` words: never fewer, at most one turn's opening more. */
export function generateTranscriptText(
  seed: number,
  words: number,
  meta?: TranscriptMeta,
): TranscriptParagraph[] {
  const rng = createRng(seed);
  const m = meta ?? {
    district: rng.pick(DISTRICTS),
    round: rng.pick(ROUNDS),
    group: rng.pick(GROUPS),
  };
  const managers = m.group.startsWith('Chef');
  const style = rng.pick(managers ? MANAGER_STYLES : STAFF_STYLES);
  const interviewer = interviewerLabel(style, rng.chance(0.4));
  const people = rng.int(4, 10);
  const labels = participantLabels(style, rng.sample(FIRST_NAMES, people));
  // Some people talk much more than others; a fixed weight per speaker keeps that within a document.
  const weights = labels.map(() => 0.2 + rng.next() ** 2);
  const weightSum = weights.reduce((a, b) => a + b, 0);

  const out: TranscriptParagraph[] = [];
  let total = 0;
  const add = (p: TranscriptParagraph): void => {
    out.push(p);
    total += countWords(p.text);
  };
  const table = (rows: string[][]): void => {
    for (const cells of rows) add({ kind: 'table-row', text: cells.join('\t'), cells });
  };

  add({
    kind: 'heading',
    text: `Gruppintervju – ${m.district}, ${roundLabel(m.round)}, ${m.group}`,
  });
  add({
    kind: 'paragraph',
    text: `Transkribering av ljudinspelning, ${rng.int(70, 80)} minuter. ${people} deltagare och en intervjuare.`,
  });
  // A metadata table whose first cell looks like a speaker label ("Deltagare:"): importers must not
  // take it for a turn.
  if (rng.chance(0.5)) {
    table([
      ['Datum:', interviewDate(rng, m.round)],
      ['Deltagare:', String(people)],
      ['Verksamhetsområden:', rng.sample(SERVICE_AREAS, rng.int(1, 4)).join(', ')],
    ]);
  }
  let tableAt = rng.chance(0.5) ? Math.floor(words * (0.2 + 0.6 * rng.next())) : -1;

  let topic = rng.pick(AREAS);
  const fill = (template: string): string =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'area':
          return rng.pick(topic.forms);
        case 'kw':
          return rng.pick(topic.keywords);
        case 'num':
          return String(topic.number);
        case 'unit':
          return rng.pick(UNITS);
        case 'role':
          return rng.pick(ROLES);
        case 'time':
          return rng.pick(TIMES);
        case 'n':
          return String(rng.int(2, 9));
        case 'district':
          return m.district;
        case 'theme':
          return rng.pick(THEME_WORDS);
        default:
          throw new Error(`Unknown slot {${key}}`);
      }
    });
  // Re-picks once when the template equals the previous one: verbatim repeats next to each other
  // read as a bug in the transcript and would inflate phrase-search hits.
  let last = '';
  const fresh = (list: readonly string[]): string => {
    let t = rng.pick(list);
    if (t === last) t = rng.pick(list);
    last = t;
    return t;
  };
  const sentence = (): string => {
    const r = rng.next();
    if (r < 0.24) {
      // Furthest or need: sometimes move the topic to an area typically named so.
      const furthest = r < 0.12;
      if (rng.chance(0.4)) topic = areaByNumber(rng.pick(furthest ? OFTEN_FURTHEST : OFTEN_NEEDED));
      return fill(fresh(furthest ? P.FURTHEST : P.NEED));
    }
    if (r < 0.3) return fill(fresh(P.HARD));
    if (r < 0.6) return fill(fresh(P.DETAIL));
    if (r < 0.85) return fill(fresh(P.THEMES));
    return fresh(P.FILLERS);
  };

  // Adds one turn as 1-3 paragraphs, checking the budget after every sentence so that a small
  // target (500 words) is not overshot by a whole turn. A paragraph that is begun gets at least one
  // sentence, so every call while under budget makes progress.
  const turn = (
    label: string,
    sentences: () => string,
    paragraphs: number,
    perParagraph: () => number,
  ): void => {
    for (let p = 0; p < paragraphs && total < words; p++) {
      const parts: string[] = [];
      let n = 0;
      let budget = total + (p === 0 ? countWords(label) : 0);
      for (let s = perParagraph(); s > 0 && (n === 0 || budget < words); s--) {
        const text = sentences();
        parts.push(text);
        budget += countWords(text);
        n++;
      }
      if (n === 0) return;
      let body = parts.join(' ');
      // Now and then a soft line break (Shift+Enter in Word) between two sentences.
      if (parts.length > 1 && rng.chance(0.06))
        body = `${at(parts, 0)}\n${parts.slice(1).join(' ')}`;
      add(
        p === 0
          ? { kind: 'paragraph', text: `${label} ${body}`, label }
          : { kind: 'paragraph', text: body },
      );
    }
  };

  while (total < words) {
    if (tableAt >= 0 && total >= tableAt) {
      tableAt = -1;
      turn(
        interviewer,
        queue(['Här är sammanställningen från enkäten förra gången, så ni ser den.']),
        1,
        () => 1,
      );
      const rows = rng
        .sample(AREAS, rng.int(1, 2))
        .map((a) => [`${a.number}. ${a.short}`, String(rng.int(0, 9)), String(rng.int(0, 9))]);
      table([['Område', 'Kommit längst', 'Störst behov'], ...rows]);
    }
    topic = rng.pick(AREAS);
    const asks = [fill(rng.pick(P.QUESTIONS))];
    if (rng.chance(0.4)) asks.unshift(rng.pick(P.PROMPTS));
    if (rng.chance(0.15)) asks.push(fill(rng.pick(P.QUESTIONS)));
    turn(interviewer, queue(asks), 1, () => asks.length);
    for (let r = rng.int(1, 4); r > 0 && total < words; r--) {
      const label = weightedPick(rng, labels, weights, weightSum);
      if (rng.chance(0.12)) {
        turn(
          label,
          () => rng.pick(P.BACKCHANNELS),
          1,
          () => 1,
        );
        continue;
      }
      let first = true;
      const opened = (): string => {
        const s = sentence();
        const open = first && rng.chance(0.35);
        first = false;
        return open ? rng.pick(P.OPENERS) + lowerFirst(s) : s;
      };
      const long = rng.chance(0.2);
      turn(label, opened, long ? rng.int(2, 3) : 1, () => (long ? rng.int(2, 5) : rng.int(1, 6)));
    }
  }
  return out;
}

/** Hands out prepared sentences one by one, for turns whose text is fixed in advance. */
function queue(lines: readonly string[]): () => string {
  let i = 0;
  return () => lines[i++] ?? '';
}

function weightedPick(
  rng: Rng,
  items: readonly string[],
  weights: readonly number[],
  sum: number,
): string {
  let r = rng.next() * sum;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return items[i] ?? '';
  }
  return items[items.length - 1] ?? '';
}

/** A plausible interview date in the round's semester (October-November, or March-April). */
export function interviewDate(rng: Rng, round: string): string {
  const year = round.slice(2, 6);
  const month = round.startsWith('HT') ? rng.int(10, 11) : rng.int(3, 4);
  return `${year}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}
