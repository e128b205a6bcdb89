// What an import or export carried, and every warning about what it could not (REFI-QDA section 7:
// the user is told what was discarded, in as much detail as possible).
import { useTranslation } from 'react-i18next';
import type { RefiReport } from '../../../shared/api/contract-refi';
import { wordMessage } from '../../i18n/message';

const COUNTED = ['documents', 'codes', 'segments', 'notes', 'cases', 'variables'] as const;

export function RefiReportView({ report, title }: { report: RefiReport; title: string }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      <p className="report-summary">{title}</p>
      <p>{COUNTED.map((what) => t(`refi.count.${what}`, { count: report[what] })).join(', ')}</p>
      {report.caseDocuments && report.caseDocuments.length > 0 && (
        <>
          <p>{t('refi.caseDocuments')}</p>
          <ul className="report-list small" aria-label={t('refi.caseDocuments')}>
            {report.caseDocuments.map((c) => (
              <li key={c.case}>
                {t('refi.caseLine', { name: c.case, documents: c.documents.join(', ') })}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length === 0 ? (
        <p className="muted">{t('refi.noWarnings')}</p>
      ) : (
        <>
          <p>{t('refi.warningsHeading', { count: report.warnings.length })}</p>
          <ul
            className="report-list small"
            aria-label={t('refi.warningsHeading', { count: report.warnings.length })}
          >
            {report.warnings.map((w, i) => (
              <li key={i}>{wordMessage(t, w)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
