// One computed table as a real <table>: caption, the column axis over its columns, "Antal" and
// "Procent" under them, right-aligned tabular figures, totals bold and "none" lines in italics;
// under it the base, the notes, and a warning when a total does not add up.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComputedTable, LineKind } from '../../../shared/tables/types';
import { CopyButton } from './CopyButton';
import { screenLayout, type Language } from './layout';

interface Props {
  table: ComputedTable;
  caption: string;
  /** Shown under the caption: what the table counts, in words. */
  subtitle?: string;
  /** Export buttons and the like, on the line above the table before its Kopiera button. */
  tools?: ReactNode;
}

const kindClass = (kind: LineKind) => (kind === 'value' ? '' : ` is-${kind}`);

export function TableGrid({ table, caption, subtitle, tools }: Props) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'sv';
  const layout = screenLayout(table, language);
  const headRows = 1 + (layout.colAxis ? 1 : 0) + (layout.parts ? 1 : 0);

  return (
    <figure className="table-figure">
      <div className="figure-tools">
        {tools}
        <CopyButton table={table} />
      </div>
      {/* Focusable so a table wider than the window can be scrolled with the arrow keys. */}
      <div className="table-frame" tabIndex={0} role="region" aria-label={caption}>
        <table className="stat-table">
          <caption>
            <span className="table-caption">{caption}</span>
            {subtitle && <span className="table-subtitle">{subtitle}</span>}
          </caption>
          <thead>
            {layout.colAxis && (
              <tr>
                <th scope="col" rowSpan={headRows} className="corner">
                  {layout.corner}
                </th>
                <th
                  scope="colgroup"
                  colSpan={layout.columns.reduce((s, c) => s + c.span, 0)}
                  className="col-axis"
                >
                  {layout.colAxis}
                </th>
              </tr>
            )}
            <tr>
              {!layout.colAxis && (
                <th scope="col" rowSpan={headRows} className="corner">
                  {layout.corner}
                </th>
              )}
              {layout.columns.map((c, i) => (
                <th
                  key={i}
                  scope={c.span > 1 ? 'colgroup' : 'col'}
                  colSpan={c.span}
                  className={`col-head${kindClass(c.kind)}`}
                >
                  {c.label}
                </th>
              ))}
            </tr>
            {layout.parts && (
              <tr>
                {layout.parts.map((p, i) => (
                  <th key={i} scope="col" className={`part-head${kindClass(p.kind)}`}>
                    {p.label}
                  </th>
                ))}
              </tr>
            )}
          </thead>
          <tbody>
            {layout.rows.map((row) => (
              <tr key={row.key} className={kindClass(row.kind).trim() || undefined}>
                <th scope="row" className="row-head">
                  {row.label}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={`num part-${cell.part}${kindClass(cell.kind)}`}>
                    {cell.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="table-notes">
        {layout.notes.map((text, i) => (
          <p key={i} className={i === 0 ? 'table-base' : undefined}>
            {text}
          </p>
        ))}
        {layout.warnings.length > 0 && (
          <div className="table-check-warning" role="alert">
            <strong>{t('tables.checkWarning')}</strong>
            {layout.warnings.map((text, i) => (
              <p key={i}>{text}</p>
            ))}
          </div>
        )}
      </figcaption>
    </figure>
  );
}
