import { describe, expect, it } from 'vitest';
import { unusedColor } from '../../../../shared/codebook/colors';
import { AREA_COLORS, HANDLINGSPLANEN } from '../../../../shared/codebook/template';
import { colorDistance } from '../../../../shared/color';

describe('colorDistance', () => {
  it.each<[string, string, number, number]>([
    ['#000000', '#000000', 0, 0],
    ['#000000', '#FFFFFF', 99, 101],
    ['#EE6677', '#CC6677', 10, 16],
  ])('%s to %s is between %d and %d', (a, b, low, high) => {
    expect(colorDistance(a, b)).toBeGreaterThanOrEqual(low);
    expect(colorDistance(a, b)).toBeLessThanOrEqual(high);
  });
});

describe('the areas of the built-in codebook', () => {
  it('are told apart: no two area colours closer than ΔE 17 (2 and 13 were 15)', () => {
    const close: string[] = [];
    AREA_COLORS.forEach((a, i) =>
      AREA_COLORS.forEach((b, j) => {
        if (j > i && colorDistance(a, b) < 17) close.push(`${i + 1} and ${j + 1}`);
      }),
    );
    expect(close).toEqual([]);
  });
});

describe('unusedColor', () => {
  const template = HANDLINGSPLANEN.flatMap((g) => [g.color, ...g.codes.map((c) => c.color)]);

  it('never gives a colour a code already has, however many codes there are', () => {
    const used = [...template];
    for (let i = 0; i < 300; i++) {
      const next = unusedColor(used);
      expect(next).toMatch(/^#[0-9A-F]{6}$/);
      expect(used.map((c) => c.toUpperCase())).not.toContain(next);
      used.push(next);
    }
  });

  it('keeps clear of the codebook: the first new colour is far from every colour in it', () => {
    const next = unusedColor(template);
    expect(Math.min(...template.map((c) => colorDistance(c, next)))).toBeGreaterThan(12);
  });

  it('gives the first safe colour when nothing is taken', () => {
    expect(unusedColor([])).toBe('#4477AA');
  });
});
