// The comparison's tables as the exports print them (shared/agreement/layout.ts): per code, per
// code group and the segment view, each with the notes that name the unit and the formulas.
import { useTranslation } from 'react-i18next';
import { agreementTables, formatCell } from '../../../shared/agreement/layout';
import type { AgreementResult } from '../../../shared/agreement/types';

export function AgreementTables({ result }: { result: AgreementResult }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const tables = agreementTables(result, language);
  return (
    <>
      {tables.map((table) => (
        <figure key={table.id} className="table-figure">
          <div className="table-frame" tabIndex={0} role="region" aria-label={table.title}>
            <table className="stat-table agreement-table">
              <caption>
                <span className="table-caption">{table.title}</span>
              </caption>
              <thead>
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={i} scope="col" className={i === 0 ? 'corner' : 'col-head'}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, i) => {
                      const kind = table.columns[i]?.kind ?? 'label';
                      const text = formatCell(cell, kind, language);
                      return i === 0 ? (
                        <th key={i} scope="row" className="row-head">
                          {text}
                        </th>
                      ) : (
                        <td key={i} className={cell === null ? 'num is-undefined' : 'num'}>
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figcaption className="table-notes">
            {table.notes.map((note, i) => (
              <p key={i} className={i === 0 ? 'table-base' : undefined}>
                {note}
              </p>
            ))}
          </figcaption>
        </figure>
      ))}
    </>
  );
}
