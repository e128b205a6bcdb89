// Finds every occurrence of a set of exact strings ("forms": "Eva Bergström", "Evas",
// "070-123 45 67") in a text, whole words only, longest first, never overlapping. The scan counts
// with it and the copy replaces with it, so a count in the review list is what will be replaced.
// Forms are indexed by their first word, so a text is walked once whatever the number of forms.
import type { Edit } from './edits';

/** Letters, digits and combining marks make words; anything else separates them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export interface Form<T> {
  /** The exact string to find (case and all). */
  text: string;
  replacement: string;
  /** What the caller wants back with each match (the candidate it belongs to). */
  tag: T;
}

export interface Match<T> extends Edit {
  form: Form<T>;
}

interface Indexed<T> {
  form: Form<T>;
  /** Characters of the form before its first word ("+" of "+46 70…"). */
  lead: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

export class FormMatcher<T> {
  readonly #byFirstWord = new Map<string, Indexed<T>[]>();

  constructor(forms: Iterable<Form<T>>) {
    for (const form of forms) {
      const first = new RegExp(WORD.source, 'u').exec(form.text);
      if (!first || form.text.includes('\n')) continue;
      const list = this.#byFirstWord.get(first[0]) ?? [];
      list.push({ form, lead: first.index });
      this.#byFirstWord.set(first[0], list);
    }
    for (const list of this.#byFirstWord.values())
      list.sort((a, b) => b.form.text.length - a.form.text.length);
  }

  get size(): number {
    return this.#byFirstWord.size;
  }

  /** Occurrences in `text`, in order, none overlapping; the longest form wins at a position. */
  find(text: string): Match<T>[] {
    const out: Match<T>[] = [];
    if (this.#byFirstWord.size === 0) return out;
    const words = new RegExp(WORD.source, 'gu');
    let busyUntil = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      const list = this.#byFirstWord.get(m[0]);
      if (!list) continue;
      for (const { form, lead } of list) {
        const start = m.index - lead;
        const end = start + form.text.length;
        if (start < busyUntil || !text.startsWith(form.text, start)) continue;
        // Whole words only: "Eva" is not found in "Evalena", nor "070-12" in "070-123".
        if (lead === 0 && isWordChar(text[start - 1])) continue;
        if (isWordChar(form.text[form.text.length - 1]) && isWordChar(text[end])) continue;
        out.push({ start, end, text: form.replacement, form });
        busyUntil = end;
        words.lastIndex = end;
        break;
      }
    }
    return out;
  }
}
