// Proposed pseudonyms and the forms a replacement takes. The same person is "Person 1" everywhere;
// speakers become "Deltagare 1"... (interviewers "Intervjuare"); numbers the researcher has
// already given (or that the texts already use as labels) are skipped, so that accepted pseudonyms
// never change when more material is scanned.
import type { PseudoKind } from './types';

export const FIXED_PROPOSALS: Record<Exclude<PseudoKind, 'name'>, string> = {
  personnummer: '[personnummer]',
  phone: '[telefon]',
  email: '[e-post]',
  address: '[adress]',
  other: '[borttaget]',
};
export const COORDINATION_PROPOSAL = '[samordningsnummer]';

/**
 * The Swedish genitive of a name or pseudonym: "Eva" -> "Evas", "Lars" -> "Lars",
 * "Person 1" -> "Person 1:s" (a colon after a digit or an abbreviation in capitals).
 */
export function genitive(word: string): string {
  if (/[sxz]$/i.test(word)) return word;
  if (/[\d\])]$/.test(word) || /(?:^|\s)\p{Lu}{2,}$/u.test(word)) return `${word}:s`;
  return `${word}s`;
}

/** The genitive spelling of a name form when the form is a name's nominative, else null. */
export function genitiveForm(form: string): string | null {
  return /\p{L}$/u.test(form) && !/[sxz]$/i.test(form) ? `${form}s` : null;
}

/** Hands out "Person 1", "Person 2"... skipping numbers already taken. */
export class Numbering {
  readonly #taken = new Map<string, Set<number>>();
  readonly #next = new Map<string, number>();

  /** Marks "Deltagare 3" (or any "<prefix> <n>") as taken. */
  take(label: string): void {
    const m = /^(.+?) (\d+)$/.exec(label.trim());
    if (!m?.[1] || !m[2]) return;
    const set = this.#taken.get(m[1]) ?? new Set<number>();
    set.add(Number(m[2]));
    this.#taken.set(m[1], set);
  }

  next(prefix: string): string {
    const taken = this.#taken.get(prefix) ?? new Set<number>();
    let n = this.#next.get(prefix) ?? 1;
    while (taken.has(n)) n++;
    this.#next.set(prefix, n + 1);
    return `${prefix} ${n}`;
  }
}
