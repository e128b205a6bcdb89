// "Kontrollera projekt": reads the whole file (SQLite's integrity_check, the links between rows)
// and compares every document's text with the checksum from its import, then says what it found.
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { Modal } from '../Modal';
import './project-file.css';

export function CheckProjectButton() {
  const { t } = useTranslation();
  const checkProject = useStore((s) => s.checkProject);
  const integrity = useStore((s) => s.integrity);
  return (
    <>
      <button
        type="button"
        className="nav-item nav-tool"
        title={t('projectFile.checkHint')}
        onClick={() => void checkProject()}
      >
        {t('projectFile.check')}
      </button>
      {integrity !== null && <CheckDialog />}
    </>
  );
}

function CheckDialog() {
  const { t } = useTranslation();
  const report = useStore((s) => s.integrity);
  const close = useStore((s) => s.closeCheck);
  if (report === null) return null;
  return (
    <Modal title={t('projectFile.title')} onClose={close} wide>
      {report === 'checking' ? (
        <p className="muted" role="status">
          {t('projectFile.checking')}
        </p>
      ) : (
        <>
          <p role="status" className={report.ok ? undefined : 'check-failed'}>
            {report.ok
              ? t('projectFile.ok', { count: report.documentsChecked })
              : t('projectFile.damagedFound')}
          </p>
          <dl className="check-report">
            <dt>{t('projectFile.database')}</dt>
            <dd>
              {report.databaseProblems.length === 0 ? (
                t('projectFile.databaseOk')
              ) : (
                <ul>
                  {report.databaseProblems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('projectFile.links')}</dt>
            <dd>
              {report.foreignKeyProblems === 0
                ? t('projectFile.linksOk')
                : t('projectFile.links', { count: report.foreignKeyProblems })}
            </dd>
            <dt>{t('projectFile.documents')}</dt>
            <dd>
              {report.damagedDocuments.length === 0 ? (
                t('projectFile.documentsOk', { count: report.documentsChecked })
              ) : (
                <>
                  {t('projectFile.documentsDamaged', {
                    checked: report.documentsChecked,
                    damaged: report.damagedDocuments.length,
                  })}
                  <ul>
                    {report.damagedDocuments.map((d) => (
                      <li key={d.id}>{d.name}</li>
                    ))}
                  </ul>
                </>
              )}
            </dd>
          </dl>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close} disabled={report === 'checking'}>
          {t('projectFile.close')}
        </button>
      </div>
    </Modal>
  );
}
