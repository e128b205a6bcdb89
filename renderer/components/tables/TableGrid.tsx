// One computed table as a real <table>: caption, the column axis over its columns, "Antal" and
// "Procent" under them, right-aligned tabular figures, totals bold and "none" lines in italics;
// under it the base, the notes, and a warning when a total does not add up.
import { Fragment, type ReactNode } from 'react';
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

/**
 * A heading with a place to wrap after each "_", "-" or "/": document names
 * ("Bergsjöstaden_VT2018_Chefer") have no spaces, and would run into their neighbours.
 */
function wrappable(label: string): ReactNode {
  const parts = label.split(/(?<=[_\-/])/);
  return parts.length < 2
    ? label
    : parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ));
}

const kindClass = (kind: LineKind) => (kind === 'value' ? '' : ` is-${kind}`);
const blockClass = (start: boolean | undefined) => (start ? ' block-start' : '');

export function TableGrid({ table, caption, subtitle, tools }: Props) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'sv';
  const layout = screenLayout(table, language);
  const top = layout.colAxis ?? layout.blocks;
  const headRows = 1 + (top ? 1 : 0) + (layout.parts ? 1 : 0);
  // The row axis' heading spans every header row, in whichever row comes first.
  const corner = (
    <th scope="col" rowSpan={headRows} className="corner">
      {layout.corner}
    </th>
  );

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
                {corner}
                <th
                  scope="colgroup"
                  colSpan={layout.columns.reduce((s, c) => s + c.span, 0)}
                  className="col-axis"
                >
                  {layout.colAxis}
                </th>
              </tr>
            )}
            {layout.blocks && (
              <tr>
                {corner}
                {layout.blocks.map((b, i) => (
                  <th
                    key={i}
                    scope="colgroup"
                    colSpan={b.span}
                    className={`block-head${blockClass(b.blockStart)}`}
                  >
                    {b.label}
                  </th>
                ))}
              </tr>
            )}
            <tr>
              {!top && corner}
              {layout.columns.map((c, i) => (
                <th
                  key={i}
                  scope={c.span > 1 ? 'colgroup' : 'col'}
                  colSpan={c.span}
                  className={`col-head${kindClass(c.kind)}${blockClass(c.blockStart)}`}
                >
                  <span className="col-label">{wrappable(c.label)}</span>
                </th>
              ))}
            </tr>
            {layout.parts && (
              <tr>
                {layout.parts.map((p, i) => (
                  <th
                    key={i}
                    scope="col"
                    className={`part-head${kindClass(p.kind)}${blockClass(p.blockStart)}`}
                  >
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
                  <td
                    key={i}
                    className={`num part-${cell.part}${kindClass(cell.kind)}${blockClass(cell.blockStart)}`}
                  >
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
