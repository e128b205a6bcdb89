import { describe, expect, it } from 'vitest';
import { niceTicks, PALETTE, seriesColor, tickText, wrapText } from '../../../shared/charts/svg';
import { trendChart } from '../../../shared/charts/trend';
import { BY_ROUND } from '../tables-export/fixtures';
import { findAll, parseSvg, textOf, type Node } from './parse-svg';

const series = (root: Node) => findAll(root, (n) => n.attributes.class === 'series');
const points = (n: Node) => findAll(n, (c) => c.attributes.class === 'point');
const centre = (point: Node) => {
  const mark = point.children.find((c) => c.name === 'circle' || c.name === 'rect');
  if (!mark) throw new Error('no marker');
  const a = mark.attributes;
  return mark.name === 'circle'
    ? { x: Number(a.cx), y: Number(a.cy) }
    : { x: Number(a.x) + 3.5, y: Number(a.y) + 3.5 };
};

describe('trendChart', () => {
  const root = parseSvg(trendChart(BY_ROUND, { language: 'sv', value: 'count' }).svg);

  it('draws one line per row over the rounds, in column order, without the totals', () => {
    expect(series(root)).toHaveLength(14);
    for (const s of series(root)) {
      expect(findAll(s, (n) => n.name === 'polyline')).toHaveLength(1);
      const xs = points(s).map((p) => centre(p).x);
      expect(xs).toHaveLength(5);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    }
    const labels = findAll(root, (n) => n.name === 'text').map(textOf);
    expect(labels).toEqual(expect.arrayContaining(['HT 2016', 'VT 2017', 'HT 2018']));
    expect(labels).not.toContain('Total');
  });

  it('puts each point at a height proportional to its value', () => {
    const all = series(root).flatMap(points);
    const values = all.map((p) => Number(p.attributes['data-value']));
    const ys = all.map((p) => centre(p).y);
    const zero = ys[values.indexOf(0)] ?? NaN;
    const maxValue = Math.max(...values);
    const perUnit = (zero - (ys[values.indexOf(maxValue)] ?? NaN)) / maxValue;
    expect(perUnit).toBeGreaterThan(0);
    all.forEach((_, i) => expect(ys[i]).toBeCloseTo(zero - (values[i] ?? 0) * perUnit, 1));
  });

  it('dashes the lines past the palette, and colours lines by row key when given', () => {
    const lines = series(root).map((s) => findAll(s, (n) => n.name === 'polyline')[0] as Node);
    expect(lines.slice(0, 8).every((l) => !('stroke-dasharray' in l.attributes))).toBe(true);
    expect(lines.slice(8).every((l) => l.attributes['stroke-dasharray'] === '6 3')).toBe(true);
    const colored = parseSvg(
      trendChart(BY_ROUND, { language: 'sv', value: 'count', colors: { '3': '#123456' } }).svg,
    );
    const third = findAll(series(colored)[2] as Node, (n) => n.name === 'polyline')[0];
    expect(third?.attributes.stroke).toBe('#123456');
  });

  it('breaks a line where a value is missing', () => {
    const gap = {
      ...BY_ROUND,
      rows: BY_ROUND.rows.map((r, i) =>
        i === 0 ? { ...r, cells: r.cells.map((c, j) => (j === 2 ? { ...c, pct: null } : c)) } : r,
      ),
    };
    const s = series(parseSvg(trendChart(gap, { language: 'en', value: 'percent' }).svg))[0];
    if (!s) throw new Error('no series');
    expect(points(s)).toHaveLength(4);
    expect(findAll(s, (n) => n.name === 'polyline')).toHaveLength(2);
  });

  it('shortens a long legend label and keeps it whole in <title>', () => {
    const entry = findAll(series(root)[2] as Node, (n) => n.attributes.class === 'legend-entry')[0];
    const title = entry?.children.find((c) => c.name === 'title');
    expect(textOf(title as Node)).toBe(BY_ROUND.rows[2]?.label);
    const shown = textOf(entry?.children.find((c) => c.name === 'text') as Node);
    expect(shown).toMatch(/^3\. Antal .*…$/);
  });
});

describe('chart helpers', () => {
  it.each([
    [0, [0, 1]],
    [7, [0, 2, 4, 6, 8]],
    [44.7, [0, 10, 20, 30, 40, 50]],
    [12_345, [0, 5000, 10_000, 15_000]],
    [0.3, [0, 0.1, 0.2, 0.3]],
  ])('ticks up to %s are %j', (max, ticks) => expect(niceTicks(max)).toEqual(ticks));

  it.each([
    [2, [0, 1, 2]],
    [3, [0, 1, 2, 3]],
    [0.5, [0, 1]],
    [7, [0, 2, 4, 6, 8]],
  ])('count ticks up to %s are whole units: %j', (max, ticks) =>
    expect(niceTicks(max, 5, 1)).toEqual(ticks),
  );

  it.each([
    [10_000, 5000, 'sv', '10\u00a0000'],
    [10_000, 5000, 'en', '10,000'],
    [0.2, 0.1, 'sv', '0,2'],
  ] as const)('tick %s (step %s) in %s is %j', (v, step, lang, text) =>
    expect(tickText(v, step, lang)).toBe(text),
  );

  it('wraps at words and cuts what does not fit with an ellipsis', () => {
    expect(wrapText('Lön', 100, 12, 2)).toEqual(['Lön']);
    const lines = wrapText('ett två tre fyra fem sex sju åtta nio tio elva tolv', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(wrapText('Överlångtordutanmellanrumsomintepassar', 60, 12, 1)[0]).toMatch(/…$/);
    expect(wrapText('', 60, 12, 2)).toEqual([]);
  });

  it('accepts only plain hex colours from outside', () => {
    expect(seriesColor('a', 0, { a: '#abc' })).toBe('#abc');
    expect(seriesColor('a', 1, { a: 'url(#x)' })).toBe(PALETTE[1]);
    expect(seriesColor('b', 9)).toBe(PALETTE[1]);
  });
});
