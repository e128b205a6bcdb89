// What the bar and trend charts share: which rows and columns of a table are drawn, their values,
// colours (the codes' own, else a colourblind-safe palette), round axis ticks, and text measured
// and wrapped without a browser, so that the SVG is a pure string made the same everywhere.
import { formatCount, formatPct } from '../tables/format';
import { tableNotes } from '../tables/layout';
import type { ComputedTable } from '../tables/types';
import { localizeTable, tableWords, type TableLanguage } from '../tables/words';
import { escapeXml } from '../xml-text';

export type ChartValue = 'count' | 'percent';

export interface ChartOptions {
  language: TableLanguage;
  value: ChartValue;
  /** Colours by series key (column key for bars, row key for trend lines), e.g. the codes' colours. */
  colors?: Readonly<Record<string, string>>;
  /** Keys of the columns to draw, in the table's order; all value columns when left out. */
  columns?: readonly string[];
}

export interface Chart {
  svg: string;
  width: number;
  height: number;
}

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
export const INK = '#1f2328';
export const MUTED = '#57606a';
export const GRID = '#e1e4e8';

/** Okabe & Ito's palette, distinguishable with every common colour vision deficiency. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A given colour when it is a plain hex colour (nothing else reaches the SVG), else the palette's. */
export function seriesColor(key: string, index: number, colors?: ChartOptions['colors']): string {
  const given = colors?.[key];
  if (given && HEX.test(given)) return given;
  return PALETTE[index % PALETTE.length] ?? '#000000';
}

export interface Series {
  key: string;
  label: string;
}

export interface ChartData {
  title: string;
  /** The rows drawn: areas, values of an attribute (never the total or "none" lines). */
  rows: (Series & { values: (number | null)[] })[];
  /** The columns drawn, in the table's order; values[i] belongs to columns[i]. */
  columns: Series[];
  /** "Antal (intervjuer)" or "% av kolumn": what the numbers are. */
  axisTitle: string;
  /** "Bas: n = 41 intervjuer.", as under the table. */
  base: string;
}

/** Whether the table has percents at all (the percent switch makes sense). */
export function hasPercents(table: ComputedTable): boolean {
  return table.percent !== 'none' && table.rows.some((r) => r.cells.some((c) => c.pct !== null));
}

export function chartData(computed: ComputedTable, options: ChartOptions): ChartData {
  const table = localizeTable(computed, options.language);
  const words = tableWords(options.language);
  const wanted = options.columns ? new Set(options.columns) : null;
  let indexes = table.columns.flatMap((c, i) =>
    table.columnKinds[i] === 'value' && (!wanted || wanted.has(c.key)) ? [i] : [],
  );
  // A one-way table has only its total column: draw that.
  if (indexes.length === 0 && !wanted)
    indexes = table.columns.flatMap((_, i) => (table.columnKinds[i] === 'total' ? [i] : []));
  const percent = options.value === 'percent';
  return {
    title: table.title,
    columns: indexes.map((i) => ({
      key: table.columns[i]?.key ?? '',
      label: table.columns[i]?.label ?? '',
    })),
    rows: table.rows.flatMap((row, r) =>
      table.rowKinds[r] === 'value'
        ? [
            {
              key: row.key,
              label: row.label,
              values: indexes.map((i) => {
                const cell = row.cells[i];
                if (!cell) return null;
                return percent ? cell.pct : cell.n;
              }),
            },
          ]
        : [],
    ),
    axisTitle: percent
      ? table.percent === 'column' || table.percent === 'row'
        ? words.percents[table.percent]
        : words.percent
      : `${words.count} (${words.units[table.unit]})`,
    base: tableNotes(computed, options.language)[0] ?? '',
  };
}

/** The value as the table prints it: "12" or "34,2". */
export function valueText(value: number, kind: ChartValue, language: TableLanguage): string {
  return kind === 'percent' ? formatPct(value, language) : formatCount(value, language);
}

/** The chart's title over `width`, at most two lines: its SVG and the height it takes. */
export function titleBlock(title: string, x: number, y: number, width: number) {
  const lines = wrapText(title, width, 15, 2);
  if (!lines.length) return { svg: '', height: 0 };
  const svg = textElement(lines, x, y + 13, 'font-size="15" font-weight="600"', 19);
  return { svg, height: lines.length * 19 };
}

/**
 * The value axis for the data: round ticks from 0, the top tick and the step between ticks. Counts
 * are whole units: their ticks never fall between two (no "0,5 intervjuer").
 */
export function valueAxis(data: ChartData, value: 'count' | 'percent') {
  const max = Math.max(0, ...data.rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const ticks = niceTicks(max, 5, value === 'count' ? 1 : 0);
  const top = ticks[ticks.length - 1] ?? 1;
  const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
  return { ticks, top, step };
}

/** Ticks from 0 at a round step (1, 2 or 5 times a power of ten, at least `minStep`), about `count` of them. */
export function niceTicks(max: number, count = 5, minStep = 0): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = Math.max(max / count, minStep);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const tick = Number((i * step).toPrecision(12));
    ticks.push(tick);
    if (tick >= max) break;
  }
  return ticks;
}

/** A tick as the table writes numbers: "10 000" or "12,5" in Swedish, "10,000" or "12.5" in English. */
export function tickText(value: number, step: number, language: TableLanguage): string {
  if (step >= 1) return formatCount(value, language);
  const decimals = Math.min(3, Math.ceil(-Math.log10(step)));
  const text = value.toFixed(decimals);
  return language === 'sv' ? text.replace('.', ',') : text;
}

// Advance widths as a share of the font size, on the wide side (DejaVu Sans, which Linux gives for
// system-ui, is wider than Segoe UI or San Francisco): a label measured too long wraps early, one
// measured too short would run into the bars.
const NARROW = /[iIjlft.,:;'|!()[\]\s]/;
const WIDE = /[mwMW@%]/;

export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.34;
    else if (WIDE.test(ch)) em += 0.92;
    else if (/[A-ZÅÄÖ0-9]/.test(ch)) em += 0.7;
    else em += 0.62;
  }
  return em * size;
}

/** Words wrapped into at most `maxLines` lines of `width`; what does not fit ends in "…". */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  const cut = lines.length > maxLines || kept.some((l) => textWidth(l, size) > width);
  if (cut && kept.length > 0) {
    let last = kept[kept.length - 1] ?? '';
    if (lines.length > maxLines) last = `${last} ${lines[maxLines] ?? ''}`;
    while (last.length > 1 && textWidth(`${last}…`, size) > width) last = last.slice(0, -1);
    kept[kept.length - 1] = `${last.trimEnd()}…`;
  }
  return kept;
}

/** A <text> of one or more lines (tspans), every piece escaped. */
export function textElement(
  lines: readonly string[],
  x: number,
  y: number,
  attributes: string,
  lineHeight: number,
): string {
  const spans = lines
    .map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<text x="${x}" y="${y}" ${attributes}>${spans}</text>`;
}

/** The root element: a white background, the title as the accessible name. */
export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img" font-family="${FONT}" fill="${INK}">` +
    `<title>${escapeXml(title)}</title><rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `${body}</svg>`
  );
}

/** Legend entries laid out in rows across `width`: each a swatch drawn by `swatch` and a label. */
export function legend(
  items: readonly { label: string; swatch: (x: number, y: number) => string }[],
  x0: number,
  y0: number,
  width: number,
): { svg: string; height: number } {
  const size = 12;
  const row = 20;
  let x = x0;
  let y = y0;
  const parts: string[] = [];
  for (const item of items) {
    const label = wrapText(item.label, Math.min(220, width - 20), size, 1)[0] ?? '';
    const w = 18 + textWidth(label, size) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += row;
    }
    parts.push(
      `<g>${label !== item.label ? `<title>${escapeXml(item.label)}</title>` : ''}${item.swatch(x, y)}` +
        textElement([label], x + 18, y + 10, `font-size="${size}"`, 0) +
        '</g>',
    );
    x += w;
  }
  return { svg: parts.join(''), height: items.length ? y - y0 + row : 0 };
}
