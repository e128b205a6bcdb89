// Names in running text: capitalised words that recur, are found inside a sentence (not only at its
// start, where every word is capitalised) and are not ordinary words; runs of such words ("Eva
// Bergström") as full names; and speaker labels that are names ("Anna:"). A common first name or
// surname (swedish-words.ts) counts from one mention inside a sentence. Genitives ("Evas",
// "Bergströms") are forms of their name, never names of their own.
import { FIRST_NAMES, NOT_PERSONS, ORDINARY, SURNAMES } from './swedish-words';

/** A word that may be a name: capitalised, hyphenated parts capitalised too ("Anna-Karin"). */
const NAME_TOKEN = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
const TOKEN = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
/** Skipped when looking back for the end of the previous sentence. */
const OPENERS = /[\s"'”“«»([–—-]/u;
const ENDERS = /[.!?:;…\])]/u;

export interface NameSeed {
  /** "Eva Bergström", "Anna", or a speaker label as written. */
  text: string;
  /** The seed's own spellings (the text, its genitive as found, parts linked to it). */
  forms: string[];
  /** Set when the name is a speaker label; the role decides the proposal. */
  speaker: 'interviewer' | 'participant' | null;
}

export interface SpeakerLabel {
  label: string;
  role: 'interviewer' | 'participant';
}

interface Stat {
  caps: number;
  mid: number;
  order: number;
}

/** Whether position `i` starts a sentence, a line or a turn (so a capital there proves nothing). */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.test(text[j] ?? '')) {
    if (text[j] === '\n') return true;
    j--;
  }
  return j < 0 || ENDERS.test(text[j] ?? '');
}

const lower = (s: string) => s.toLowerCase();
const known = (s: string) =>
  lower(s)
    .split('-')
    .every((p) => FIRST_NAMES.has(p) || SURNAMES.has(p));

/** Speaker labels that only number or describe people ("IP1", "Deltagare 3", "Chef A", "I"). */
const GENERIC_LABEL =
  /^(?:i|int|intervjuaren?|interviewer|moderatorn?|ip|d|deltagare|participant|(?:enhets)?chef|person|respondent|informant|r|p|k|m|kvinna|man|alla|flera|någon|okänd|unknown)(?:\s?(?:\d+|\p{Lu}))?$/iu;

export function isNameLabel(label: string, ordinary: (w: string) => boolean): boolean {
  if (GENERIC_LABEL.test(label) || /\d/.test(label)) return false;
  const words = label.replace(/\.$/, '').split(' ');
  const first = words[0] ?? '';
  // A common name is a name though it is also a word ("Hans", "Lund").
  if (!/^\p{Lu}/u.test(first) || (ordinary(first) && !known(first))) return false;
  return words.every((w) => /^\p{Lu}(?:[\p{L}\p{M}-]*|\.)?$/u.test(w));
}

/**
 * Whether a word is part of an e-mail or web address ("zlatko" in "zlatko@exempel.se"): such a
 * lowercase spelling says nothing about whether the capitalised word is an ordinary word.
 */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (
    before === '@' ||
    before === '.' ||
    before === '/' ||
    after === '@' ||
    (after === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? ''))
  );
}

export class NameScanner {
  readonly #stats = new Map<string, Stat>();
  readonly #lowerCounts = new Map<string, number>();
  /** Runs of two or three name-like words: text -> count. */
  readonly #runs = new Map<string, { count: number; order: number; words: string[] }>();
  #order = 0;

  constructor(private readonly extraOrdinary: ReadonlySet<string> = new Set()) {}

  ordinary = (word: string): boolean => {
    const w = lower(word);
    return ORDINARY.has(w) || NOT_PERSONS.has(w) || this.extraOrdinary.has(w);
  };

  /** Whether the texts read so far hold `word` in lowercase ("vårdplan" for "Vårdplan"). */
  writtenInLowercase = (word: string): boolean => this.#lowerCounts.has(lower(word));

  /** Reads one text (a transcript, a memo, a value). */
  add(text: string): void {
    const re = new RegExp(TOKEN.source, 'gu');
    let run: { words: string[]; end: number } | null = null;
    const closeRun = () => {
      // "Och Gunnel Åkesson": a sentence's first word is no part of the name that follows it.
      while (run && run.words.length > 0 && !this.#fits(run.words[0] ?? '')) run.words.shift();
      if (run && run.words.length >= 2 && run.words.length <= 3) {
        const key = run.words.join(' ');
        const r = this.#runs.get(key) ?? { count: 0, order: this.#order++, words: run.words };
        r.count++;
        this.#runs.set(key, r);
      }
      run = null;
    };
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const word = m[0];
      if (!NAME_TOKEN.test(word)) {
        closeRun();
        if (word === lower(word) && !inAddress(text, m.index, m.index + word.length))
          this.#lowerCounts.set(word, (this.#lowerCounts.get(word) ?? 0) + 1);
        continue;
      }
      const start = atSentenceStart(text, m.index);
      const s = this.#stats.get(word) ?? { caps: 0, mid: 0, order: this.#order++ };
      s.caps++;
      // A common name addressed at a sentence's start ("Eva, vad tycker du?") is a name there too.
      if (!start || (text[m.index + word.length] === ',' && known(word))) s.mid++;
      this.#stats.set(word, s);
      const current = run;
      if (current && current.end + 1 === m.index && text[current.end] === ' ') {
        current.words.push(word);
        current.end = m.index + word.length;
      } else {
        closeRun();
        run = { words: [word], end: m.index + word.length };
      }
    }
    closeRun();
  }

  #stat(word: string): Stat {
    return this.#stats.get(word) ?? { caps: 0, mid: 0, order: Number.MAX_SAFE_INTEGER };
  }

  /**
   * The genitive's base when `word` is one ("Evas" -> "Eva"), else null. A common name is a name of
   * its own ("Andreas" is not Andrea's), and nothing is the genitive of an ordinary word ("Hans" is
   * not the pronoun "Han"'s).
   */
  #genitiveBase(word: string): string | null {
    if (!word.endsWith('s') || word.length < 4 || known(word)) return null;
    const base = word.slice(0, -1);
    if (this.ordinary(base) && !known(base)) return null;
    return this.#stats.has(base) || known(base) ? base : null;
  }

  #isName(word: string): boolean {
    const s = this.#stat(word);
    if (s.mid === 0) return false;
    if (known(word)) return true;
    if (this.ordinary(word)) return false;
    return s.caps >= 2 && (this.#lowerCounts.get(lower(word)) ?? 0) < s.mid;
  }

  #fits(word: string): boolean {
    return known(word) || !this.ordinary(word);
  }

  /** The names found, speakers first, then in order of first appearance. */
  names(speakers: readonly SpeakerLabel[]): NameSeed[] {
    const seeds = new Map<string, NameSeed & { order: number }>();
    const order = (w: string) => this.#stat(w).order;
    // Singles, with their genitives folded in.
    for (const [word, s] of this.#stats) {
      const base = this.#genitiveBase(word);
      if (base === null) continue;
      const b = this.#stats.get(base) ?? { caps: 0, mid: 0, order: s.order };
      b.caps += s.caps;
      b.mid += s.mid;
      b.order = Math.min(b.order, s.order);
      this.#stats.set(base, b);
    }
    const genitives = new Map<string, string>();
    for (const word of this.#stats.keys()) {
      const base = this.#genitiveBase(word);
      if (base !== null) genitives.set(base, word);
    }
    const formsOf = (w: string) => [w, ...(genitives.has(w) ? [genitives.get(w) ?? ''] : [])];

    // A run and its genitive ("Gunnel Åkesson", "Gunnel Åkessons") recur together.
    const recurs = (text: string, r: { count: number }) =>
      r.count + (this.#runs.get(`${text}s`)?.count ?? 0) >= 2 ||
      (text.endsWith('s') && r.count + (this.#runs.get(text.slice(0, -1))?.count ?? 0) >= 2);
    const full = [...this.#runs.entries()].filter(
      ([text, r]) =>
        r.words.every((w) => this.#fits(w)) &&
        (r.words.some((w) => known(w)) || recurs(text, r)) &&
        !r.words.every((w) => SURNAMES.has(lower(w)) && !FIRST_NAMES.has(lower(w))),
    );
    // A genitive run ("Eva Bergströms") belongs to its base run when that occurs too.
    const fullTexts = new Set(full.map(([t]) => t));
    const partOwners = new Map<string, string[]>();
    for (const [text, r] of full) {
      if (text.endsWith('s') && fullTexts.has(text.slice(0, -1))) continue;
      for (const w of r.words) partOwners.set(w, [...(partOwners.get(w) ?? []), text]);
    }
    const speakerLabels = new Set(speakers.map((s) => s.label));
    for (const [text, r] of full) {
      const base =
        text.endsWith('s') && fullTexts.has(text.slice(0, -1)) ? text.slice(0, -1) : null;
      if (base !== null) continue;
      const forms = [text];
      if (fullTexts.has(`${text}s`)) forms.push(`${text}s`);
      // A part names this person when no other full name has it and it is no speaker's label.
      for (const w of r.words)
        if (partOwners.get(w)?.length === 1 && !speakerLabels.has(w) && this.#fits(w))
          forms.push(...formsOf(w));
      seeds.set(text, { text, forms, speaker: null, order: r.order });
    }
    const absorbed = new Set([...seeds.values()].flatMap((s) => s.forms));
    for (const word of this.#stats.keys()) {
      if (absorbed.has(word) || this.#genitiveBase(word) !== null || !this.#isName(word)) continue;
      seeds.set(word, { text: word, forms: formsOf(word), speaker: null, order: order(word) });
    }
    // Speakers come first, whatever the text says about them.
    const out: NameSeed[] = [];
    for (const s of speakers) {
      if (!isNameLabel(s.label, this.ordinary)) continue;
      const found = seeds.get(s.label);
      seeds.delete(s.label);
      const forms = found?.forms ?? [s.label, ...(genitives.has(s.label) ? [`${s.label}s`] : [])];
      out.push({ text: s.label, forms, speaker: s.role });
    }
    const rest = [...seeds.values()].sort((a, b) => a.order - b.order);
    return [...out, ...rest.map(({ text, forms, speaker }) => ({ text, forms, speaker }))];
  }
}
