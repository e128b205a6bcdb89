// The import's report of what it could not place. One kind of problem can occur thousands of times
// (every coding of a missing code): the first few are named, the rest counted.
const SHOWN_PER_KIND = 5;

export class Warnings {
  readonly #shown: string[] = [];
  readonly #counts = new Map<string, number>();
  readonly #kinds: string[] = [];

  add(kind: string, message: string): void {
    const n = (this.#counts.get(kind) ?? 0) + 1;
    this.#counts.set(kind, n);
    if (n === 1) this.#kinds.push(kind);
    if (n <= SHOWN_PER_KIND) this.#shown.push(message);
  }

  list(): string[] {
    const more = this.#kinds.flatMap((k) => {
      const extra = (this.#counts.get(k) ?? 0) - SHOWN_PER_KIND;
      return extra > 0 ? [`…and ${extra} more like this (${k}).`] : [];
    });
    return [...this.#shown, ...more];
  }
}
