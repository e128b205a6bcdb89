import { describe, expect, it } from 'vitest';
import { barChart } from '../../../shared/charts/bar';
import { PALETTE } from '../../../shared/charts/svg';
import { CROSS, ONE_WAY, RANKED } from '../tables-export/fixtures';
import { findAll, parseSvg, textOf, type Node } from './parse-svg';

const bars = (root: Node) =>
  findAll(root, (n) => n.name === 'rect' && 'data-value' in n.attributes);
const width = (n: Node) => Number(n.attributes.width);
const texts = (root: Node) => findAll(root, (n) => n.name === 'text').map(textOf);

describe('barChart', () => {
  it('leaves zero bars unlabelled and counts on a whole-unit axis', () => {
    const zero = {
      ...CROSS,
      rows: CROSS.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c) => ({ n: c.n > 2 ? 0 : c.n, pct: null })),
      })),
    };
    const root = parseSvg(barChart(zero, { language: 'sv', value: 'count' }).svg);
    const labels = texts(root);
    expect(labels).toContain('2');
    expect(labels).not.toContain('0,5');
    // The axis starts at 0; no bar carries a "0" of its own.
    expect(labels.filter((t) => t === '0')).toHaveLength(1);
  });

  it('draws one bar per value row and value column, not the total or "none" lines', () => {
    const root = parseSvg(barChart(CROSS, { language: 'sv', value: 'count' }).svg);
    const drawn = bars(root);
    // Three areas x (Kommit längst, Störst behov); "Inte kodad", Total row and Total column left out.
    expect(drawn).toHaveLength(3 * 2);
    expect(drawn.map((b) => Number(b.attributes['data-value']))).toEqual([12, 3, 2, 17, 5, 9]);
    expect(findAll(root, (n) => n.attributes.class === 'bar-group')).toHaveLength(3);
  });

  it.each(['count', 'percent'] as const)('makes bar lengths proportional to the %s', (value) => {
    const drawn = bars(parseSvg(barChart(RANKED, { language: 'sv', value }).svg));
    const cells = RANKED.rows
      .filter((_, i) => RANKED.rowKinds[i] === 'value')
      .flatMap((r) => [0, 1, 2, 4].map((c) => r.cells[c]))
      .map((c) => (value === 'count' ? c?.n : c?.pct) ?? 0);
    expect(drawn).toHaveLength(14 * 4);
    const largest = Math.max(...cells);
    const ratio = width(drawn[cells.indexOf(largest)] as Node) / largest;
    drawn.forEach((bar, i) => expect(width(bar)).toBeCloseTo((cells[i] ?? 0) * ratio, 1));
    expect(ratio).toBeGreaterThan(0);
  });

  it('labels each bar with its value in the language, and the axis with round ticks', () => {
    const sv = texts(parseSvg(barChart(CROSS, { language: 'sv', value: 'percent' }).svg));
    expect(sv).toEqual(expect.arrayContaining(['31,6', '44,7', '0', '10', '50', '% av kolumn']));
    const en = texts(parseSvg(barChart(ONE_WAY, { language: 'en', value: 'count' }).svg));
    expect(en).toEqual(
      expect.arrayContaining([
        '12,345',
        '15,000',
        'Count (passages)',
        'Base: n = 12,352 passages.',
      ]),
    );
  });

  it('uses the codes’ colours when given, the palette otherwise, and only plain hex colours', () => {
    const colored = bars(
      parseSvg(
        barChart(CROSS, {
          language: 'sv',
          value: 'count',
          colors: { 'Kommit längst': '#2e7d32', 'Störst behov': 'red"/><script>x</script>' },
        }).svg,
      ),
    );
    expect(colored.map((b) => b.attributes.fill).slice(0, 2)).toEqual(['#2e7d32', PALETTE[1]]);
  });

  it('draws only the columns asked for', () => {
    const drawn = bars(
      parseSvg(barChart(RANKED, { language: 'sv', value: 'count', columns: ['1', 'share'] }).svg),
    );
    expect(drawn).toHaveLength(14 * 2);
  });

  it('escapes every label and shortens long ones, keeping the whole label in <title>', () => {
    const svg = barChart(CROSS, { language: 'sv', value: 'count' }).svg;
    const root = parseSvg(svg);
    expect(findAll(root, (n) => n.name === 'b' || n.name === 'script')).toHaveLength(0);
    const groups = findAll(root, (n) => n.attributes.class === 'bar-group');
    const titles = groups.map((g) => textOf(g.children.find((c) => c.name === 'title') as Node));
    expect(titles).toEqual(CROSS.rows.slice(0, 3).map((r) => r.label));
    const long = groups[1]?.children.find((c) => c.name === 'text');
    const shown = long?.children.map(textOf) ?? [];
    expect(shown.length).toBeLessThanOrEqual(3);
    expect(shown.at(-1)).toMatch(/…$/);
    expect(textOf(root.children.find((c) => c.name === 'title') as Node)).toBe(CROSS.title);
  });

  it('grows with the number of rows and keeps its width', () => {
    const small = barChart(CROSS, { language: 'sv', value: 'count' });
    const big = barChart(RANKED, { language: 'sv', value: 'count' });
    expect(small.width).toBe(big.width);
    expect(big.height).toBeGreaterThan(small.height * 2);
    const root = parseSvg(big.svg);
    expect(root.attributes.viewBox).toBe(`0 0 ${big.width} ${big.height}`);
    expect(root.attributes['font-family']).toMatch(/^system-ui/);
  });
});
