// Computed tables as Markdown: a caption line, a pipe table (numbers right-aligned, in the language's
// number format) and the base and notes as a paragraph under it. Pure, so the CLI and the window
// write the same text.
import { flatHeading, leafText, tableLayout, tableNumbers } from './layout';
import type { ComputedTable } from './types';
import type { TableLanguage } from './words';

/** Pipes and backslashes escaped, line breaks flattened: a cell must stay on one table line. */
function cellText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

/** Markdown emphasis markers in a label would turn into formatting; escape them. */
function plainText(text: string): string {
  return cellText(text).replace(/([*_`[\]<>#])/g, '\\$1');
}

function line(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** One table; `number` gives the caption its "Tabell N." (null: the title alone). */
export function tableToMarkdown(
  table: ComputedTable,
  language: TableLanguage,
  number: number | null = null,
): string {
  const layout = tableLayout(table, language, number);
  const header = [
    plainText(layout.corner),
    ...layout.leaves.map((l) => plainText(flatHeading(l, layout.split))),
  ];
  const align = [':---', ...layout.leaves.map(() => '---:')];
  const body = layout.rows.map((row) => {
    const total = row.kind === 'total';
    const label = plainText(row.label);
    return line([
      total && label ? `**${label}**` : label,
      ...layout.leaves.map((l) => leafText(row.cells[l.column], l.part, language)),
    ]);
  });
  const parts = [
    `**${plainText(layout.caption)}**`,
    [line(header), line(align), ...body].join('\n'),
  ];
  if (layout.notes.length) parts.push(layout.notes.map(plainText).join(' '));
  return parts.join('\n\n') + '\n';
}

/** Several tables, numbered in the order given, separated by a blank line. */
export function tablesToMarkdown(
  tables: readonly ComputedTable[],
  language: TableLanguage,
): string {
  const numbers = tableNumbers(tables);
  return tables.map((t, i) => tableToMarkdown(t, language, numbers[i] ?? null)).join('\n');
}
