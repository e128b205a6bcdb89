// Last step: what went in, and every file that was skipped with its reason.
import { useTranslation } from 'react-i18next';
import { wordMessage } from '../../i18n/message';
import { useStore } from '../../store';

export function ImportReportView() {
  const { t } = useTranslation();
  const report = useStore((s) => s.importReport);
  const close = useStore((s) => s.closeImport);
  if (!report) return null;
  const skipped = report.files.flatMap((f) => (f.status === 'skipped' ? [f] : []));
  const warnings = report.files.flatMap((f) => (f.status === 'imported' ? f.warnings : []));
  return (
    <>
      <p role="status" className="report-summary">
        {t('import.summary', {
          imported: t('import.imported', { count: report.imported }),
          skipped: t('import.skipped', { count: report.skipped }),
        })}
        {report.cancelled && ` ${t('import.wasCancelled')}`}
      </p>
      {skipped.length > 0 && (
        <section aria-label={t('import.skippedTitle')}>
          <h3>{t('import.skippedTitle')}</h3>
          <ul className="report-list">
            {skipped.map((f) => (
              <li key={f.file}>
                <strong>{f.file}</strong>: {t(`import.reasons.${f.reason}`)}
                <div className="muted small">{t(`import.advice.${f.reason}`)}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-label={t('import.warningsTitle')}>
          <h3>{t('import.warningsTitle')}</h3>
          <ul className="report-list">
            {warnings.map((w, i) => (
              <li key={i}>{wordMessage(t, w)}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close}>
          {t('import.close')}
        </button>
      </div>
    </>
  );
}
