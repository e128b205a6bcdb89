// A line chart over an ordered attribute such as Intervjuomgång: the table's columns are the points
// along the axis (HT 2016, VT 2017, ...), one line per row (area, theme), counts or percents. Lines
// past the palette's eight colours are dashed and marked with squares, so fourteen areas stay
// distinguishable; a missing value breaks its line rather than drawing through it.
import type { ComputedTable } from '../tables/types';
import { escapeXml } from '../xml-text';
import {
  chartData,
  GRID,
  MUTED,
  PALETTE,
  seriesColor,
  svgDocument,
  titleBlock,
  textElement,
  textWidth,
  tickText,
  valueAxis,
  valueText,
  wrapText,
  type Chart,
  type ChartOptions,
} from './svg';

const WIDTH = 760;
const PAD = 16;
const LEGEND_WIDTH = 230;
const PLOT_HEIGHT = 300;
const LEGEND_ROW = 18;

function marker(x: number, y: number, color: string, square: boolean): string {
  return square
    ? `<rect x="${(x - 3.5).toFixed(2)}" y="${(y - 3.5).toFixed(2)}" width="7" height="7" fill="${color}"/>`
    : `<circle cx="${x.toFixed(2)}" cy="${y.toFixed(2)}" r="3.5" fill="${color}"/>`;
}

export function trendChart(table: ComputedTable, options: ChartOptions): Chart {
  const data = chartData(table, options);
  const parts: string[] = [];
  const title = titleBlock(data.title, PAD, PAD, WIDTH - 2 * PAD);
  parts.push(title.svg);
  const y = PAD + (title.height ? title.height + 12 : 0);

  const { ticks, top, step } = valueAxis(data, options.value);
  const tickWidth = Math.max(
    ...ticks.map((t) => textWidth(tickText(t, step, options.language), 11)),
  );
  const x0 = PAD + 18 + tickWidth + 8;
  const x1 = WIDTH - PAD - LEGEND_WIDTH - 16;
  const plotTop = y + 6;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const count = data.columns.length;
  const stepX = count > 1 ? (x1 - x0 - 40) / (count - 1) : 0;
  const xAt = (i: number) => (count > 1 ? x0 + 20 + i * stepX : (x0 + x1) / 2);
  const yAt = (v: number) => plotBottom - (top > 0 ? (v / top) * PLOT_HEIGHT : 0);

  for (const tick of ticks) {
    const ty = yAt(tick);
    parts.push(
      `<line x1="${x0}" y1="${ty.toFixed(2)}" x2="${x1}" y2="${ty.toFixed(2)}" stroke="${GRID}"/>`,
      `<text x="${x0 - 6}" y="${(ty + 4).toFixed(2)}" font-size="11" text-anchor="end" fill="${MUTED}">${escapeXml(tickText(tick, step, options.language))}</text>`,
    );
  }
  parts.push(
    `<line x1="${x0}" y1="${plotTop}" x2="${x0}" y2="${plotBottom}" stroke="${MUTED}"/>`,
    `<line x1="${x0}" y1="${plotBottom}" x2="${x1}" y2="${plotBottom}" stroke="${MUTED}"/>`,
    `<text transform="translate(${PAD + 10} ${(plotTop + plotBottom) / 2}) rotate(-90)" font-size="12" text-anchor="middle">${escapeXml(data.axisTitle)}</text>`,
  );
  const columnWidth = count > 1 ? stepX - 4 : x1 - x0;
  let below = 0;
  data.columns.forEach((c, i) => {
    const lines = wrapText(c.label, Math.max(40, columnWidth), 11, 2);
    below = Math.max(below, lines.length);
    parts.push(
      `<line x1="${xAt(i)}" y1="${plotBottom}" x2="${xAt(i)}" y2="${plotBottom + 4}" stroke="${MUTED}"/>`,
      `<g><title>${escapeXml(c.label)}</title>${textElement(lines, xAt(i), plotBottom + 17, 'font-size="11" text-anchor="middle"', 13)}</g>`,
    );
  });

  const legendX = x1 + 24;
  data.rows.forEach((row, r) => {
    const color = seriesColor(row.key, r, options.colors);
    const dashed = r >= PALETTE.length;
    const dash = dashed ? ' stroke-dasharray="6 3"' : '';
    // Consecutive known values make one stretch of line; a gap starts a new one.
    const stretches: string[][] = [[]];
    const points: string[] = [];
    row.values.forEach((value, i) => {
      if (value === null) {
        stretches.push([]);
        return;
      }
      const px = xAt(i);
      const py = yAt(value);
      stretches[stretches.length - 1]?.push(`${px.toFixed(2)},${py.toFixed(2)}`);
      const text = valueText(value, options.value, options.language);
      const label = `${row.label}, ${data.columns[i]?.label ?? ''}: ${text}`;
      points.push(
        `<g class="point" data-value="${value}"><title>${escapeXml(label)}</title>${marker(px, py, color, dashed)}</g>`,
      );
    });
    const lines = stretches
      .filter((s) => s.length > 1)
      .map(
        (s) =>
          `<polyline points="${s.join(' ')}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`,
      );
    const ly = plotTop + r * LEGEND_ROW;
    const name = wrapText(row.label, LEGEND_WIDTH - 34, 12, 1);
    const legendEntry =
      `<g class="legend-entry"><title>${escapeXml(row.label)}</title>` +
      `<line x1="${legendX}" y1="${ly + 6}" x2="${legendX + 22}" y2="${ly + 6}" stroke="${color}" stroke-width="2"${dash}/>` +
      marker(legendX + 11, ly + 6, color, dashed) +
      textElement(name, legendX + 30, ly + 10, 'font-size="12"', 0) +
      '</g>';
    parts.push(`<g class="series">${lines.join('')}${points.join('')}${legendEntry}</g>`);
  });

  const legendBottom = plotTop + data.rows.length * LEGEND_ROW;
  const baseY = Math.max(plotBottom + 17 + below * 13 + 18, legendBottom + 18);
  parts.push(
    `<text x="${PAD}" y="${baseY}" font-size="11" fill="${MUTED}">${escapeXml(data.base)}</text>`,
  );
  const height = baseY + PAD;
  return { svg: svgDocument(WIDTH, height, data.title, parts.join('')), width: WIDTH, height };
}
