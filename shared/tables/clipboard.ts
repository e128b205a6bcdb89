// A computed table for the clipboard: HTML that Word and Excel paste as a real table (caption, two
// header rows, numbers right-aligned, base and notes under it), and tab-separated text for anything
// that only takes plain text. Pure, so both are tested without a browser.
import { escapeXml } from '../xml-text';
import { leafPlain, leafText, tableLayout, type TableLayout } from './layout';
import type { ComputedTable, LineKind } from './types';
import type { TableLanguage } from './words';

const FONT = "font-family:Calibri,'Segoe UI',system-ui,sans-serif;font-size:10pt";
const RULE = '1px solid #000';
const CELL = 'padding:2pt 6pt';
// Headings sit on the rule under them; numbers on the first line of a wrapped label.
const HEAD = `${CELL};vertical-align:bottom`;
const BODY = `${CELL};vertical-align:top`;
// Word reads rules from the cells, not from the <table>: the top rule on the first header row,
// the bottom rule on the last row.
const TOP = `border-top:${RULE}`;

/** Totals in bold over a rule, as in the Word export; a "none" row has only its label in italics. */
function rowStyle(kind: LineKind | undefined): string {
  return kind === 'total' ? `font-weight:bold;border-top:${RULE}` : '';
}

function headerHtml(layout: TableLayout): string {
  const rows = (layout.split ? 2 : 1) + (layout.blocks ? 1 : 0);
  const corner = `<th rowspan="${rows}" style="${HEAD};text-align:left;${TOP};border-bottom:${RULE}">${escapeXml(layout.corner)}</th>`;
  // A split table's block headings ("Chefer (n = 3)") on a row above, each ruled under.
  const blocks = layout.blocks
    ? `<tr>${corner}${layout.blocks
        .map(
          (b) =>
            `<th colspan="${b.span}" style="${HEAD};text-align:center;${TOP};border-bottom:${RULE}">${escapeXml(b.label)}</th>`,
        )
        .join('')}</tr>`
    : '';
  const lead = layout.blocks ? '' : corner;
  const top = layout.blocks ? '' : `;${TOP}`;
  if (!layout.split) {
    const labels = layout.leaves.map(
      (l) =>
        `<th style="${HEAD};text-align:right${top};border-bottom:${RULE}">${escapeXml(l.label)}</th>`,
    );
    return `${blocks}<tr>${lead}${labels.join('')}</tr>`;
  }
  // The first row names each column once over its sub-columns; the second says Antal / Procent.
  const spans: string[] = [];
  layout.leaves.forEach((leaf, i) => {
    if (i > 0 && layout.leaves[i - 1]?.column === leaf.column) return;
    const span = layout.leaves.filter((l) => l.column === leaf.column).length;
    spans.push(
      `<th colspan="${span}" style="${HEAD};text-align:center${top}">${escapeXml(leaf.label)}</th>`,
    );
  });
  const subs = layout.leaves.map(
    (l) => `<th style="${HEAD};text-align:right;border-bottom:${RULE}">${escapeXml(l.sub)}</th>`,
  );
  return `${blocks}<tr>${lead}${spans.join('')}</tr><tr>${subs.join('')}</tr>`;
}

/**
 * A <table> with a caption. Styles sit on the cells, where Word reads borders and weight; counts
 * carry Excel's x:num so that a grouped count ("12 345") still pastes as a number.
 */
export function tableToHtml(table: ComputedTable, language: TableLanguage): string {
  const layout = tableLayout(table, language, null);
  const body = layout.rows.map((row, r) => {
    const last = r === layout.rows.length - 1 ? `;border-bottom:${RULE}` : '';
    const line = rowStyle(row.kind) + last;
    const italic = row.kind === 'none' ? ';font-style:italic' : '';
    const label = `<td style="${BODY};text-align:left${italic};${line}">${escapeXml(row.label)}</td>`;
    const cells = layout.leaves.map((l) => {
      const cell = row.cells[l.column];
      const bold = l.kind === 'total' ? ';font-weight:bold' : '';
      const num = l.part === 'n' && cell ? ` x:num="${cell.n}"` : '';
      const text = escapeXml(leafText(cell, l.part, language));
      return `<td style="${BODY};text-align:right${bold};${line}"${num}>${text}</td>`;
    });
    return `<tr>${label}${cells.join('')}</tr>`;
  });
  const notes = layout.notes.length
    ? `<p style="${FONT};font-size:9pt">${layout.notes.map(escapeXml).join(' ')}</p>`
    : '';
  return (
    `<table style="${FONT};border-collapse:collapse;border-top:${RULE};border-bottom:${RULE}">` +
    `<caption style="text-align:left;font-weight:bold;padding-bottom:4pt">${escapeXml(layout.caption)}</caption>` +
    `<thead>${headerHtml(layout)}</thead><tbody>${body.join('')}</tbody></table>${notes}`
  );
}

/** Tabs cannot be quoted in pasted text; they and line breaks inside a label become spaces. */
function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/**
 * Title, header rows, one line per row and the notes, tab-separated. Numbers are plain (no
 * grouping space) with the language's decimal mark, which a spreadsheet in that language reads as
 * numbers.
 */
export function tableToTsv(table: ComputedTable, language: TableLanguage): string {
  const layout = tableLayout(table, language, null);
  const mark = language === 'sv' ? ',' : '.';
  const lines: string[][] = [[layout.caption]];
  // Block headings over the first column of each block; the cells they span stay empty.
  if (layout.blocks)
    lines.push([
      layout.corner,
      ...layout.blocks.flatMap((b) => [b.label, ...Array<string>(b.span - 1).fill('')]),
    ]);
  const corner = layout.blocks ? '' : layout.corner;
  if (layout.split) {
    lines.push([
      corner,
      ...layout.leaves.map((l, i) => (layout.leaves[i - 1]?.column === l.column ? '' : l.label)),
    ]);
    lines.push(['', ...layout.leaves.map((l) => l.sub)]);
  } else {
    lines.push([corner, ...layout.leaves.map((l) => l.label)]);
  }
  for (const row of layout.rows)
    lines.push([
      row.label,
      ...layout.leaves.map((l) => leafPlain(row.cells[l.column], l.part, mark)),
    ]);
  for (const note of layout.notes) lines.push([note]);
  return lines.map((cells) => cells.map(tsvCell).join('\t')).join('\r\n') + '\r\n';
}
