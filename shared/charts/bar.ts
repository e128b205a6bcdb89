// A horizontal bar chart of any computed table: one group of bars per row (areas, attribute values;
// not the total or "none" lines), one bar per column (e.g. Kommit längst and Störst behov side by
// side), counts or percents, with a legend, an axis with round ticks, the value at each bar's end and
// the base under the chart. Long row labels wrap to three lines and end in "…", the whole label in
// the group's <title>.
import type { ComputedTable } from '../tables/types';
import { escapeXml } from '../xml-text';
import {
  chartData,
  GRID,
  legend,
  MUTED,
  seriesColor,
  svgDocument,
  titleBlock,
  textElement,
  tickText,
  valueAxis,
  valueText,
  wrapText,
  type Chart,
  type ChartOptions,
} from './svg';

const WIDTH = 760;
const PAD = 16;
const LABEL_WIDTH = 236;
const LABEL_SIZE = 12;
const LINE = 14;
const GROUP_GAP = 12;
const BAR_GAP = 2;

function barHeight(series: number): number {
  if (series <= 2) return 16;
  if (series <= 4) return 12;
  return 8;
}

export function barChart(table: ComputedTable, options: ChartOptions): Chart {
  const data = chartData(table, options);
  const colors = data.columns.map((c, i) => seriesColor(c.key, i, options.colors));
  const parts: string[] = [];

  const title = titleBlock(data.title, PAD, PAD, WIDTH - 2 * PAD);
  parts.push(title.svg);
  let y = PAD + (title.height ? title.height + 8 : 0);
  if (data.columns.length > 1) {
    const entries = data.columns.map((c, i) => ({
      label: c.label,
      swatch: (x: number, sy: number) =>
        `<rect x="${x}" y="${sy}" width="12" height="12" fill="${colors[i] ?? ''}"/>`,
    }));
    const drawn = legend(entries, PAD + LABEL_WIDTH + 12, y, WIDTH - 2 * PAD - LABEL_WIDTH - 12);
    parts.push(drawn.svg);
    y += drawn.height + 6;
  }

  const x0 = PAD + LABEL_WIDTH + 12;
  const plotWidth = WIDTH - PAD - 56 - x0;
  const { ticks, top, step } = valueAxis(data, options.value);
  const scale = (v: number) => (top > 0 ? (v / top) * plotWidth : 0);
  const bar = barHeight(data.columns.length);
  const bars = data.columns.length * bar + Math.max(0, data.columns.length - 1) * BAR_GAP;

  const plotTop = y;
  const groups: string[] = [];
  for (const row of data.rows) {
    const lines = wrapText(row.label, LABEL_WIDTH, LABEL_SIZE, 3);
    const height = Math.max(bars, lines.length * LINE);
    const barsTop = y + (height - bars) / 2;
    const labelTop = y + (height - lines.length * LINE) / 2 + 11;
    const pieces = [
      `<title>${escapeXml(row.label)}</title>`,
      textElement(lines, PAD, labelTop, `font-size="${LABEL_SIZE}"`, LINE),
    ];
    row.values.forEach((value, i) => {
      if (value === null) return;
      const by = barsTop + i * (bar + BAR_GAP);
      const width = scale(value);
      const column = data.columns[i]?.label ?? '';
      const text = valueText(value, options.value, options.language);
      pieces.push(
        `<rect x="${x0}" y="${by}" width="${width.toFixed(2)}" height="${bar}" fill="${colors[i] ?? ''}" data-value="${value}">` +
          `<title>${escapeXml(`${row.label} – ${column}: ${text}`)}</title></rect>`,
      );
      // A zero needs no label: the empty bar says it, and 14 areas x 4 zeros would drown the chart.
      if (value !== 0)
        pieces.push(
          `<text x="${(x0 + width + 4).toFixed(2)}" y="${by + bar / 2 + 4}" font-size="11" fill="${MUTED}">${escapeXml(text)}</text>`,
        );
    });
    groups.push(`<g class="bar-group">${pieces.join('')}</g>`);
    y += height + GROUP_GAP;
  }
  const plotBottom = Math.max(plotTop + 10, y - GROUP_GAP / 2);

  // Grid and axis first, so that the bars are drawn over them.
  const axis: string[] = [];
  for (const tick of ticks) {
    const x = x0 + scale(tick);
    axis.push(
      `<line x1="${x}" y1="${plotTop}" x2="${x}" y2="${plotBottom}" stroke="${GRID}"/>`,
      `<text x="${x}" y="${plotBottom + 16}" font-size="11" text-anchor="middle" fill="${MUTED}">${escapeXml(tickText(tick, step, options.language))}</text>`,
    );
  }
  axis.push(
    `<line x1="${x0}" y1="${plotTop}" x2="${x0}" y2="${plotBottom}" stroke="${MUTED}"/>`,
    `<line x1="${x0}" y1="${plotBottom}" x2="${x0 + plotWidth}" y2="${plotBottom}" stroke="${MUTED}"/>`,
    `<text x="${x0 + plotWidth / 2}" y="${plotBottom + 34}" font-size="12" text-anchor="middle">${escapeXml(data.axisTitle)}</text>`,
  );
  const height = plotBottom + 62;
  const base = `<text x="${PAD}" y="${height - PAD}" font-size="11" fill="${MUTED}">${escapeXml(data.base)}</text>`;
  return {
    svg: svgDocument(
      WIDTH,
      height,
      data.title,
      parts.join('') + axis.join('') + groups.join('') + base,
    ),
    width: WIDTH,
    height,
  };
}
