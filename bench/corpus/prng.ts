// Seeded pseudo-random numbers for the benchmark corpus. Math.random cannot be seeded, and the
// benchmarks must see byte-identical text on every run so that timings compare like with like.

/** A generator of floats in [0, 1) with a few helpers for picking vocabulary. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** `count` distinct elements in random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * mulberry32: 32 bits of state, fast, and good enough for choosing words. Chosen over a
 * cryptographic generator because speed matters (millions of draws per corpus) and quality does not.
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    return at(items, Math.floor(next() * items.length));
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    // Partial Fisher-Yates on a copy: the caller's list stays untouched.
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, chance: (p) => next() < p, sample };
}

/**
 * Derives an independent seed for item `index` from a base seed (a murmur3 finaliser), so that
 * document 17 has the same text whether the corpus holds 3 documents or 144.
 */
export function deriveSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** `items[i]`, failing loudly on a bad index instead of passing `undefined` on. */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`Index ${i} outside a list of ${items.length}`);
  return item;
}
