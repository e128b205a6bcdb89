// The import's report of what it could not place, as messages the window words in its language.
// One kind of problem can occur thousands of times (every coding of a missing code): the first few
// are named, the rest counted in a line after the last one shown.
import { message, type Message } from '../../shared/messages';

const SHOWN_PER_KIND = 5;

export class Warnings {
  readonly #shown: Message[] = [];
  readonly #counts = new Map<string, number>();

  add(m: Message): void {
    const n = (this.#counts.get(m.code) ?? 0) + 1;
    this.#counts.set(m.code, n);
    if (n <= SHOWN_PER_KIND) this.#shown.push(m);
  }

  list(): Message[] {
    const seen = new Map<string, number>();
    return this.#shown.flatMap((m) => {
      const n = (seen.get(m.code) ?? 0) + 1;
      seen.set(m.code, n);
      const extra = (this.#counts.get(m.code) ?? 0) - SHOWN_PER_KIND;
      return n === SHOWN_PER_KIND && extra > 0 ? [m, message('refiMore', { count: extra })] : [m];
    });
  }
}
