// The colour a new code gets: never one a code already has, and as far from all of them as the
// candidates allow, so that passages stay tellable apart in the margin. Candidates: Paul Tol's
// colour-blind-safe schemes and Okabe–Ito first, then hues around the wheel at two lightnesses.
import { colorDistance } from '../color';

const SAFE = [
  '#4477AA',
  '#66CCEE',
  '#228833',
  '#CCBB44',
  '#EE6677',
  '#AA3377',
  '#BBBBBB',
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#EE7733',
  '#0077BB',
  '#33BBEE',
  '#EE3377',
  '#CC3311',
  '#009988',
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
];

function hsl(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  const hex = (v: number) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`.toUpperCase();
}

const WHEEL = [0.4, 0.6].flatMap((l) => Array.from({ length: 36 }, (_, i) => hsl(i * 10, 0.6, l)));
const CANDIDATES = [...SAFE, ...WHEEL];

/** A colour no code has, as far as possible from those `used` ('#RRGGBB'). */
export function unusedColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  let best: string | null = null;
  let bestDistance = -1;
  for (const c of CANDIDATES) {
    if (taken.has(c)) continue;
    const nearest = Math.min(Infinity, ...[...taken].map((u) => colorDistance(c, u)));
    if (nearest > bestDistance) {
      best = c;
      bestDistance = nearest;
    }
  }
  if (best !== null) return best;
  // Every candidate taken (a codebook of hundreds): step through the wheel more finely.
  for (let h = 0; ; h++) {
    const c = hsl(h % 360, 0.5, 0.3 + ((Math.floor(h / 360) * 0.07) % 0.5));
    if (!taken.has(c)) return c;
  }
}
